import type { Deps } from '../deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';

/**
 * Police staff: a grant held in a police organisation (lokalpolisområde or
 * polisregion) that reaches the kommun. Only they see confidential police
 * material (underrättelser) in the lägesbild.
 */
export async function isPoliceFor(deps: Deps, actor: Actor, municipalityId: string): Promise<boolean> {
  const grants = actor.grants.filter((g) => g.reach === 'all' || g.reach.has(municipalityId));
  if (!grants.length) return false;
  const police = await deps.db.selectFrom('organisations').select('id')
    .where('id', 'in', grants.map((g) => g.organisationId)).where('kind', 'in', ['police_area', 'region']).executeTakeFirst();
  return !!police;
}
