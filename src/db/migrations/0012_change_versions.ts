import { sql, type Kysely } from 'kysely';

/**
 * Two change counters that let hot read paths skip work without ever
 * serving something stale:
 * - organisation_graph_version: bumped by triggers on every change to
 *   organisations or organisation_coverage, so each process can keep the
 *   organisation graph (and everyone's reach) in memory and reload it when
 *   the number it reads beside a token or session differs. Its random id
 *   tells one database's counter from another's.
 * - progress_versions: one row per promise set, bumped in the same
 *   statement or transaction as every change to its activity pieces. A
 *   row lock makes the bump commit with the change, so the progress cache
 *   stamp can never miss a change that committed late.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table organisation_graph_version (
    singleton boolean primary key default true check (singleton),
    id uuid not null default gen_random_uuid(),
    version bigint not null default 0)`.execute(db);
  await sql`insert into organisation_graph_version default values`.execute(db);
  await sql`create function bump_organisation_graph_version() returns trigger language plpgsql as $$
    begin
      update organisation_graph_version set version = version + 1;
      return null;
    end $$`.execute(db);
  for (const table of ['organisations', 'organisation_coverage']) {
    await sql`create trigger ${sql.raw(`${table}_graph_version`)} after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_organisation_graph_version()`.execute(db);
  }

  await db.schema
    .createTable('progress_versions')
    .addColumn('promise_set_id', 'uuid', (c) => c.primaryKey().references('promise_sets.id').onDelete('cascade'))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('progress_versions').execute();
  for (const table of ['organisations', 'organisation_coverage']) {
    await sql`drop trigger ${sql.raw(`${table}_graph_version`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function bump_organisation_graph_version()`.execute(db);
  await db.schema.dropTable('organisation_graph_version').execute();
}
