/**
 * How much each of a kommun's areas is used. By id: activities
 * (activity_areas), dialogues and walks, EST reports, findings, and
 * survey answers to the area question. By name: commitments of the
 * kommun's promise sets, whose places are text in the promise document
 * (areas are made from them, never linked back).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { areaNameKey, NO_USAGE, type AreaUsage } from '../../domain/areas/areas.ts';

type Counts = Map<string, AreaUsage>;

function add(counts: Counts, areaId: string | null, kind: keyof AreaUsage, n: number | string): void {
  if (!areaId) return;
  const usage = counts.get(areaId);
  if (usage) usage[kind] += Number(n);
}

async function countActivities(db: Db, kommunId: string, counts: Counts): Promise<void> {
  const rows = await db
    .selectFrom('activity_areas as aa')
    .innerJoin('areas as a', 'a.id', 'aa.area_id')
    .select(['aa.area_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('a.municipality_id', '=', kommunId)
    .where('a.id', 'in', [...counts.keys()])
    .groupBy('aa.area_id')
    .execute();
  for (const r of rows) add(counts, r.area_id, 'activities', r.n);
}

async function countDialogues(db: Db, kommunId: string, counts: Counts): Promise<void> {
  const rows = await db
    .selectFrom('dialogues')
    .select(['area_id', 'kind', (eb) => eb.fn.countAll<string>().as('n')])
    .where('municipality_id', '=', kommunId)
    .where('area_id', 'in', [...counts.keys()])
    .groupBy(['area_id', 'kind'])
    .execute();
  for (const r of rows) add(counts, r.area_id, r.kind === 'est' ? 'estReports' : 'dialogues', r.n);
  const findings = await db
    .selectFrom('dialogue_findings as f')
    .innerJoin('areas as a', 'a.id', 'f.area_id')
    .select(['f.area_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('a.municipality_id', '=', kommunId)
    .where('a.id', 'in', [...counts.keys()])
    .groupBy('f.area_id')
    .execute();
  for (const r of findings) add(counts, r.area_id, 'findings', r.n);
}

/** Answers (stored or waiting for their batch) to the area question of the kommun's surveys: the answer is the area's id under the question's id. */
async function countSurveyAnswers(db: Db, kommunId: string, counts: Counts): Promise<void> {
  const rows = await sql<{ area_id: string; n: string }>`
    select r.answers ->> q.qid as area_id, count(*) as n
    from (select s.id, e ->> 'id' as qid from surveys s cross join lateral jsonb_array_elements(s.questions) e
          where s.municipality_id = ${kommunId} and e ->> 'kind' = 'area') q
    join (select survey_id, answers from survey_responses union all select survey_id, answers from survey_pending_answers) r
      on r.survey_id = q.id
    where r.answers ->> q.qid = any(${[...counts.keys()]}::text[])
    group by 1`.execute(db);
  for (const r of rows.rows) add(counts, r.area_id, 'surveyAnswers', r.n);
}

/** Commitments (not removed) of promise sets covering the kommun that name the area as a place or a target's place. */
async function countCommitments(db: Db, kommunId: string, counts: Counts, names: Map<string, string>): Promise<void> {
  const rows = await db
    .selectFrom('commitments as c')
    .innerJoin('promise_set_municipalities as m', 'm.promise_set_id', 'c.promise_set_id')
    .select(['c.id', 'c.places', 'c.targets'])
    .distinct()
    .where('m.organisation_id', '=', kommunId)
    .where('c.removed_at', 'is', null)
    .execute();
  for (const r of rows) {
    const places = [
      ...(r.places as unknown as string[]),
      ...(r.targets as unknown as { place?: string | null }[]).map((t) => t.place ?? ''),
    ];
    const ids = new Set(
      places
        .filter(Boolean)
        .map((p) => names.get(areaNameKey(p)))
        .filter((id): id is string => !!id),
    );
    for (const id of ids) add(counts, id, 'commitments', 1);
  }
}

/** Usage of the given areas of one kommun: all of its areas for the list, one or two when deleting or merging. */
export async function usageOf(
  db: Db,
  kommunId: string,
  areas: readonly { id: string; name: string }[],
): Promise<Counts> {
  const counts: Counts = new Map(areas.map((a) => [a.id, { ...NO_USAGE }]));
  if (!areas.length) return counts;
  const names = new Map(areas.map((a) => [areaNameKey(a.name), a.id]));
  await countActivities(db, kommunId, counts);
  await countDialogues(db, kommunId, counts);
  await countSurveyAnswers(db, kommunId, counts);
  await countCommitments(db, kommunId, counts, names);
  return counts;
}
