import { sql, type Kysely } from 'kysely';

const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = (col: any) => col.notNull().defaultTo(sql`now()`);

const ROLES = sql`role in ('admin','coordinator','officer','partner','viewer','leader')`;

export async function up(db: Kysely<any>): Promise<void> {
  // Leadership (LPO-chef, kommunalråd, kommundirektör) approves follow-ups: a role of its own.
  for (const table of ['memberships', 'api_tokens']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.ref(`${table}_role_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.ref(`${table}_role_check`)} check (${ROLES})`.execute(db);
  }

  await db.schema.alterTable('commitments').addColumn('carried_from', 'uuid', (c) => c.references('commitments.id')).execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'uuid', id)
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('cadence', 'text', (c) => c.notNull().check(sql`cadence in ('quarter','tertial','halfyear','year')`))
    .addColumn('period_from', 'date', (c) => c.notNull())
    .addColumn('period_to', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft','reviewed','approved','published')`))
    .addColumn('summary', 'text')
    .addColumn('citizens_said', 'text')
    .addColumn('next_steps', 'text')
    .addColumn('due_date', 'date')
    .addColumn('recipients', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('reviews', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('approvals', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('published_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .addUniqueConstraint('follow_ups_period_uq', ['promise_set_id', 'cadence', 'period_from'])
    .execute();

  await db.schema
    .createTable('follow_up_items')
    .addColumn('follow_up_id', 'uuid', (c) => c.notNull().references('follow_ups.id').onDelete('cascade'))
    .addColumn('commitment_id', 'uuid', (c) => c.notNull().references('commitments.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('done', 'numeric', (c) => c.notNull())
    .addColumn('required', 'numeric')
    .addColumn('activities', 'integer', (c) => c.notNull())
    .addColumn('proposed', 'text', (c) => c.notNull())
    .addColumn('verdict', 'text')
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('follow_up_items_pk', ['follow_up_id', 'commitment_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('follow_up_items').execute();
  await db.schema.dropTable('follow_ups').execute();
  await db.schema.alterTable('commitments').dropColumn('carried_from').execute();
}
