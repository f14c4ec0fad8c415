/**
 * The parties (polisen, kommunen) the signed-in user can act for: a role held
 * in a police organisation (LPO, polisregion) speaks for the police, one held
 * in a kommun for the kommun. Used to offer the right "Granska för …" button.
 */
import { useCurrentUser } from '../auth/session.tsx';
import { useOrganisations } from '../api/queries.ts';
import type { Party } from '../api/follow-ups.ts';
import type { Organisation, User } from '../api/types.ts';
import type { Role } from '../../domain/access/permissions.ts';

export function partiesOf(user: User, organisations: readonly Organisation[], roles: readonly Role[]): Party[] {
  const parties = new Set<Party>();
  for (const m of user.memberships) {
    if (!roles.includes(m.role)) continue;
    const kind = organisations.find((o) => o.id === m.organisationId)?.kind;
    if (kind === 'police_area' || kind === 'region') parties.add('polisen');
    if (kind === 'municipality') parties.add('kommunen');
  }
  return (['polisen', 'kommunen'] as const).filter((p) => parties.has(p));
}

export function useParties(roles: readonly Role[]): Party[] {
  const user = useCurrentUser();
  const organisations = useOrganisations();
  return partiesOf(user, organisations.data ?? [], roles);
}
