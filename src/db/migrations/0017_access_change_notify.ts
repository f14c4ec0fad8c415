import { sql, type Kysely } from 'kysely';

/**
 * Every change to who may do what (users, memberships, API tokens,
 * sessions, organisations and their coverage) sends a notification on the
 * channel `lofte_access` when it commits, so each process can keep signed-in
 * actors in memory and forget them as soon as anything behind them changes,
 * whichever process or tool made the change (see src/db/access-changes.ts).
 *
 * New sessions and tokens change nothing anyone holds, and recording when a
 * session or token was last used is not a change of access, so those do
 * not notify.
 */
export const ACCESS_CHANNEL = 'lofte_access';

const WATCHED: [table: string, events: string][] = [
  ['users', 'insert or update or delete or truncate'],
  ['memberships', 'insert or update or delete or truncate'],
  ['organisations', 'insert or update or delete or truncate'],
  ['organisation_coverage', 'insert or update or delete or truncate'],
  ['sessions', 'update of id_hash, user_id, csrf_token, expires_at or delete or truncate'],
  ['api_tokens', 'update of organisation_id, role, name, token_hash, token_prefix, revoked_at or delete or truncate'],
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function notify_access_change() returns trigger language plpgsql as $$
    begin
      perform pg_notify(${sql.lit(ACCESS_CHANNEL)}, tg_table_name);
      return null;
    end $$`.execute(db);
  for (const [table, events] of WATCHED) {
    await sql`create trigger ${sql.raw(`${table}_access_change`)} after ${sql.raw(events)} on ${sql.table(table)}
      for each statement execute function notify_access_change()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table] of WATCHED) await sql`drop trigger ${sql.raw(`${table}_access_change`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function notify_access_change()`.execute(db);
}
