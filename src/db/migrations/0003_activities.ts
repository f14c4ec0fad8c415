import { sql, type Kysely } from 'kysely';

const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = (col: any) => col.notNull().defaultTo(sql`now()`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activities')
    .addColumn('id', 'uuid', id)
    .addColumn('commitment_id', 'uuid', (c) => c.notNull().references('commitments.id'))
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('time', 'text')
    .addColumn('duration_minutes', 'integer')
    .addColumn('quantity', 'numeric', (c) => c.notNull().defaultTo(1).check(sql`quantity >= 0`))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('people', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('outcomes', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .execute();
  await db.schema.createIndex('activities_commitment_date_idx').on('activities').columns(['commitment_id', 'date']).execute();
  await db.schema.createIndex('activities_set_date_idx').on('activities').columns(['promise_set_id', 'date']).execute();

  await db.schema
    .createTable('activity_areas')
    .addColumn('activity_id', 'uuid', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('area_id', 'uuid', (c) => c.notNull().references('areas.id'))
    .addPrimaryKeyConstraint('activity_areas_pk', ['activity_id', 'area_id'])
    .execute();

  await db.schema
    .createTable('planned_activities')
    .addColumn('id', 'uuid', id)
    .addColumn('commitment_id', 'uuid', (c) => c.notNull().references('commitments.id'))
    .addColumn('promise_set_id', 'uuid', (c) => c.notNull().references('promise_sets.id').onDelete('cascade'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('quantity', 'numeric', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', now)
    .execute();
  await db.schema.createIndex('planned_set_date_idx').on('planned_activities').columns(['promise_set_id', 'date']).execute();

  await db.schema.alterTable('users')
    .addColumn('notify_reminders', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('notify_digest', 'boolean', (c) => c.notNull().defaultTo(true))
    .execute();

  // One row per job name; whoever holds an unexpired lock runs the job, so only one app process does.
  await db.schema
    .createTable('job_locks')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz', (c) => c.notNull())
    .addColumn('last_run_on', 'date')
    .execute();

  await db.schema
    .createTable('reminders_sent')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('sent_at', 'timestamptz', now)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['reminders_sent', 'job_locks', 'planned_activities', 'activity_areas', 'activities']) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable('users').dropColumn('notify_reminders').dropColumn('notify_digest').execute();
}
