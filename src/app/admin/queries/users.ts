/** Queries of accounts and memberships (users.ts and memberships.ts hold the rules and the audit). */
import type { Db } from '../../../db/connect.ts';

const USER_COLUMNS = ['id', 'email', 'name', 'disabled_at', 'password_hash'] as const;

/** Memberships of the users, with their organisation's name, by that name. */
export function membershipRows(db: Db, userIds: string[]) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.id', 'm.user_id', 'm.organisation_id', 'm.role', 'o.name'])
    .where('m.user_id', 'in', userIds)
    .orderBy('o.name')
    .execute();
}

/** Users with a membership in reach ('all' for every one), by name. */
export function userRows(db: Db, reach: ReadonlySet<string> | 'all') {
  let q = db.selectFrom('users').select(USER_COLUMNS).orderBy('name');
  if (reach !== 'all') {
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('memberships')
        .select('user_id')
        .where('organisation_id', 'in', [...reach]),
    );
  }
  return q.execute();
}

export function userRow(db: Db, id: string) {
  return db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function organisationExists(db: Db, id: string) {
  return db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst();
}

export function userIdByEmail(db: Db, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
}

export function insertUser(trx: Db, values: { email: string; name: string; password_hash: string | null }) {
  return trx.insertInto('users').values(values).returning(['id', 'email', 'name']).executeTakeFirstOrThrow();
}

export function passwordHashOf(db: Db, id: string) {
  return db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow();
}

export async function updateUserRow(
  trx: Db,
  id: string,
  values: {
    name?: string;
    disabled_at?: Date | null;
    password_hash?: string;
    notify_reminders?: boolean;
    notify_digest?: boolean;
    updated_at: Date;
  },
): Promise<void> {
  await trx.updateTable('users').set(values).where('id', '=', id).execute();
}

/** Ends the user's sessions, all but the one with hash `keepHash` when given. */
export async function endSessions(trx: Db, userId: string, keepHash?: string): Promise<void> {
  let q = trx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepHash) q = q.where('id_hash', '!=', keepHash);
  await q.execute();
}

export function notificationRow(db: Db, userId: string) {
  return db
    .selectFrom('users')
    .select(['notify_reminders', 'notify_digest'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
}

/**
 * The platform's admin memberships, locked (in id order) and then read again
 * with their users in a statement of its own, so it sees what a transaction
 * waited for committed.
 */
export async function lockedPlatformAdmins(trx: Db) {
  const platformAdmins = () =>
    trx
      .selectFrom('memberships as m')
      .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
      .where('o.kind', '=', 'platform')
      .where('m.role', '=', 'admin');
  await platformAdmins().select('m.id').orderBy('m.id').forUpdate('m').execute();
  return platformAdmins().innerJoin('users as u', 'u.id', 'm.user_id').select(['m.user_id', 'u.disabled_at']).execute();
}

// ---- memberships ----

export function membershipOf(db: Db, userId: string, organisationId: string) {
  return db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
}

export function insertMembership(trx: Db, values: { user_id: string; organisation_id: string; role: string }) {
  return trx
    .insertInto('memberships')
    .values(values)
    .returning(['id', 'user_id', 'organisation_id', 'role'])
    .executeTakeFirstOrThrow();
}

export function membershipRow(db: Db, id: string) {
  return db
    .selectFrom('memberships')
    .select(['id', 'user_id', 'organisation_id', 'role'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function organisationKindOf(db: Db, id: string) {
  return db.selectFrom('organisations').select('kind').where('id', '=', id).executeTakeFirst();
}

/** The organisation's admin memberships, locked in id order. */
export function lockedAdminsOf(trx: Db, organisationId: string) {
  return trx
    .selectFrom('memberships')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('role', '=', 'admin')
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function setMembershipRole(trx: Db, id: string, role: string): Promise<void> {
  await trx.updateTable('memberships').set({ role }).where('id', '=', id).execute();
}

export async function deleteMembership(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('memberships').where('id', '=', id).execute();
}
