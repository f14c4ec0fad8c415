/**
 * Every query of the areas feature, in one place for review. Each takes the
 * database or the transaction it runs in (inside a transaction only its
 * handle may be used). Authorisation, audit and the rules stay in the use
 * cases (areas.ts, merge.ts, ensure.ts, follow.ts, usage.ts).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { ANSWER_SHARDS } from '../../db/sql/survey-answers.ts';

export interface AreaRow {
  id: string;
  municipality_id: string;
  name: string;
  created_at: Date | string;
}

/** A kommun by its kommunkod or its organisation id. */
export function kommunRow(db: Db, by: 'code' | 'id', ref: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'code', 'name'])
    .where('kind', '=', 'municipality')
    .where(by, '=', ref)
    .executeTakeFirst();
}

/** One area by id; `lock` takes its row lock until the transaction ends. */
export function areaRow(db: Db, id: string, lock: boolean): Promise<AreaRow | undefined> {
  let q = db.selectFrom('areas').select(['id', 'municipality_id', 'name', 'created_at']).where('id', '=', id);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The ids and names of a kommun's areas. */
export function areaNames(db: Db, kommunId: string): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('areas').select(['id', 'name']).where('municipality_id', '=', kommunId).execute();
}

export function areasOfKommun(db: Db, kommunId: string) {
  return db.selectFrom('areas').select(['id', 'name', 'created_at']).where('municipality_id', '=', kommunId).execute();
}

export function insertArea(trx: Db, kommunId: string, name: string) {
  return trx
    .insertInto('areas')
    .values({ municipality_id: kommunId, name })
    .returning(['id', 'name', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** Inserts the names in the order given; a name another transaction has just made is skipped (the unique index). */
export async function insertAreaNames(
  trx: Db,
  kommunId: string,
  names: readonly string[],
): Promise<{ id: string; name: string }[]> {
  const made = await sql<{ id: string; name: string }>`
    insert into areas (municipality_id, name)
    select ${kommunId}::uuid, n from unnest(${names}::text[]) with ordinality as x(n, i) order by i
    on conflict do nothing returning id, name`.execute(trx);
  return made.rows;
}

export async function setAreaName(trx: Db, id: string, name: string): Promise<void> {
  await trx.updateTable('areas').set({ name }).where('id', '=', id).execute();
}

export async function deleteAreaRow(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('areas').where('id', '=', id).execute();
}

// ---- surveys' area question and answers ----

/** The kommun's surveys that have an area question, locked, so a builder save cannot write older options back. */
export function surveysWithAreaQuestion(trx: Db, kommunId: string) {
  return trx
    .selectFrom('surveys')
    .select(['id', 'questions'])
    .where('municipality_id', '=', kommunId)
    .where(sql<boolean>`questions @> '[{"kind":"area"}]'::jsonb`)
    .orderBy('id')
    .forUpdate()
    .execute();
}

export async function setSurveyQuestions(trx: Db, surveyId: string, questions: unknown): Promise<void> {
  await trx
    .updateTable('surveys')
    .set({ questions: JSON.stringify(questions) })
    .where('id', '=', surveyId)
    .execute();
}

/**
 * Moves answers naming `fromId` in the area question of the kommun's surveys
 * to `toId`, stored ones and those waiting for their batch; returns how many moved.
 */
export async function moveSurveyAnswers(trx: Db, kommunId: string, fromId: string, toId: string): Promise<number> {
  let moved = 0;
  // The surveys' batch locks (src/db/sql/survey-answers.ts) first, as a batch takes them before its rows.
  await sql`select pg_advisory_xact_lock(hashtext('survey-answers:' || i), hashtext(s.id::text))
    from surveys s cross join generate_series(0, ${ANSWER_SHARDS - 1}) i
    where s.municipality_id = ${kommunId} order by s.id, i`.execute(trx);
  for (const table of [sql.table('survey_responses'), sql.table('survey_pending_answers')]) {
    const result = await sql`
      update ${table} r set answers = jsonb_set(r.answers, array[q.qid], to_jsonb(${toId}::text))
      from (select s.id, e ->> 'id' as qid from surveys s cross join lateral jsonb_array_elements(s.questions) e
            where s.municipality_id = ${kommunId} and e ->> 'kind' = 'area') q
      where r.survey_id = q.id and r.answers ->> q.qid = ${fromId}`.execute(trx);
    moved += Number(result.numAffectedRows ?? 0);
  }
  // The surveys' running counts (migration 0027) group by the area answered: counted afresh.
  if (moved > 0) {
    await sql`select rebuild_survey_answer_counts(s.id) from surveys s
      where s.municipality_id = ${kommunId} and exists (select 1 from survey_answer_counts c where c.survey_id = s.id)`.execute(
      trx,
    );
  }
  return moved;
}

// ---- dialogues titled by the area ----

/** EST reports of the area titled by week and the area's new name; returns the ids changed. */
export async function retitleEstReports(trx: Db, areaId: string, name: string): Promise<string[]> {
  const est = await sql<{ id: string }>`
    update dialogues set title = 'EST-rapport ' || week || ', ' || ${name}
    where area_id = ${areaId} and kind = 'est' and title <> 'EST-rapport ' || week || ', ' || ${name}
    returning id`.execute(trx);
  return est.rows.map((r) => r.id);
}

/** The area's other dialogues that have no place of their own (their title may have been made from the area's name). */
export function dialoguesTitledByArea(trx: Db, areaId: string) {
  return trx
    .selectFrom('dialogues')
    .select(['id', 'kind', 'date', 'title'])
    .where('area_id', '=', areaId)
    .where('kind', '<>', 'est')
    .where('place', 'is', null)
    .execute();
}

export async function setDialogueTitle(trx: Db, id: string, title: string): Promise<void> {
  await trx.updateTable('dialogues').set({ title }).where('id', '=', id).execute();
}

// ---- merging ----

/** Weeks in which one reporter filed an EST report for both areas. */
export function estReportClashes(trx: Db, duplicateId: string, keptId: string) {
  return trx
    .selectFrom('dialogues as a')
    .innerJoin('dialogues as b', (j) =>
      j.onRef('a.reporter_organisation_id', '=', 'b.reporter_organisation_id').onRef('a.week', '=', 'b.week'),
    )
    .innerJoin('organisations as o', 'o.id', 'a.reporter_organisation_id')
    .select(['a.week', 'o.name as reporter'])
    .where('a.kind', '=', 'est')
    .where('b.kind', '=', 'est')
    .where('a.area_id', '=', duplicateId)
    .where('b.area_id', '=', keptId)
    .orderBy('a.week')
    .execute();
}

/** Activities, dialogues and findings pointing to `from` point to `to`. */
export async function moveAreaReferences(trx: Db, from: string, to: string): Promise<void> {
  // An activity may already name both places: it keeps one row for the kept area.
  await sql`insert into activity_areas (activity_id, area_id)
    select activity_id, ${to}::uuid from activity_areas where area_id = ${from} on conflict do nothing`.execute(trx);
  await trx.deleteFrom('activity_areas').where('area_id', '=', from).execute();
  await trx.updateTable('dialogues').set({ area_id: to }).where('area_id', '=', from).execute();
  await trx.updateTable('dialogue_findings').set({ area_id: to }).where('area_id', '=', from).execute();
}

// ---- usage ----

export function activityCounts(db: Db, kommunId: string, areaIds: string[]) {
  return db
    .selectFrom('activity_areas as aa')
    .innerJoin('areas as a', 'a.id', 'aa.area_id')
    .select(['aa.area_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('a.municipality_id', '=', kommunId)
    .where('a.id', 'in', areaIds)
    .groupBy('aa.area_id')
    .execute();
}

export function dialogueCounts(db: Db, kommunId: string, areaIds: string[]) {
  return db
    .selectFrom('dialogues')
    .select(['area_id', 'kind', (eb) => eb.fn.countAll<string>().as('n')])
    .where('municipality_id', '=', kommunId)
    .where('area_id', 'in', areaIds)
    .groupBy(['area_id', 'kind'])
    .execute();
}

export function findingCounts(db: Db, kommunId: string, areaIds: string[]) {
  return db
    .selectFrom('dialogue_findings as f')
    .innerJoin('areas as a', 'a.id', 'f.area_id')
    .select(['f.area_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('a.municipality_id', '=', kommunId)
    .where('a.id', 'in', areaIds)
    .groupBy('f.area_id')
    .execute();
}

/** Answers (stored or waiting for their batch) to the area question of the kommun's surveys: the answer is the area's id under the question's id. */
export async function surveyAnswerCounts(db: Db, kommunId: string, areaIds: string[]) {
  const rows = await sql<{ area_id: string; n: string }>`
    select r.answers ->> q.qid as area_id, count(*) as n
    from (select s.id, e ->> 'id' as qid from surveys s cross join lateral jsonb_array_elements(s.questions) e
          where s.municipality_id = ${kommunId} and e ->> 'kind' = 'area') q
    join (select survey_id, answers from survey_responses union all select survey_id, answers from survey_pending_answers) r
      on r.survey_id = q.id
    where r.answers ->> q.qid = any(${areaIds}::text[])
    group by 1`.execute(db);
  return rows.rows;
}

/** Places (as text) of the commitments, not removed, of promise sets covering the kommun. */
export function kommunCommitmentPlaces(db: Db, kommunId: string) {
  return db
    .selectFrom('commitments as c')
    .innerJoin('promise_set_municipalities as m', 'm.promise_set_id', 'c.promise_set_id')
    .select(['c.id', 'c.places', 'c.targets'])
    .distinct()
    .where('m.organisation_id', '=', kommunId)
    .where('c.removed_at', 'is', null)
    .execute();
}
