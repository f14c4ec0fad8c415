import { sql, type Kysely } from 'kysely';

const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = (col: any) => col.notNull().defaultTo(sql`now()`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('situation_pictures')
    .addColumn('id', 'uuid', id)
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('crime_survey', 'text')
    .addColumn('consequences', 'text')
    .addColumn('other_information', 'text')
    .addColumn('analysis', 'text')
    .addColumn('weights', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .addUniqueConstraint('situation_pictures_uq', ['municipality_id', 'year'])
    .execute();

  await db.schema
    .createTable('situation_problems')
    .addColumn('picture_id', 'uuid', (c) => c.notNull().references('situation_pictures.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('manual_rank', 'integer')
    .addColumn('rank_reason', 'text')
    .addColumn('prioritised', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('cause_type', 'text', (c) => c.check(sql`cause_type in ('situational','social','both')`))
    .addColumn('cause_horizon', 'text', (c) => c.check(sql`cause_horizon in ('short','long','both')`))
    .addColumn('cause_text', 'text')
    .addColumn('focus_area_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('commitment_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addPrimaryKeyConstraint('situation_problems_pk', ['picture_id', 'category'])
    .execute();

  // Police intelligence (underrättelser): confidential. Read only by police staff; never public, exported or logged.
  await db.schema
    .createTable('police_notes')
    .addColumn('id', 'uuid', id)
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('seriousness', 'integer', (c) => c.notNull().check(sql`seriousness between 1 and 5`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', now)
    .execute();
  await db.schema.createIndex('police_notes_kommun_year_idx').on('police_notes').columns(['municipality_id', 'year']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['police_notes', 'situation_problems', 'situation_pictures']) await db.schema.dropTable(t).execute();
}
