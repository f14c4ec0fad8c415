import { sql, type Kysely } from 'kysely';

/**
 * The audit log gets an entry for every logged activity, so its indexes are
 * paid on the busiest write path. Its listing asks for an organisation's
 * newest entries (`organisation_id in … order by id desc`): one index on
 * (organisation_id, id) answers that directly, where the index on
 * organisation_id alone made every entry of a kommun a duplicate of the
 * same key, all inserted into the same leaf page. Entries are written in
 * time order, so a BRIN index serves the date filter at a fraction of a
 * B-tree's upkeep.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_log_org_idx`.execute(db);
  await sql`drop index audit_log_at_idx`.execute(db);
  await sql`create index audit_log_org_id_idx on audit_log (organisation_id, id)`.execute(db);
  await sql`create index audit_log_at_brin on audit_log using brin (at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index audit_log_at_brin`.execute(db);
  await sql`drop index audit_log_org_id_idx`.execute(db);
  await sql`create index audit_log_at_idx on audit_log (at)`.execute(db);
  await sql`create index audit_log_org_idx on audit_log (organisation_id)`.execute(db);
}
