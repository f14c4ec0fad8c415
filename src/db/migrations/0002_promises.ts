import { sql, type Kysely } from 'kysely';

const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = (col: any) => col.notNull().defaultTo(sql`now()`);
const json = (fallback: string) => (col: any) => col.notNull().defaultTo(sql.raw(`'${fallback}'::jsonb`));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('areas')
    .addColumn('id', 'uuid', id)
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('omrade'))
    .addColumn('created_at', 'timestamptz', now)
    .execute();
  await sql`create unique index areas_name_uq on areas (municipality_id, lower(name))`.execute(db);

  await db.schema
    .createTable('agreements')
    .addColumn('id', 'uuid', id)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_from', 'date')
    .addColumn('period_to', 'date')
    .addColumn('extensions', 'jsonb', json('[]'))
    .addColumn('signatories', 'jsonb', json('[]'))
    .addColumn('focus_problems', 'jsonb', json('[]'))
    .addColumn('probable_causes', 'jsonb', json('[]'))
    .addColumn('goals', 'jsonb', json('[]'))
    .addColumn('follow_up', 'text')
    .addColumn('follow_up_cadence', 'text')
    .addColumn('documents', 'jsonb', json('[]'))
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .execute();
  await db.schema
    .createTable('agreement_parties')
    .addColumn('agreement_id', 'uuid', (c) => c.notNull().references('agreements.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addPrimaryKeyConstraint('agreement_parties_pk', ['agreement_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('promise_sets')
    .addColumn('id', 'uuid', id)
    .addColumn('agreement_id', 'uuid', (c) => c.references('agreements.id').onDelete('set null'))
    .addColumn('title', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft','agreed','published','closed')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('period_from', 'date')
    .addColumn('period_to', 'date')
    .addColumn('police_area', 'text')
    .addColumn('signed_at', 'date')
    .addColumn('signatories', 'jsonb', json('[]'))
    .addColumn('introduction', 'text')
    .addColumn('sections', 'jsonb', json('{}'))
    .addColumn('warnings', 'jsonb', json('[]'))
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .addColumn('published_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('promise_set_municipalities')
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('promise_set_municipalities_pk', ['promise_set_id', 'position'])
    .execute();
  await db.schema.createIndex('psm_org_idx').on('promise_set_municipalities').column('organisation_id').execute();

  await db.schema
    .createTable('focus_areas')
    .addColumn('id', 'uuid', id)
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'timestamptz')
    .execute();

  // Commitments are never deleted once activities may point at them: a later version marks them removed.
  await db.schema
    .createTable('commitments')
    .addColumn('id', 'uuid', id)
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('focus_area_id', 'uuid', (c) => c.notNull().references('focus_areas.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('responsible', 'jsonb', json('[]'))
    .addColumn('partners', 'jsonb', json('[]'))
    .addColumn('places', 'jsonb', json('[]'))
    .addColumn('target', 'jsonb', (c) => c.notNull())
    .addColumn('targets', 'jsonb', json('[]'))
    .addColumn('follow_up', 'jsonb', json('[]'))
    .addColumn('when_text', 'text')
    .addColumn('condition', 'text')
    .addColumn('owner', 'text')
    .addColumn('removed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('commitments_set_idx').on('commitments').column('promise_set_id').execute();

  await db.schema
    .createTable('promise_set_versions')
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', now)
    .addPrimaryKeyConstraint('promise_set_versions_pk', ['promise_set_id', 'version'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['promise_set_versions', 'commitments', 'focus_areas', 'promise_set_municipalities', 'promise_sets',
    'agreement_parties', 'agreements', 'areas']) {
    await db.schema.dropTable(t).execute();
  }
}
