import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, conflict, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor, type Role } from '../../domain/access/permissions.ts';
import { assertMayManageUser } from './users.ts';
import {
  deleteMembership,
  insertMembership,
  lockedAdminsOf,
  membershipOf,
  membershipRow,
  organisationExists,
  organisationKindOf,
  setMembershipRole,
} from './queries/users.ts';

export async function addMembership(
  deps: Deps,
  actor: Actor,
  input: { userId: string; organisationId: string; role: Role },
): Promise<{ id: string }> {
  if (!can(actor, 'membership.manage', input.organisationId)) throw forbidden();
  // Nobody pulls an account they cannot see into their organisation (it answers 404), nor one that is also someone else's.
  await assertMayManageUser(deps, actor, input.userId);
  const org = await organisationExists(deps.db, input.organisationId);
  if (!org) throw notFound('Organisationen', 'Organisation');
  const existing = await membershipOf(deps.db, input.userId, input.organisationId);
  if (existing)
    throw conflict('Användaren är redan medlem i organisationen', 'The user is already a member of the organisation');
  return deps.db.transaction().execute(async (trx) => {
    const m = await insertMembership(trx, {
      user_id: input.userId,
      organisation_id: input.organisationId,
      role: input.role,
    });
    await writeAudit(trx, actor, {
      action: 'membership.create',
      entityType: 'membership',
      entityId: m.id,
      organisationId: input.organisationId,
      after: m,
    });
    return { id: m.id };
  });
}

async function loadMembership(deps: Deps, actor: Actor, id: string) {
  const m = await membershipRow(deps.db, id);
  // Whoever may not see the users there does not see their memberships either.
  if (!m || !can(actor, 'user.read', m.organisation_id)) throw notFound('Medlemskapet', 'Membership');
  if (!can(actor, 'membership.manage', m.organisation_id)) throw forbidden();
  return m;
}

/**
 * Keeps at least one admin able to manage the platform, so nobody locks
 * everyone out. Runs in the transaction that removes or demotes, with the
 * platform's admin memberships locked: two admins taking each other's rights
 * at the same moment take turns, and the second finds only one admin left.
 */
async function assertNotLastPlatformAdmin(trx: Db, m: { organisation_id: string; role: string }): Promise<void> {
  if (m.role !== 'admin') return;
  const org = await organisationKindOf(trx, m.organisation_id);
  if (org?.kind !== 'platform') return;
  const admins = await lockedAdminsOf(trx, m.organisation_id);
  if (admins.length <= 1) {
    throw new AppError(
      'validation_failed',
      'Plattformen måste ha minst en administratör',
      'The platform must keep at least one admin',
    );
  }
}

/** Changing a role changes what the account may do, so it takes managing the whole account. */
export async function changeMembershipRole(deps: Deps, actor: Actor, id: string, role: Role): Promise<void> {
  const m = await loadMembership(deps, actor, id);
  await assertMayManageUser(deps, actor, m.user_id);
  if (m.role === role) return;
  await deps.db.transaction().execute(async (trx) => {
    await assertNotLastPlatformAdmin(trx, m);
    await setMembershipRole(trx, id, role);
    await writeAudit(trx, actor, {
      action: 'membership.update',
      entityType: 'membership',
      entityId: id,
      organisationId: m.organisation_id,
      before: m,
      after: { ...m, role },
    });
  });
}

/**
 * An organisation may always take away access to itself, even from someone
 * who is also a member elsewhere: removing grants nothing, and a kommun
 * must be able to let go of someone who has left.
 */
export async function removeMembership(deps: Deps, actor: Actor, id: string): Promise<void> {
  const m = await loadMembership(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await assertNotLastPlatformAdmin(trx, m);
    await deleteMembership(trx, id);
    await writeAudit(trx, actor, {
      action: 'membership.delete',
      entityType: 'membership',
      entityId: id,
      organisationId: m.organisation_id,
      before: m,
      after: null,
    });
  });
}
