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

/**
 * Per text question, its stored answers counted: given (one pass over the
 * survey's answers, every text question at once), and uncoded and per
 * category from the codings staff have set (few; read from the codes).
 */
export async function storedTextCounts(db: Db, surveyId: string, textIds: string[]): Promise<Map<string, TextCounts>> {
  const out = new Map<string, TextCounts>(
    textIds.map((id) => [id, { answered: 0, uncoded: 0, byCategory: new Map() }]),
  );
  if (!textIds.length) return out;
  const givenCounts = sql.join(textIds.map((id) => sql`count(*) filter (where ${given(sql`answers -> ${id}::text`)})`));
  const codedGiven = sql`r.survey_id = ${surveyId} and c.question_id = any(${textIds}::text[])
    and jsonb_array_length(c.categories) > 0 and ${given(sql`r.answers -> c.question_id`)}`;
  const [answered, coded, categories] = await Promise.all([
    sql<{ n: string[] }>`select array[${givenCounts}]::text[] as n
      from survey_responses where survey_id = ${surveyId}`.execute(db),
    sql<{ question_id: string; n: string }>`select c.question_id, count(*) as n
      from survey_text_codes c join survey_responses r on r.id = c.response_id
      where ${codedGiven}
      group by c.question_id`.execute(db),
    sql<{ question_id: string; key: string; n: string }>`select c.question_id, k.key, count(distinct r.id) as n
      from survey_text_codes c join survey_responses r on r.id = c.response_id
      cross join lateral jsonb_array_elements_text(c.categories) as k(key)
      where ${codedGiven}
      group by c.question_id, k.key`.execute(db),
  ]);
  const given0 = answered.rows[0]?.n ?? [];
  textIds.forEach((id, i) => {
    const counts = out.get(id)!;
    counts.answered = Number(given0[i] ?? 0);
    counts.uncoded = counts.answered;
  });
  for (const c of coded.rows) out.get(c.question_id)!.uncoded -= Number(c.n);
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
