import { sql, type Kysely } from 'kysely';

/**
 * A survey's stored answers in id order (issue 16): the staff results read
 * the first free-text answers of a question, and the pages after them, by
 * id (src/app/surveys/queries/text-results.ts). With the answers indexed by
 * survey alone, PostgreSQL read and sorted all of a survey's answers for
 * each page (0.6 s for 100 000); by survey and id it walks them in order and
 * stops at the page's end. The new index also serves every lookup by survey,
 * so it replaces the one on survey_id alone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index survey_responses_survey_id_idx on survey_responses (survey_id, id)`.execute(db);
  await sql`drop index survey_responses_survey_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index survey_responses_survey_idx on survey_responses (survey_id)`.execute(db);
  await sql`drop index survey_responses_survey_id_idx`.execute(db);
}
