/**
 * The SQL of the free-text answers and their coding: the answers with the
 * categories staff have set, and setting them.
 */
import type { Db } from '../../../db/connect.ts';
import type { ResponseInput } from '../../../domain/surveys/results.ts';
import type { Answers } from '../../../domain/surveys/types.ts';

/** The codings of the survey's stored answers, by answer and question. */
export async function textCodesBy(db: Db, surveyId: string): Promise<Map<string, Record<string, string[]>>> {
  const rows = await db
    .selectFrom('survey_text_codes')
    .innerJoin('survey_responses as r', 'r.id', 'survey_text_codes.response_id')
    .select(['survey_text_codes.response_id', 'survey_text_codes.question_id', 'survey_text_codes.categories'])
    .where('r.survey_id', '=', surveyId)
    .execute();
  const byResponse = new Map<string, Record<string, string[]>>();
  for (const c of rows) {
    const entry = byResponse.get(c.response_id) ?? {};
    entry[c.question_id] = c.categories;
    byResponse.set(c.response_id, entry);
  }
  return byResponse;
}

/**
 * The survey's answers with their codings. With `waiting`, also the answers
 * still waiting for their batch (batches.ts), uncoded and with a made-up id:
 * results count every answer given, while coding needs stored ones.
 */
export async function loadResponses(db: Db, surveyId: string, waiting = true): Promise<ResponseInput[]> {
  const [rows, pending, codes] = await Promise.all([
    db
      .selectFrom('survey_responses')
      .select(['id', 'answers'])
      .where('survey_id', '=', surveyId)
      .orderBy('id')
      .execute(),
    waiting
      ? db.selectFrom('survey_pending_answers').select('answers').where('survey_id', '=', surveyId).execute()
      : [],
    textCodesBy(db, surveyId),
  ]);
  return [
    ...rows.map((r) => ({ id: r.id, answers: r.answers as Answers, codes: codes.get(r.id) })),
    ...pending.map((r, i) => ({ id: `waiting-${i + 1}`, answers: r.answers as Answers })),
  ];
}

/** The category lists staff have set on the survey's answers, one per coded answer and question. */
export async function categoryUses(trx: Db, surveyId: string): Promise<string[][]> {
  const rows = await trx
    .selectFrom('survey_text_codes')
    .innerJoin('survey_responses as r', 'r.id', 'survey_text_codes.response_id')
    .select('survey_text_codes.categories')
    .where('r.survey_id', '=', surveyId)
    .execute();
  return rows.map((r) => r.categories);
}

/** How many of `ids` are stored answers of the survey. */
export async function storedAnswerCount(trx: Db, surveyId: string, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  const found = await trx
    .selectFrom('survey_responses')
    .select('id')
    .where('survey_id', '=', surveyId)
    .where('id', 'in', ids)
    .execute();
  return found.length;
}

/** Sets the categories of one answer to one text question (replacing what was set). */
export async function setTextCode(
  trx: Db,
  item: { responseId: string; questionId: string; categories: string[] },
  now: Date,
): Promise<void> {
  const categories = JSON.stringify(item.categories);
  await trx
    .insertInto('survey_text_codes')
    .values({ response_id: item.responseId, question_id: item.questionId, categories, updated_at: now })
    .onConflict((oc) => oc.columns(['response_id', 'question_id']).doUpdateSet({ categories, updated_at: now }))
    .execute();
}
