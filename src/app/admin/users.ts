import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { isSystemActor, writeAudit } from '../audit.ts';
import { hashPassword, sha256, verifyPassword } from '../auth/crypto.ts';
import { hitRateLimit } from '../auth/rate-limit.ts';
import { AppError, conflict, forbidden, notFound } from '../../domain/errors.ts';
import { can, reachFor, type Actor, type Role } from '../../domain/access/permissions.ts';
import { mayManageAccount } from '../../domain/access/accounts.ts';
import type { Membership as MembershipView, User as UserView } from '../../contracts/users.ts';
import type { CreateUserBody as CreateUserInput, UpdateUserBody as UpdateUserInput } from '../../contracts/users.ts';
import type { NotificationSettings } from '../../contracts/auth.ts';
import {
  endSessions,
  insertMembership,
  insertUser,
  lockedPlatformAdmins,
  membershipRows,
  notificationRow,
  organisationExists,
  passwordHashOf,
  updateUserRow,
  userIdByEmail,
  userRow,
  userRows,
} from './queries/users.ts';

export type { Membership as MembershipView, User as UserView } from '../../contracts/users.ts';
export type { CreateUserBody as CreateUserInput, UpdateUserBody as UpdateUserInput } from '../../contracts/users.ts';
export type { NotificationSettings } from '../../contracts/auth.ts';

export const MIN_PASSWORD_LENGTH = 10;

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'validation_failed',
      `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken`,
      `The password must have at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  }
}

export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) {
    throw new AppError('validation_failed', `Ogiltig e-postadress: ${email}`, `Invalid e-mail address: ${email}`);
  }
  return e;
}

async function membershipsOf(deps: Deps, userIds: string[]): Promise<Map<string, MembershipView[]>> {
  const map = new Map<string, MembershipView[]>();
  if (!userIds.length) return map;
  const rows = await membershipRows(deps.db, userIds);
  for (const r of rows) {
    const view = { id: r.id, organisationId: r.organisation_id, organisationName: r.name, role: r.role as Role };
    map.set(r.user_id, [...(map.get(r.user_id) ?? []), view]);
  }
  return map;
}

function present(
  actor: Actor,
  r: { id: string; email: string; name: string; disabled_at: Date | null; password_hash: string | null },
  memberships: MembershipView[],
): UserView {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    disabled: r.disabled_at !== null,
    hasPassword: r.password_hash !== null,
    memberships,
    manageable: mayManageAccount(
      actor,
      memberships.map((m) => m.organisationId),
    ),
  };
}

/** Users who hold a membership somewhere the actor may read users. */
export async function listUsers(deps: Deps, actor: Actor): Promise<UserView[]> {
  const reach = reachFor(actor, 'user.read');
  if (reach !== 'all' && reach.size === 0) return [];
  const rows = await userRows(deps.db, reach);
  const ms = await membershipsOf(
    deps,
    rows.map((r) => r.id),
  );
  return rows.map((r) => present(actor, r, ms.get(r.id) ?? []));
}

export async function getUser(deps: Deps, actor: Actor, id: string): Promise<UserView> {
  const user = (await listUsers(deps, actor)).find((u) => u.id === id);
  if (user) return user;
  if (actor.kind === 'user' && actor.id === id) {
    const row = await userRow(deps.db, id);
    if (row) return present(actor, row, (await membershipsOf(deps, [id])).get(id) ?? []);
  }
  throw notFound('Användaren', 'User');
}

const passwordNotYours = () =>
  new AppError(
    'forbidden',
    'Bara användaren själv väljer sitt lösenord. Skicka en länk för nytt lösenord i stället.',
    'Only the user chooses their own password. Send a link for a new password instead.',
  );

export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput): Promise<UserView> {
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (!name) throw new AppError('validation_failed', 'Namnet får inte vara tomt', 'The name must not be empty');
  if (!can(actor, 'membership.manage', input.organisationId)) throw forbidden();
  // Only the operator at the command line starts an account with a password; anyone else invites (password-links.ts).
  if (input.password != null && !isSystemActor(actor)) throw passwordNotYours();
  if (input.password) checkPassword(input.password);
  const org = await organisationExists(deps.db, input.organisationId);
  if (!org) throw notFound('Organisationen', 'Organisation');
  const exists = await userIdByEmail(deps.db, email);
  if (exists)
    throw conflict(
      `Det finns redan en användare med e-postadressen ${email}`,
      `A user with e-mail ${email} already exists`,
    );
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = await deps.db.transaction().execute(async (trx) => {
    const user = await insertUser(trx, { email, name, password_hash: passwordHash });
    const m = await insertMembership(trx, {
      user_id: user.id,
      organisation_id: input.organisationId,
      role: input.role,
    });
    await writeAudit(trx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      organisationId: input.organisationId,
      after: user,
    });
    await writeAudit(trx, actor, {
      action: 'membership.create',
      entityType: 'membership',
      entityId: m.id,
      organisationId: input.organisationId,
      after: m,
    });
    return user.id;
  });
  return getUser(deps, actor, id);
}

/**
 * The account, if the actor may manage it. Someone the actor cannot see
 * answers 404, as everything outside the reach does; someone seen (a member
 * of the actor's organisations) who also belongs elsewhere answers 403.
 */
export async function assertMayManageUser(deps: Deps, actor: Actor, userId: string): Promise<UserView> {
  const user = await getUser(deps, actor, userId);
  if (user.manageable) return user;
  if (!user.memberships.some((m) => can(actor, 'user.manage', m.organisationId))) throw forbidden();
  throw new AppError(
    'forbidden',
    'Användaren är också medlem i en organisation som du inte administrerar. Kontot hanteras av en administratör som når alla dess organisationer.',
    'The user is also a member of an organisation you do not administer. The account is managed by an admin who reaches all its organisations.',
  );
}

/** A new password for oneself: the current one must be given, so a session left open cannot be used to take the account. */
async function ownNewPasswordHash(
  deps: Deps,
  id: string,
  input: { password: string; currentPassword?: string },
): Promise<string> {
  const limit = await hitRateLimit(deps, `password-change:${id}`, 5, 15 * 60_000);
  if (!limit.allowed) {
    throw new AppError(
      'rate_limited',
      'För många försök. Försök igen om en stund.',
      'Too many attempts. Try again later.',
      { retryAfterSeconds: limit.retryAfterSeconds },
    );
  }
  const row = await passwordHashOf(deps.db, id);
  if (
    !row.password_hash ||
    !input.currentPassword ||
    !(await verifyPassword(row.password_hash, input.currentPassword))
  ) {
    throw new AppError(
      'validation_failed',
      'Det nuvarande lösenordet stämmer inte',
      'The current password is not correct',
      { field: 'currentPassword' },
    );
  }
  checkPassword(input.password);
  return hashPassword(input.password);
}

/**
 * Name and account status (for those who manage the account), and one's
 * own password. Nobody sets another person's password: an admin sends a
 * link instead (sendPasswordLink in password-links.ts).
 */
export async function updateUser(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateUserInput,
  currentSessionToken?: string,
): Promise<UserView> {
  const self = actor.kind === 'user' && !isSystemActor(actor) && actor.id === id;
  const changesAccount = input.name !== undefined || input.disabled !== undefined;
  const before = changesAccount || !self ? await assertMayManageUser(deps, actor, id) : await getUser(deps, actor, id);
  if (input.password !== undefined && !self) throw passwordNotYours();
  if (input.name !== undefined && !input.name.trim()) {
    throw new AppError('validation_failed', 'Namnet får inte vara tomt', 'The name must not be empty');
  }
  if (input.disabled && self) {
    throw new AppError(
      'validation_failed',
      'Du kan inte stänga av ditt eget konto',
      'You cannot disable your own account',
    );
  }
  const passwordHash =
    input.password !== undefined
      ? await ownNewPasswordHash(deps, id, { ...input, password: input.password })
      : undefined;
  const organisationId = before.memberships[0]?.organisationId ?? null;
  await deps.db.transaction().execute(async (trx) => {
    if (input.disabled) await assertPlatformKeepsAdminWithout(trx, id);
    await updateUserRow(trx, id, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.disabled !== undefined ? { disabled_at: input.disabled ? deps.now() : null } : {}),
      ...(passwordHash ? { password_hash: passwordHash } : {}),
      updated_at: deps.now(),
    });
    if (input.disabled) await endSessions(trx, id);
    if (passwordHash) {
      // Other sessions end; the one that changed the password stays signed in.
      await endSessions(trx, id, currentSessionToken ? sha256(currentSessionToken) : undefined);
      await writeAudit(trx, actor, {
        action: 'user.password_change',
        entityType: 'user',
        entityId: id,
        organisationId,
        after: { passwordChanged: true },
      });
    }
    if (changesAccount || !passwordHash) {
      await writeAudit(trx, actor, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        organisationId,
        before: { name: before.name, disabled: before.disabled },
        after: { name: input.name?.trim() ?? before.name, disabled: input.disabled ?? before.disabled },
      });
    }
  });
  return getUser(deps, actor, id);
}

function assertPerson(actor: Actor): void {
  if (actor.kind !== 'user') {
    throw new AppError(
      'forbidden',
      'Inställningarna hör till en person, inte en API-nyckel',
      'Settings belong to a person, not an API token',
    );
  }
}

export async function getNotificationSettings(deps: Deps, actor: Actor): Promise<NotificationSettings> {
  assertPerson(actor);
  const row = await notificationRow(deps.db, actor.id);
  return { reminders: row.notify_reminders, digest: row.notify_digest };
}

export async function setNotificationSettings(
  deps: Deps,
  actor: Actor,
  input: NotificationSettings,
): Promise<NotificationSettings> {
  const before = await getNotificationSettings(deps, actor);
  await deps.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, actor.id, {
      notify_reminders: input.reminders,
      notify_digest: input.digest,
      updated_at: deps.now(),
    });
    await writeAudit(trx, actor, {
      action: 'user.notifications',
      entityType: 'user',
      entityId: actor.id,
      organisationId: actor.grants[0]?.organisationId ?? null,
      before: { ...before },
      after: { ...input },
    });
  });
  return input;
}

/**
 * Disabling an account must leave the platform an admin who can sign in.
 * Same lock as memberships.ts takes for the last admin's membership, so two admins disabling each other at once take turns.
 */
export async function assertPlatformKeepsAdminWithout(trx: Db, userId: string): Promise<void> {
  const admins = await lockedPlatformAdmins(trx);
  if (!admins.some((a) => a.user_id === userId)) return;
  if (!admins.some((a) => a.user_id !== userId && a.disabled_at === null)) {
    throw new AppError(
      'validation_failed',
      'Plattformen måste ha minst en administratör',
      'The platform must keep at least one admin',
    );
  }
}
