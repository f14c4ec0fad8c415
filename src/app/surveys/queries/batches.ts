/**
 * Answers reach survey_responses only in shuffled batches (migration 0019),
 * never in the transaction that used a code, a browser token or a
 * rate-limit hit, so nothing in the database (xmin, physical order, ids,
 * times) tells which answer came from which code, address or browser, or
 * when beyond the day. Until a batch is full they wait in
 * survey_pending_answers, in the database, so a stopped process loses none.
 * Staff counts and results include the waiting answers.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { Deps } from '../../deps.ts';
import type { CountParts } from '../../../domain/surveys/count-keys.ts';

/** Answers moved together; none of them can be told apart from the others. */
export const ANSWER_BATCH = 5;

export type Channel = 'web' | 'code' | 'paper';

/**
 * Adds one answer, with what it adds to the counts (count-keys.ts), to the
 * survey's pending answers; with `flush`, the batch it completes moves to
 * survey_responses and is counted in the same transaction (one that
 * touches nothing but answers and their counts). Returns how many answers
 * moved (0 or a batch).
 */
export async function storeAnswer(
  db: Db,
  surveyId: string,
  answer: { answers: unknown; parts: CountParts },
  channel: Channel,
  day: string,
  flush: boolean,
): Promise<number> {
  const { answers, parts } = answer;
  const row = await sql<{ moved: number }>`select store_survey_answer(${surveyId}, ${JSON.stringify(answers)}::jsonb,
    ${parts.groups}::text[], ${parts.keys}::text[], ${parts.own}::text[], ${channel}, ${day}::date, ${ANSWER_BATCH},
    ${flush}) as moved`.execute(db);
  return Number(row.rows[0]!.moved);
}

/** Moves the survey's pending answers if a full batch waits (after a paper answer, whose transaction holds the audit entry). */
export async function flushFullBatch(db: Db, surveyId: string): Promise<number> {
  const row = await sql<{
    moved: number;
  }>`select flush_survey_answers(${surveyId}, ${ANSWER_BATCH}, false) as moved`.execute(db);
  return Number(row.rows[0]!.moved);
}

/**
 * The daily job: every survey's leftover answers (fewer than a batch) move,
 * each survey in a transaction of its own, padded to a full batch with
 * stored answers written again, so the last answers of a day are not a
 * group of their own. Returns how many answers moved.
 */
export async function flushLeftoverAnswers(deps: Deps): Promise<number> {
  const surveys = await deps.db.selectFrom('survey_pending_answers').select('survey_id').distinct().execute();
  let moved = 0;
  for (const s of surveys) {
    const row = await sql<{
      moved: number;
    }>`select flush_survey_answers(${s.survey_id}, ${ANSWER_BATCH}, true) as moved`.execute(deps.db);
    moved += Number(row.rows[0]!.moved);
  }
  return moved;
}

/** How many answers of the survey wait for their batch. */
export async function pendingCount(db: Db, surveyId: string): Promise<number> {
  const row = await db
    .selectFrom('survey_pending_answers')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every answer of the survey, stored or waiting, as staff count them. */
export async function answerCount(db: Db, surveyId: string): Promise<number> {
  const row = await sql<{ n: string }>`select (select count(*) from survey_responses where survey_id = ${surveyId})
    + (select count(*) from survey_pending_answers where survey_id = ${surveyId}) as n`.execute(db);
  return Number(row.rows[0]!.n);
}
