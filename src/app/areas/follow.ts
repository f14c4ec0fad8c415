/**
 * What follows an area's name or identity inside one transaction: the area
 * question of the kommun's surveys (see domain/areas/survey-options.ts),
 * and titles made from the area's name (an EST report's title always is;
 * a dialogue's only when the user gave none and it has no place of its own).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { defaultTitle, type DialogueKind } from '../../domain/dialogues/dialogue.ts';
import type { Question } from '../../domain/surveys/types.ts';

/**
 * Applies `change` to the questions of every survey of the kommun with an
 * area question, writing those that change. The rows are locked, so a
 * builder save cannot write older options back over these; and every
 * public answer judged against the old questions is judged again
 * (submit_survey_answer compares the row's version).
 */
export async function changeSurveyAreaOptions(
  trx: Db,
  kommunId: string,
  change: (questions: Question[]) => Question[] | null,
): Promise<string[]> {
  const surveys = await trx
    .selectFrom('surveys')
    .select(['id', 'questions'])
    .where('municipality_id', '=', kommunId)
    .where(sql<boolean>`questions @> '[{"kind":"area"}]'::jsonb`)
    .orderBy('id')
    .forUpdate()
    .execute();
  const changed: string[] = [];
  for (const s of surveys) {
    const next = change(s.questions as unknown as Question[]);
    if (!next) continue;
    await trx
      .updateTable('surveys')
      .set({ questions: JSON.stringify(next) })
      .where('id', '=', s.id)
      .execute();
    changed.push(s.id);
  }
  return changed;
}

/**
 * Moves answers naming `fromId` in the area question of the kommun's surveys
 * to `toId`, stored ones and those waiting for their batch; returns how many moved.
 */
export async function moveSurveyAnswers(trx: Db, kommunId: string, fromId: string, toId: string): Promise<number> {
  let moved = 0;
  for (const table of [sql.table('survey_responses'), sql.table('survey_pending_answers')]) {
    const result = await sql`
      update ${table} r set answers = jsonb_set(r.answers, array[q.qid], to_jsonb(${toId}::text))
      from (select s.id, e ->> 'id' as qid from surveys s cross join lateral jsonb_array_elements(s.questions) e
            where s.municipality_id = ${kommunId} and e ->> 'kind' = 'area') q
      where r.survey_id = q.id and r.answers ->> q.qid = ${fromId}`.execute(trx);
    moved += Number(result.numAffectedRows ?? 0);
  }
  return moved;
}

/**
 * Titles of the area's dialogues after it is called `name`: EST reports
 * are always titled by week and area; another dialogue's title follows
 * only if it was the one made from `oldName` (so a title the user wrote
 * stays). Returns the ids of the dialogues retitled.
 */
export async function followTitles(trx: Db, areaId: string, oldName: string, name: string): Promise<string[]> {
  const est = await sql<{ id: string }>`
    update dialogues set title = 'EST-rapport ' || week || ', ' || ${name}
    where area_id = ${areaId} and kind = 'est' and title <> 'EST-rapport ' || week || ', ' || ${name}
    returning id`.execute(trx);
  const rows = await trx
    .selectFrom('dialogues')
    .select(['id', 'kind', 'date', 'title'])
    .where('area_id', '=', areaId)
    .where('kind', '<>', 'est')
    .where('place', 'is', null)
    .execute();
  const made = rows.filter((r) => r.title === defaultTitle(r.kind as DialogueKind, r.date, oldName));
  for (const r of made) {
    await trx
      .updateTable('dialogues')
      .set({ title: defaultTitle(r.kind as DialogueKind, r.date, name) })
      .where('id', '=', r.id)
      .execute();
  }
  return [...est.rows.map((r) => r.id), ...made.map((r) => r.id)];
}
