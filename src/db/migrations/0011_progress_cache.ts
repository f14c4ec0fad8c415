import { sql, type Kysely } from 'kysely';

/**
 * Progress answers cached per promise set and day, valid while the set's
 * stamp (its own updated_at and the count, newest change and sum of its
 * activity pieces) is unchanged. Lives in the database like every cache.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('activity_pieces').addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`clock_timestamp()`)).execute();
  await db.schema
    .createTable('progress_cache')
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('at', 'date', (c) => c.notNull())
    .addColumn('stamp', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('progress_cache_pk', ['promise_set_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('progress_cache').execute();
  await db.schema.alterTable('activity_pieces').dropColumn('updated_at').execute();
}
