import type { Deps } from '../deps.ts';
import { scopeOf, type Action, type Actor } from '../../domain/access/permissions.ts';
import { policeOrganisationsAmong } from './queries.ts';

/**
 * Police staff: a grant held in a police organisation (lokalpolisområde or
 * polisregion) that reaches the kommun. Only they see confidential police
 * material (underrättelser) in the lägesbild. The police grant itself must
 * allow `action`: a read-only police role reads the material but does not
 * add or remove it, even if the same person may write elsewhere (say, as a
 * kommun's coordinator).
 */
export async function isPoliceFor(
  deps: Deps,
  actor: Actor,
  municipalityId: string,
  action: Action = 'situation.read',
): Promise<boolean> {
  const grants = actor.grants.filter(
    (g) =>
      scopeOf(g.role, action) !== 'none' &&
      (scopeOf(g.role, action) === 'any' || g.reach === 'all' || g.reach.has(municipalityId)),
  );
  if (!grants.length) return false;
  const police = await policeOrganisationsAmong(
    deps.db,
    grants.map((g) => g.organisationId),
  );
  return police.length > 0;
}

/** The organisations where the actor holds a police grant that allows `action`. */
export async function policeOrganisations(deps: Deps, actor: Actor, action: Action): Promise<string[]> {
  const ids = [...new Set(actor.grants.filter((g) => scopeOf(g.role, action) !== 'none').map((g) => g.organisationId))];
  if (!ids.length) return [];
  return policeOrganisationsAmong(deps.db, ids);
}
