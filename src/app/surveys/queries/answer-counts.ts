/**
 * What the results read instead of every answer: the running counts of the
 * stored answers (migration 0027, kept as each batch is stored), the
 * answers still waiting for their batch, and the answers to text questions
 * with their codings (free text is read as text, never counted).
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

/** Stored answers that answered any of the text questions, holding only those answers, with their codings. */
export async function storedTextAnswers(db: Db, surveyId: string, textIds: string[]): Promise<ResponseInput[]> {
  if (!textIds.length) return [];
  const [rows, codes] = await Promise.all([
    sql<{ id: string; answers: Answers }>`
      select r.id, (select jsonb_object_agg(k, r.answers -> k) from unnest(${textIds}::text[]) k where jsonb_exists(r.answers, k)) as answers
      from survey_responses r
      where r.survey_id = ${surveyId} and jsonb_exists_any(r.answers, ${textIds}::text[])
      order by r.id`.execute(db),
    db
      .selectFrom('survey_text_codes')
      .innerJoin('survey_responses as r', 'r.id', 'survey_text_codes.response_id')
      .select(['survey_text_codes.response_id', 'survey_text_codes.question_id', 'survey_text_codes.categories'])
      .where('r.survey_id', '=', surveyId)
      .execute(),
  ]);
  const byResponse = new Map<string, Record<string, string[]>>();
  for (const c of codes) {
    const entry = byResponse.get(c.response_id) ?? {};
    entry[c.question_id] = c.categories;
    byResponse.set(c.response_id, entry);
  }
  return rows.rows.map((r) => ({ id: r.id, answers: r.answers, codes: byResponse.get(r.id) }));
}

/** Counts the survey's stored answers afresh (after answers were changed in place or stored around the intake). */
export async function rebuildAnswerCounts(db: Db, surveyId: string): Promise<void> {
  await sql`select rebuild_survey_answer_counts(${surveyId})`.execute(db);
}
