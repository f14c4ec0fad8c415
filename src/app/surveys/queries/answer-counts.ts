/**
 * What the results read instead of every answer: the running counts of the
 * stored answers (migration 0027, kept as each batch is stored) and the
 * answers still waiting for their batch (free text is read and counted in
 * text-results.ts).
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { CountRow } from '../../../domain/surveys/answer-counts.ts';
import type { ResponseInput } from '../../../domain/surveys/results.ts';
import type { Answers } from '../../../domain/surveys/types.ts';

/** The survey's counts, summed over the groups the answers waited in. */
export async function countRows(db: Db, surveyId: string): Promise<CountRow[]> {
  const rows = await sql<{ dimension: string; grp: string; key: string; n: string }>`
    select c.dimension, c.grp, e.key, sum(e.value::integer) as n
    from survey_answer_counts c cross join lateral jsonb_each_text(c.counts) e
    where c.survey_id = ${surveyId}
    group by c.dimension, c.grp, e.key`.execute(db);
  return rows.rows.map((r) => {
    const at = r.key.indexOf('|');
    return {
      dimension: r.dimension,
      group: r.grp,
      questionId: r.key.slice(0, at),
      value: r.key.slice(at + 1),
      n: Number(r.n),
    };
  });
}

/** The answers waiting for their batch (not yet counted), with made-up ids as loadResponses gives them. */
export async function waitingAnswers(db: Db, surveyId: string): Promise<ResponseInput[]> {
  const rows = await db
    .selectFrom('survey_pending_answers')
    .select('answers')
    .where('survey_id', '=', surveyId)
    .execute();
  return rows.map((r, i) => ({ id: `waiting-${i + 1}`, answers: r.answers as Answers }));
}

/** Counts the survey's stored answers afresh (after answers were changed in place or stored around the intake). */
export async function rebuildAnswerCounts(db: Db, surveyId: string): Promise<void> {
  await sql`select rebuild_survey_answer_counts(${surveyId})`.execute(db);
}
