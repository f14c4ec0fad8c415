import { sql, type Kysely } from 'kysely';

const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
const now = (col: any) => col.notNull().defaultTo(sql`now()`);
const json = (fallback: string) => (col: any) => col.notNull().defaultTo(sql.raw(`'${fallback}'::jsonb`));

/**
 * Surveys (enkäter) and their anonymous answers. On purpose, no table here
 * holds an IP address, a user agent, a person, a code or the time of day
 * next to an answer: answers keep only the day they came in, used codes only
 * that they were used, browser tokens only their hash.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'uuid', id)
    .addColumn('municipality_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('slug', 'text', (c) => c.unique())
    .addColumn('template_key', 'text')
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('intro', 'jsonb')
    .addColumn('languages', 'jsonb', json('["sv"]'))
    .addColumn('questions', 'jsonb', json('[]'))
    .addColumn('scoring', 'jsonb', (c) => c.notNull())
    .addColumn('categories', 'jsonb', json('[]'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'open', 'closed')`))
    .addColumn('access', 'text', (c) => c.notNull().defaultTo('link').check(sql`access in ('link', 'codes')`))
    .addColumn('opens_on', 'date')
    .addColumn('closes_on', 'date')
    .addColumn('public_results', 'jsonb', json('[]'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', now)
    .addColumn('updated_at', 'timestamptz', now)
    .addColumn('published_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('surveys_municipality_idx').on('surveys').columns(['municipality_id', 'created_at']).execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'uuid', id)
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('web', 'code', 'paper')`))
    .addColumn('submitted_on', 'date', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('survey_responses_survey_idx').on('survey_responses').column('survey_id').execute();

  await db.schema
    .createTable('survey_text_codes')
    .addColumn('response_id', 'uuid', (c) => c.notNull().references('survey_responses.id').onDelete('cascade'))
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('categories', 'jsonb', json('[]'))
    .addColumn('updated_at', 'timestamptz', now)
    .addPrimaryKeyConstraint('survey_text_codes_pk', ['response_id', 'question_id'])
    .execute();

  await db.schema
    .createTable('survey_codes')
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('batch', 'integer', (c) => c.notNull())
    .addColumn('used', 'boolean', (c) => c.notNull().defaultTo(false))
    .addPrimaryKeyConstraint('survey_codes_pk', ['survey_id', 'code_hash'])
    .execute();

  await db.schema
    .createTable('survey_browser_tokens')
    .addColumn('survey_id', 'uuid', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_browser_tokens_pk', ['survey_id', 'token_hash'])
    .execute();

  // The salt of the answering rate limit; a new one each day, old ones deleted.
  await db.schema
    .createTable('survey_salts')
    .addColumn('day', 'date', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['survey_salts', 'survey_browser_tokens', 'survey_codes', 'survey_text_codes', 'survey_responses', 'surveys']) {
    await db.schema.dropTable(t).execute();
  }
}
