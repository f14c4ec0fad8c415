import type { Deps } from './deps.ts';
import { writeAudit } from './audit.ts';
import { hashPassword } from './crypto.ts';
import { AppError, conflict, forbidden, notFound } from '../domain/errors.ts';
import { can, reachFor, type Actor, type Role } from '../domain/access/permissions.ts';

export interface MembershipView {
  id: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  hasPassword: boolean;
  memberships: MembershipView[];
}

export const MIN_PASSWORD_LENGTH = 10;

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('validation_failed',
      `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken`,
      `The password must have at least ${MIN_PASSWORD_LENGTH} characters`);
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
  const rows = await deps.db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.user_id', 'm.organisation_id', 'm.role', 'o.name'])
    .where('m.user_id', 'in', userIds)
    .orderBy('o.name')
    .execute();
  for (const r of rows) {
    const view = { id: r.id, organisationId: r.organisation_id, organisationName: r.name, role: r.role as Role };
    map.set(r.user_id, [...(map.get(r.user_id) ?? []), view]);
  }
  return map;
}

const USER_COLUMNS = ['id', 'email', 'name', 'disabled_at', 'password_hash'] as const;

/** Users who hold a membership somewhere the actor may read users. */
export async function listUsers(deps: Deps, actor: Actor): Promise<UserView[]> {
  const reach = reachFor(actor, 'user.read');
  if (reach !== 'all' && reach.size === 0) return [];
  let q = deps.db.selectFrom('users').select(USER_COLUMNS).orderBy('name');
  if (reach !== 'all') {
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('memberships').select('user_id').where('organisation_id', 'in', [...reach]));
  }
  const rows = await q.execute();
  const ms = await membershipsOf(deps, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, email: r.email, name: r.name, disabled: r.disabled_at !== null, hasPassword: r.password_hash !== null,
    memberships: ms.get(r.id) ?? [],
  }));
}

export async function getUser(deps: Deps, actor: Actor, id: string): Promise<UserView> {
  const user = (await listUsers(deps, actor)).find((u) => u.id === id);
  if (user) return user;
  if (actor.kind === 'user' && actor.id === id) {
    const row = await deps.db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
    if (row) {
      return { id: row.id, email: row.email, name: row.name, disabled: row.disabled_at !== null,
        hasPassword: row.password_hash !== null, memberships: (await membershipsOf(deps, [id])).get(id) ?? [] };
    }
  }
  throw notFound('Användaren', 'User');
}

export interface CreateUserInput {
  email: string;
  name: string;
  password?: string | null;
  organisationId: string;
  role: Role;
}

export async function createUser(deps: Deps, actor: Actor, input: CreateUserInput): Promise<UserView> {
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (!name) throw new AppError('validation_failed', 'Namnet får inte vara tomt', 'The name must not be empty');
  if (input.password) checkPassword(input.password);
  if (!can(actor, 'membership.manage', input.organisationId)) throw forbidden();
  const org = await deps.db.selectFrom('organisations').select('id').where('id', '=', input.organisationId).executeTakeFirst();
  if (!org) throw notFound('Organisationen', 'Organisation');
  const exists = await deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (exists) throw conflict(`Det finns redan en användare med e-postadressen ${email}`, `A user with e-mail ${email} already exists`);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const id = await deps.db.transaction().execute(async (trx) => {
    const user = await trx
      .insertInto('users')
      .values({ email, name, password_hash: passwordHash })
      .returning(['id', 'email', 'name'])
      .executeTakeFirstOrThrow();
    const m = await trx
      .insertInto('memberships')
      .values({ user_id: user.id, organisation_id: input.organisationId, role: input.role })
      .returning(['id', 'user_id', 'organisation_id', 'role'])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, { action: 'user.create', entityType: 'user', entityId: user.id,
      organisationId: input.organisationId, after: user });
    await writeAudit(trx, actor, { action: 'membership.create', entityType: 'membership', entityId: m.id,
      organisationId: input.organisationId, after: m });
    return user.id;
  });
  return getUser(deps, actor, id);
}

/** A user may be managed by whoever may manage memberships in one of the user's organisations. */
async function assertMayManageUser(deps: Deps, actor: Actor, userId: string): Promise<UserView> {
  const user = await getUser(deps, actor, userId);
  const mayManage = user.memberships.some((m) => can(actor, 'user.manage', m.organisationId));
  if (!mayManage) throw forbidden();
  return user;
}

export async function updateUser(
  deps: Deps, actor: Actor, id: string, input: { name?: string; disabled?: boolean; password?: string },
): Promise<UserView> {
  const before = await assertMayManageUser(deps, actor, id);
  if (input.name !== undefined && !input.name.trim()) {
    throw new AppError('validation_failed', 'Namnet får inte vara tomt', 'The name must not be empty');
  }
  if (input.password !== undefined) checkPassword(input.password);
  if (input.disabled && actor.kind === 'user' && actor.id === id) {
    throw new AppError('validation_failed', 'Du kan inte stänga av ditt eget konto', 'You cannot disable your own account');
  }
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : undefined;
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.disabled !== undefined ? { disabled_at: input.disabled ? deps.now() : null } : {}),
        ...(passwordHash ? { password_hash: passwordHash } : {}),
        updated_at: deps.now(),
      })
      .where('id', '=', id)
      .execute();
    if (input.disabled || passwordHash) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await writeAudit(trx, actor, {
      action: 'user.update', entityType: 'user', entityId: id, organisationId: before.memberships[0]?.organisationId ?? null,
      before: { name: before.name, disabled: before.disabled },
      after: { name: input.name ?? before.name, disabled: input.disabled ?? before.disabled,
        ...(passwordHash ? { passwordChanged: true } : {}) },
    });
  });
  return getUser(deps, actor, id);
}

export interface NotificationSettings {
  reminders: boolean;
  digest: boolean;
}

function assertPerson(actor: Actor): void {
  if (actor.kind !== 'user') {
    throw new AppError('forbidden', 'Inställningarna hör till en person, inte en API-nyckel', 'Settings belong to a person, not an API token');
  }
}

export async function getNotificationSettings(deps: Deps, actor: Actor): Promise<NotificationSettings> {
  assertPerson(actor);
  const row = await deps.db.selectFrom('users').select(['notify_reminders', 'notify_digest']).where('id', '=', actor.id).executeTakeFirstOrThrow();
  return { reminders: row.notify_reminders, digest: row.notify_digest };
}

export async function setNotificationSettings(deps: Deps, actor: Actor, input: NotificationSettings): Promise<NotificationSettings> {
  const before = await getNotificationSettings(deps, actor);
  await deps.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ notify_reminders: input.reminders, notify_digest: input.digest, updated_at: deps.now() })
      .where('id', '=', actor.id).execute();
    await writeAudit(trx, actor, { action: 'user.notifications', entityType: 'user', entityId: actor.id,
      organisationId: actor.grants[0]?.organisationId ?? null, before: { ...before }, after: { ...input } });
  });
  return input;
}
