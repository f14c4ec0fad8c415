/**
 * Every query of sign-in, sessions, password links, API tokens, OIDC
 * states and rate limits, in one place for review. Each takes the database
 * or the transaction it runs in. The rules (limits, expiry, matching policy)
 * and the audit stay in the use cases beside this file.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { MEMBERSHIPS_OF, type MembershipRow } from '../access.ts';
import { GRAPH_STAMP } from '../admin/organisation-graph.ts';

// ---- users ----

export function userByEmail(db: Db, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'password_hash', 'disabled_at', 'oidc_subject'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export function userBySubject(db: Db, subject: string) {
  return db.selectFrom('users').select(['id', 'disabled_at']).where('oidc_subject', '=', subject).executeTakeFirst();
}

/** Links the subject to the account only if it has none yet; true when it did. */
export async function linkSubject(trx: Db, userId: string, subject: string, at: Date): Promise<boolean> {
  const updated = await trx
    .updateTable('users')
    .set({ oidc_subject: subject, updated_at: at })
    .where('id', '=', userId)
    .where('oidc_subject', 'is', null)
    .executeTakeFirst();
  return updated.numUpdatedRows === 1n;
}

export async function setPasswordHash(trx: Db, userId: string, passwordHash: string, at: Date): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: at })
    .where('id', '=', userId)
    .execute();
}

// ---- sessions ----

export async function insertSession(
  db: Db,
  row: { idHash: string; userId: string; csrfToken: string; expiresAt: Date; at: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: row.idHash,
      user_id: row.userId,
      csrf_token: row.csrfToken,
      expires_at: row.expiresAt,
      last_seen_at: row.at,
    })
    .execute();
}

/** The session, its (enabled) user, the memberships and the organisation graph stamp in one round trip. */
export async function sessionWithUser(db: Db, idHash: string) {
  const result = await sql<{
    user_id: string;
    csrf_token: string;
    expires_at: Date;
    last_seen_at: Date;
    name: string;
    email: string;
    memberships: MembershipRow[];
    stamp: string;
  }>`
      select s.user_id, s.csrf_token, s.expires_at, s.last_seen_at, u.name, u.email,
        ${MEMBERSHIPS_OF(sql.ref('u.id'))} as memberships, ${GRAPH_STAMP} as stamp
      from sessions s join users u on u.id = s.user_id and u.disabled_at is null
      where s.id_hash = ${idHash}`.execute(db);
  return result.rows[0];
}

/** Recording when a session was last seen; not a change of access (see db/access-changes.ts). */
export function touchSessionQuery(db: Db, hash: string, at: Date) {
  return db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', hash);
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOf(trx: Db, userId: string): Promise<void> {
  await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

// ---- password links ----

export async function insertPasswordReset(db: Db, tokenHash: string, userId: string, expiresAt: Date): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt })
    .execute();
}

export function passwordReset(db: Db, tokenHash: string) {
  return db
    .selectFrom('password_resets')
    .select(['token_hash', 'user_id', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function markPasswordResetUsed(trx: Db, tokenHash: string, at: Date): Promise<void> {
  await trx.updateTable('password_resets').set({ used_at: at }).where('token_hash', '=', tokenHash).execute();
}

// ---- API tokens ----

export function organisationExists(db: Db, id: string) {
  return db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst();
}

export function insertToken(
  trx: Db,
  row: {
    organisation_id: string;
    role: string;
    name: string;
    token_hash: string;
    token_prefix: string;
    created_by: string | null;
  },
) {
  return trx.insertInto('api_tokens').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Tokens of the given organisations ('all' for every one), newest first. */
export function tokensOf(db: Db, organisations: ReadonlySet<string> | 'all') {
  let q = db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc');
  if (organisations !== 'all') q = q.where('organisation_id', 'in', [...organisations]);
  return q.execute();
}

export function tokenById(db: Db, id: string) {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export function revokeTokenRow(trx: Db, id: string, at: Date) {
  return trx
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The token by its hash with the organisation graph stamp. */
export function tokenByHash(db: Db, hash: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .select(GRAPH_STAMP.as('stamp'))
    .where('token_hash', '=', hash)
    .executeTakeFirst();
}

/** Recording when a token was last used; not a change of access (see db/access-changes.ts). */
export function touchTokenQuery(db: Db, id: string, at: Date) {
  return db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id);
}

// ---- OIDC sign-in states ----

export async function deleteOidcStatesBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('oidc_states').where('created_at', '<', before).execute();
}

export async function insertOidcState(
  db: Db,
  row: { state: string; nonce: string; code_verifier: string; return_to: string; created_at: Date },
): Promise<void> {
  await db.insertInto('oidc_states').values(row).execute();
}

/** Takes the row for `state` out of the table, so a second use of the same callback finds nothing. */
export function takeOidcState(db: Db, state: string) {
  return db.deleteFrom('oidc_states').where('state', '=', state).returningAll().executeTakeFirst();
}

// ---- rate limits ----

/** Hits of the key since `since`: how many and the first one's time. */
export function rateHits(db: Db, keyHash: string, since: Date) {
  return db
    .selectFrom('rate_limit_hits')
    .select((eb) => [eb.fn.countAll<string>().as('n'), eb.fn.min('at').as('first')])
    .where('key_hash', '=', keyHash)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
}

export async function insertRateHit(db: Db, keyHash: string, at: Date): Promise<void> {
  await db.insertInto('rate_limit_hits').values({ key_hash: keyHash, at }).execute();
}

export async function deleteRateHits(db: Db, keyHash: string): Promise<void> {
  await db.deleteFrom('rate_limit_hits').where('key_hash', '=', keyHash).execute();
}

export async function deleteRateHitsBefore(db: Db, before: Date): Promise<number> {
  const [r] = await db.deleteFrom('rate_limit_hits').where('at', '<', before).execute();
  return Number(r?.numDeletedRows ?? 0n);
}
