/**
 * The SQL of the text questions' results: their stored answers counted in
 * the database (given, uncoded, per category) and read a page at a time in
 * id order, so a result never loads every free-text answer.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { ResponseInput } from '../../../domain/surveys/results.ts';
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
 * A stamp of the survey's stored answers as they are: how many, and where
 * each row version lies (ctid). Any insert, delete or change in place (an
 * area merge, the retention pass removing free text) gives a row a new
 * version and the stamp a new value. Read from the row headers, without
 * opening the answers.
 */
export async function storedAnswersStamp(db: Db, surveyId: string): Promise<string> {
  const row = await sql<{
    stamp: string;
  }>`select count(*) || ':' || coalesce(sum(hashtextextended(ctid::text, 0)), 0) as stamp
    from survey_responses where survey_id = ${surveyId}`.execute(db);
  return row.rows[0]!.stamp;
}

/** Per text question, how many stored answers give it (one pass over the answers), with the stamp they were read at. */
export async function givenTextCounts(
  db: Db,
  surveyId: string,
  textIds: string[],
): Promise<{ stamp: string; given: number[] }> {
  const counts = sql.join(textIds.map((id) => sql`count(*) filter (where ${given(sql`answers -> ${id}::text`)})`));
  const row = await sql<{ stamp: string; n: string[] }>`
    select count(*) || ':' || coalesce(sum(hashtextextended(ctid::text, 0)), 0) as stamp, array[${counts}]::text[] as n
    from survey_responses where survey_id = ${surveyId}`.execute(db);
  return { stamp: row.rows[0]!.stamp, given: row.rows[0]!.n.map(Number) };
}

/** Per text question, the stored answers that give it and are coded, in all and per category (few: read from the codes). */
export async function codedTextCounts(
  db: Db,
  surveyId: string,
  textIds: string[],
): Promise<{ coded: Map<string, number>; byCategory: Map<string, Map<string, number>> }> {
  const codedGiven = sql`r.survey_id = ${surveyId} and c.question_id = any(${textIds}::text[])
    and jsonb_array_length(c.categories) > 0 and ${given(sql`r.answers -> c.question_id`)}`;
  const [coded, categories] = await Promise.all([
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
  const byCategory = new Map<string, Map<string, number>>();
  for (const c of categories.rows) {
    const of = byCategory.get(c.question_id) ?? new Map<string, number>();
    of.set(c.key, Number(c.n));
    byCategory.set(c.question_id, of);
  }
  return { coded: new Map(coded.rows.map((c) => [c.question_id, Number(c.n)])), byCategory };
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
