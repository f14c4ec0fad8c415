import { sql, type Kysely } from 'kysely';
import {
  ADD_SURVEY_ANSWER_COUNTS_FUNCTION as ADD_0027,
  FLUSH_SURVEY_ANSWERS_FUNCTION as FLUSH_0027,
  STORE_SURVEY_ANSWER_FUNCTION as STORE_0027,
} from '../sql/survey-answers.ts';
import {
  ADD_SURVEY_ANSWER_COUNTS_FUNCTION,
  FLUSH_SURVEY_ANSWERS_FUNCTION,
  STORE_SURVEY_ANSWER_FUNCTION,
  SURVEY_PENDING_COUNT_PARTS_FUNCTION,
  TAKE_SURVEY_ANSWER_PROCEDURE,
} from '../sql/survey-intake.ts';

/**
 * Answer intake with the running counts kept, at less cost
 * (src/db/sql/survey-intake.ts): a waiting answer carries the count keys
 * the app worked out for it (count_groups, count_keys, count_own), which a
 * batch adds up; a public answer is one call (take_survey_answer(): admit,
 * commit, store). Waiting answers get their parts here, and from the
 * trigger whenever a row comes without them or its answers change.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table survey_pending_answers add column count_groups text[], add column count_keys text[],
    add column count_own text[]`.execute(db);
  await SURVEY_PENDING_COUNT_PARTS_FUNCTION.execute(db);
  await sql`create trigger survey_pending_count_parts before insert on survey_pending_answers
    for each row when (new.count_groups is null or new.count_keys is null or new.count_own is null)
    execute function survey_pending_count_parts()`.execute(db);
  await sql`create trigger survey_pending_count_parts_again before update of answers on survey_pending_answers
    for each row execute function survey_pending_count_parts()`.execute(db);
  await sql`update survey_pending_answers set answers = answers`.execute(db);
  await sql`alter table survey_pending_answers alter column count_groups set not null,
    alter column count_keys set not null, alter column count_own set not null`.execute(db);
  await sql`drop function store_survey_answer(uuid, jsonb, text, date, integer, boolean)`.execute(db);
  await sql`drop function add_survey_answer_counts(uuid, smallint, jsonb[], jsonb[])`.execute(db);
  await ADD_SURVEY_ANSWER_COUNTS_FUNCTION.execute(db);
  await STORE_SURVEY_ANSWER_FUNCTION.execute(db);
  await FLUSH_SURVEY_ANSWERS_FUNCTION.execute(db);
  await TAKE_SURVEY_ANSWER_PROCEDURE.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop procedure take_survey_answer`.execute(db);
  await sql`drop function store_survey_answer(uuid, jsonb, text[], text[], text[], text, date, integer, boolean)`.execute(
    db,
  );
  await sql`drop function add_survey_answer_counts(uuid, smallint, text[], text[], integer[])`.execute(db);
  await sql`drop trigger survey_pending_count_parts_again on survey_pending_answers`.execute(db);
  await sql`drop trigger survey_pending_count_parts on survey_pending_answers`.execute(db);
  await sql`drop function survey_pending_count_parts`.execute(db);
  await sql`alter table survey_pending_answers drop column count_groups, drop column count_keys,
    drop column count_own`.execute(db);
  // Migration 0027's definitions (kept as they were in src/db/sql/survey-answers.ts).
  await ADD_0027.execute(db);
  await STORE_0027.execute(db);
  await FLUSH_0027.execute(db);
}
