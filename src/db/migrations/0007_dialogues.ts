import { sql, type Kysely } from 'kysely';

const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = (col: any) => col.notNull().defaultTo(sql`now()`);

/**
 * Dialogues of every kind in one table (medborgardialog, medarbetardialog,
 * trygghetsvandring, EST report); walk and EST columns are null for the
 * others. Findings keep their free text in one column (`text`) so it can be
 * redacted on the way out. Category keys are not constrained here: the list
 * lives in the domain and may later become editable data.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dialogues')
    .addColumn('id', 'uuid', id)
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('medborgardialog', 'medarbetardialog', 'trygghetsvandring', 'est')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('area_id', 'uuid', (c) => c.references('areas.id'))
    .addColumn('participants', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('note', 'text')
    .addColumn('stage', 'text', (c) => c.check(sql`stage in ('formote', 'vandring', 'aterkoppling', 'klar')`))
    .addColumn('pre_meeting_date', 'date')
    .addColumn('follow_up_date', 'date')
    .addColumn('route', 'text')
    .addColumn('previous_walk_id', 'uuid', (c) => c.references('dialogues.id').onDelete('set null'))
    .addColumn('closed_on', 'date')
    .addColumn('reporter_organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('week', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .addCheckConstraint('dialogues_walk_stage', sql`(kind = 'trygghetsvandring') = (stage is not null)`)
    .addCheckConstraint('dialogues_est_fields', sql`kind <> 'est' or (reporter_organisation_id is not null and week is not null and area_id is not null)`)
    .execute();
  await db.schema.createIndex('dialogues_municipality_date_idx').on('dialogues').columns(['municipality_id', 'kind', 'date']).execute();
  await sql`create unique index dialogues_est_report_uq on dialogues (reporter_organisation_id, area_id, week) where kind = 'est'`.execute(db);

  await db.schema
    .createTable('dialogue_findings')
    .addColumn('id', 'uuid', id)
    .addColumn('dialogue_id', 'uuid', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('area_id', 'uuid', (c) => c.references('areas.id'))
    .addColumn('seriousness', 'smallint', (c) => c.notNull().check(sql`seriousness between 1 and 5`))
    .addColumn('owner', 'text')
    .addColumn('action', 'text')
    .addColumn('due_date', 'date')
    .addColumn('done_at', 'date')
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .execute();
  await db.schema.createIndex('dialogue_findings_dialogue_idx').on('dialogue_findings').columns(['dialogue_id', 'position']).execute();
  await sql`create index dialogue_findings_open_idx on dialogue_findings (due_date) where action is not null and done_at is null`.execute(db);

  await db.schema
    .createTable('est_answers')
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('dialogues.id').onDelete('cascade'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('level', 'smallint', (c) => c.notNull().check(sql`level between 0 and 2`))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('est_answers_pk', ['report_id', 'item'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['est_answers', 'dialogue_findings', 'dialogues']) await db.schema.dropTable(t).ifExists().execute();
}
