import { sql, type Kysely } from 'kysely';
import { TAKE_SURVEY_ANSWERS_PROCEDURE } from '../sql/survey-intake.ts';

/**
 * Public answers that arrive together are taken in one call
 * (take_survey_answers, src/db/sql/survey-intake.ts): admitted together,
 * then stored together in a transaction of their own, five or more as a
 * batch of their own, fewer through the waiting groups as before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await TAKE_SURVEY_ANSWERS_PROCEDURE.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop procedure take_survey_answers`.execute(db);
}
