/**
 * Who may manage a person's account (its memberships, name, status and a
 * link for a new password). Holding an organisation does not make its
 * members yours: a person who is also a member somewhere you do not reach
 * is someone else's too, and changing their account would act there as
 * well (the account takeover this rule closes). So an account is managed
 * only by an actor whose `user.manage` reach holds every one of its
 * memberships; an account with no membership at all only by an actor whose
 * reach is unbounded (the platform's admins).
 */
import { can, reachFor, type Actor } from './permissions.ts';

export function mayManageAccount(actor: Actor, membershipOrganisationIds: readonly string[]): boolean {
  if (!membershipOrganisationIds.length) return reachFor(actor, 'user.manage') === 'all';
  return membershipOrganisationIds.every((id) => can(actor, 'user.manage', id));
}
