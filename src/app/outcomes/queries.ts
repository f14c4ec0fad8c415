/** The SQL of the outcomes feature, in one place. */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { CountPoint } from '../../domain/outcomes/compute.ts';
import type { IndicatorBody, IndicatorDefinition, IndicatorView } from '../../contracts/outcomes.ts';
import type { OutcomeKind } from '../../domain/outcomes/indicator.ts';

export interface SetFacts {
  id: string;
  status: string;
  periodFrom: string | null;
  periodTo: string | null;
  /** The kommuner the set covers: organisation ids and kommunkoder. */
  organisationIds: string[];
  codes: string[];
}

export async function setFacts(db: Db, setId: string): Promise<SetFacts | undefined> {
  const set = await db
    .selectFrom('promise_sets')
    .select(['id', 'status', 'period_from', 'period_to'])
    .where('id', '=', setId)
    .executeTakeFirst();
  if (!set) return undefined;
  const orgs = await db
    .selectFrom('promise_set_municipalities as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.code'])
    .where('m.promise_set_id', '=', setId)
    .orderBy('m.position')
    .execute();
  return {
    id: set.id,
    status: set.status,
    periodFrom: set.period_from,
    periodTo: set.period_to,
    organisationIds: orgs.map((o) => o.id),
    codes: orgs.map((o) => o.code).filter((c): c is string => !!c),
  };
}

type Row = {
  id: string;
  promise_set_id: string;
  position: number;
  title: string;
  kind: string;
  desired: string;
  definition: Record<string, unknown>;
  baseline_from: string | null;
  baseline_to: string | null;
  problem_category: string | null;
  demo: boolean;
};

export function toView(r: Row): IndicatorView {
  return {
    id: r.id,
    promiseSetId: r.promise_set_id,
    position: r.position,
    title: r.title,
    kind: r.kind as OutcomeKind,
    desired: r.desired as IndicatorView['desired'],
    definition: r.definition as IndicatorDefinition,
    baseline: r.baseline_from && r.baseline_to ? { from: r.baseline_from, to: r.baseline_to } : null,
    problemCategory: r.problem_category,
    demo: r.demo,
  };
}

const COLUMNS = [
  'id',
  'promise_set_id',
  'position',
  'title',
  'kind',
  'desired',
  'definition',
  'baseline_from',
  'baseline_to',
  'problem_category',
  'demo',
] as const;

export async function indicatorsOf(db: Db, setId: string): Promise<IndicatorView[]> {
  const rows = await db
    .selectFrom('outcome_indicators')
    .select(COLUMNS)
    .where('promise_set_id', '=', setId)
    .orderBy('position')
    .execute();
  return rows.map(toView);
}

export async function indicatorById(db: Db, id: string): Promise<IndicatorView | undefined> {
  const row = await db.selectFrom('outcome_indicators').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toView(row);
}

export async function insertIndicator(
  db: Db,
  setId: string,
  body: IndicatorBody & { title: string },
  demo = false,
): Promise<IndicatorView> {
  const last = await db
    .selectFrom('outcome_indicators')
    .select(sql<number>`coalesce(max(position), 0)`.as('p'))
    .where('promise_set_id', '=', setId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('outcome_indicators')
    .values({
      promise_set_id: setId,
      position: Number(last.p) + 1,
      title: body.title,
      kind: body.definition.kind,
      desired: body.desired,
      definition: JSON.stringify(body.definition),
      baseline_from: body.baseline?.from ?? null,
      baseline_to: body.baseline?.to ?? null,
      problem_category: body.problemCategory,
      demo,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toView(row);
}

export async function updateIndicatorRow(db: Db, id: string, next: IndicatorView, now: Date): Promise<IndicatorView> {
  const row = await db
    .updateTable('outcome_indicators')
    .set({
      title: next.title,
      kind: next.definition.kind,
      desired: next.desired,
      definition: JSON.stringify(next.definition),
      baseline_from: next.baseline?.from ?? null,
      baseline_to: next.baseline?.to ?? null,
      problem_category: next.problemCategory,
      updated_at: now,
    })
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return toView(row);
}

export async function deleteIndicatorRow(db: Db, id: string): Promise<void> {
  await db.deleteFrom('outcome_indicators').where('id', '=', id).execute();
}

export interface PointsWithSource {
  points: CountPoint[];
  demo: boolean;
}

/**
 * Yearly BRÅ counts of one category for a region (kommun "2514", län "25",
 * Riket "00"), each with that year's population; a year without a
 * population or a suppressed count is left out.
 */
export async function braPoints(db: Db, code: string, category: string): Promise<PointsWithSource> {
  const rows = await db
    .selectFrom('stats_crime_counts as c')
    .innerJoin('stats_population as p', (j) =>
      j.onRef('p.municipality_code', '=', 'c.municipality_code').onRef('p.year', '=', 'c.year'),
    )
    .select(['c.year', 'c.count', 'p.population', 'c.source'])
    .where('c.municipality_code', '=', code)
    .where('c.category', '=', category)
    .where('c.count', 'is not', null)
    .orderBy('c.year')
    .execute();
  return {
    points: rows.map((r) => ({
      from: `${r.year}-01-01`,
      to: `${r.year}-12-31`,
      count: Number(r.count),
      population: Number(r.population),
    })),
    demo: rows.some((r) => r.source.startsWith('demo')),
  };
}

/** Polisen's events of one category per month for a kommun, with the population of the month's year (or the latest before). */
export async function polisenPoints(db: Db, code: string, category: string): Promise<PointsWithSource> {
  const rows = await sql<{ month: string; n: string }>`
    select to_char(local_date, 'YYYY-MM') as month, count(*) as n from stats_police_events
    where municipality_code = ${code} and category = ${category}
    group by 1 order by 1`.execute(db);
  const pops = await db
    .selectFrom('stats_population')
    .select(['year', 'population'])
    .where('municipality_code', '=', code)
    .orderBy('year')
    .execute();
  const populationIn = (year: number) =>
    [...pops].reverse().find((p) => p.year <= year)?.population ?? pops[0]?.population;
  const points: CountPoint[] = [];
  for (const r of rows.rows) {
    const [y, m] = r.month.split('-').map(Number) as [number, number];
    const population = populationIn(y);
    if (!population) continue;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    points.push({
      from: `${r.month}-01`,
      to: `${r.month}-${String(last).padStart(2, '0')}`,
      count: Number(r.n),
      population: Number(population),
    });
  }
  return { points, demo: false };
}

/** Daily sums of one outcome key over a commitment's activities. */
export async function activityOutcomeDaily(
  db: Db,
  commitmentId: string,
  key: string,
): Promise<{ date: string; value: number }[]> {
  const rows = await sql<{ date: string; value: string }>`
    select date::text as date, sum((outcomes ->> ${key})::numeric) as value from activities
    where commitment_id = ${commitmentId} and jsonb_typeof(outcomes -> ${key}) = 'number'
    group by date order by date`.execute(db);
  return rows.rows.map((r) => ({ date: r.date, value: Number(r.value) }));
}

/** The kommun's surveys that were run (not drafts), with the day each round is dated by. */
export async function surveyRoundsOf(db: Db, organisationIds: string[]): Promise<{ id: string; date: string }[]> {
  if (!organisationIds.length) return [];
  const rows = await sql<{ id: string; date: string }>`
    select id, coalesce(closes_on, opens_on, published_at::date, created_at::date)::text as date from surveys
    where municipality_id in (${sql.join(organisationIds)}) and status <> 'draft' order by 2`.execute(db);
  return rows.rows;
}

export interface OutsideRow {
  year: number;
  value: number;
  answers: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  measure: string;
}

/** An outside survey's result for one statement over the years (outside_survey_results). */
export async function outsideRows(
  db: Db,
  organisationIds: string[],
  ref: { source: string; item: string; areaName: string | null },
): Promise<OutsideRow[]> {
  if (!organisationIds.length) return [];
  const rows = await sql<{
    year: number;
    value: string;
    answers: number | null;
    ci_low: string | null;
    ci_high: string | null;
    measure: string;
  }>`
    select year, value, answers, ci_low, ci_high, measure from outside_survey_results
    where municipality_id in (${sql.join(organisationIds)}) and source = ${ref.source} and lower(item) = lower(${ref.item})
      and ${ref.areaName === null ? sql`area_name is null` : sql`lower(area_name) = lower(${ref.areaName})`}
    order by year`.execute(db);
  return rows.rows.map((r) => ({
    year: r.year,
    value: Number(r.value),
    answers: r.answers,
    ciLow: r.ci_low === null ? null : Number(r.ci_low),
    ciHigh: r.ci_high === null ? null : Number(r.ci_high),
    measure: r.measure,
  }));
}

/** A follow-up's period, when it belongs to the set. */
export async function followUpWindow(
  db: Db,
  setId: string,
  followUpId: string,
): Promise<{ from: string; to: string } | undefined> {
  const f = await db
    .selectFrom('follow_ups')
    .select(['period_from', 'period_to'])
    .where('id', '=', followUpId)
    .where('promise_set_id', '=', setId)
    .executeTakeFirst();
  return f && { from: f.period_from, to: f.period_to };
}

/**
 * The lägesbild problems (any year, latest first) that the set's promises
 * answer, each with the numbers of those promises in the set's order.
 */
export async function problemsAnsweredBy(
  db: Db,
  setId: string,
  organisationIds: string[],
): Promise<{ category: string; year: number; promiseNumbers: number[] }[]> {
  if (!organisationIds.length) return [];
  const commitments = await db
    .selectFrom('commitments as c')
    .innerJoin('focus_areas as f', 'f.id', 'c.focus_area_id')
    .select(['c.id'])
    .where('c.promise_set_id', '=', setId)
    .where('c.removed_at', 'is', null)
    .orderBy('f.position')
    .orderBy('c.position')
    .execute();
  const number = new Map(commitments.map((c, i) => [c.id, i + 1]));
  const rows = await db
    .selectFrom('situation_problems as p')
    .innerJoin('situation_pictures as s', 's.id', 'p.picture_id')
    .select(['p.category', 's.year', 'p.commitment_ids'])
    .where('s.municipality_id', 'in', organisationIds)
    .orderBy('s.year', 'desc')
    .execute();
  const seen = new Set<string>();
  const out: { category: string; year: number; promiseNumbers: number[] }[] = [];
  for (const r of rows) {
    const numbers = (r.commitment_ids as string[]).map((id) => number.get(id)).filter((n): n is number => !!n);
    if (!numbers.length || seen.has(r.category)) continue;
    seen.add(r.category);
    out.push({ category: r.category, year: r.year, promiseNumbers: [...new Set(numbers)].sort((a, b) => a - b) });
  }
  return out;
}
