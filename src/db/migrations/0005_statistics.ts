import { sql, type Kysely } from 'kysely';

/**
 * Statistics are national reference data: stored once per kommunkod, not
 * per organisation. No foreign key to organisations, since every kommun has
 * figures whether or not it uses the product.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stats_crime_counts')
    .addColumn('municipality_code', 'text', (c) => c.notNull().check(sql`municipality_code ~ '^[0-9]{4}$'`))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.check(sql`count >= 0`))
    .addColumn('rate_per_100k', 'numeric', (c) => c.check(sql`rate_per_100k >= 0`))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('bra'))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stats_crime_counts_pk', ['municipality_code', 'category', 'year'])
    .execute();

  await db.schema
    .createTable('stats_population')
    .addColumn('municipality_code', 'text', (c) => c.notNull().check(sql`municipality_code ~ '^[0-9]{4}$'`))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('population', 'integer', (c) => c.notNull().check(sql`population >= 0`))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stats_population_pk', ['municipality_code', 'year'])
    .execute();

  // Polisen's feed holds only recent events; these rows are the kept history, one per event id.
  await db.schema
    .createTable('stats_police_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('local_date', 'date', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('raw_type', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('location_name', 'text', (c) => c.notNull())
    .addColumn('municipality_code', 'text')
    .addColumn('gps', 'text')
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('stats_police_events_kommun_date_idx').on('stats_police_events')
    .columns(['municipality_code', 'local_date']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('stats_police_events').ifExists().execute();
  await db.schema.dropTable('stats_population').ifExists().execute();
  await db.schema.dropTable('stats_crime_counts').ifExists().execute();
}
