/**
 * The SQL of the text questions' results: their stored answers counted in
 * the database (given, uncoded, per category) and read a page at a time in
 * id order, so a result never loads every free-text answer.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { ResponseInput, TextCounts } from '../../../domain/surveys/results.ts';
import type { Answers } from '../../../domain/surveys/types.ts';

/** Whether a stored value is an answer at all, as isGiven in domain/surveys/stats.ts judges it. */
function given(v: RawBuilder<unknown>): RawBuilder<boolean> {
  return sql<boolean>`case jsonb_typeof(${v})
    when 'string' then ${v} <> '""'::jsonb
    when 'array' then jsonb_array_length(${v}) > 0
    when 'object' then ${v} <> '{}'::jsonb
    else false end`;
}

/** Per text question, its stored answers counted: given, uncoded, and per category set by staff. */
export async function storedTextCounts(db: Db, surveyId: string, textIds: string[]): Promise<Map<string, TextCounts>> {
  const out = new Map<string, TextCounts>(
    textIds.map((id) => [id, { answered: 0, uncoded: 0, byCategory: new Map() }]),
  );
  if (!textIds.length) return out;
  const value = sql`r.answers -> q.id`;
  const [totals, categories] = await Promise.all([
    sql<{ question_id: string; answered: string; uncoded: string }>`
      select q.id as question_id, count(*) as answered,
        count(*) filter (where c.categories is null or jsonb_array_length(c.categories) = 0) as uncoded
      from survey_responses r cross join unnest(${textIds}::text[]) as q(id)
      left join survey_text_codes c on c.response_id = r.id and c.question_id = q.id
      where r.survey_id = ${surveyId} and ${given(value)}
      group by q.id`.execute(db),
    sql<{ question_id: string; key: string; n: string }>`
      select q.id as question_id, k.key, count(distinct r.id) as n
      from survey_text_codes c
      join survey_responses r on r.id = c.response_id
      join unnest(${textIds}::text[]) as q(id) on q.id = c.question_id
      cross join lateral jsonb_array_elements_text(c.categories) as k(key)
      where r.survey_id = ${surveyId} and ${given(value)}
      group by q.id, k.key`.execute(db),
  ]);
  for (const t of totals.rows) {
    const counts = out.get(t.question_id)!;
    counts.answered = Number(t.answered);
    counts.uncoded = Number(t.uncoded);
  }
  for (const c of categories.rows) out.get(c.question_id)!.byCategory.set(c.key, Number(c.n));
  return out;
}

/** Stored answers that answered the text question, in id order, holding that answer only: `limit` from `offset` (all when null). */
export async function storedTexts(
  db: Db,
  surveyId: string,
  questionId: string,
  offset: number,
  limit: number | null,
): Promise<ResponseInput[]> {
  const value = sql`r.answers -> ${questionId}::text`;
  const rows = await sql<{ id: string; v: Answers[string] }>`
    select r.id, ${value} as v
    from survey_responses r
    where r.survey_id = ${surveyId} and ${given(value)}
    order by r.id
    offset ${offset} ${limit === null ? sql`` : sql`limit ${limit}`}`.execute(db);
  return rows.rows.map((r) => ({ id: r.id, answers: { [questionId]: r.v } }));
}
