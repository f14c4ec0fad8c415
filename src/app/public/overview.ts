/**
 * The LPO page and the national page: per kommun its published promise set,
 * how many commitments it has and how they stand, and what is most often
 * promised. Progress of all sets comes from one activity query.
 */
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import type { Target } from '../../domain/promise-document.ts';
import type { CommitmentStatus } from '../../domain/progress/index.ts';
import { activityTotals, progressOf } from '../activities/progress.ts';
import { countThemes, type ThemeCount } from './themes.ts';
import { todayOf } from './published.ts';

export type StatusCounts = Record<CommitmentStatus, number>;

export interface KommunStatusRow {
  kommun: { id: string; name: string; slug: string; code: string; active: boolean };
  set: { id: string; title: string | null; period: { from: string; to: string | null } | null } | null;
  commitments: number;
  counts: StatusCounts;
}

export interface OverviewView {
  at: string;
  rows: KommunStatusRow[];
  totals: StatusCounts & { commitments: number; kommuner: number };
  themes: ThemeCount[];
}

const emptyCounts = (): StatusCounts => ({ met: 0, on_track: 0, at_risk: 0, missed: 0, not_measurable: 0 });

type KommunRow = KommunStatusRow['kommun'];

/** The kommuner of an LPO, or (null) every kommun that uses the product or has a published set. */
async function kommunerOf(deps: Deps, policeAreaId: string | null): Promise<KommunRow[]> {
  const rows = await sql<{ id: string; name: string; slug: string | null; code: string | null; active: boolean }>`
    select o.id, o.name, o.slug, o.code, o.active from organisations o
    where o.kind = 'municipality' and ${
      policeAreaId
        ? sql`o.id in (select covered_id from organisation_coverage where organisation_id = ${policeAreaId})`
        : sql`(o.active or o.id in (select m.organisation_id from promise_set_municipalities m
          join promise_sets p on p.id = m.promise_set_id where p.status = 'published'))`
    }
    order by o.name`.execute(deps.db);
  return rows.rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug ?? '', code: r.code ?? '', active: r.active }));
}

interface SetRow {
  organisation_id: string;
  id: string;
  title: string | null;
  period_from: string | null;
  period_to: string | null;
}
interface CommitmentRow {
  id: string;
  promise_set_id: string;
  text: string;
  target: Target;
  focus_area: string;
}

async function publishedSets(deps: Deps, kommunIds: string[]): Promise<SetRow[]> {
  if (!kommunIds.length) return [];
  const rows = await sql<SetRow>`
    select distinct on (m.organisation_id) m.organisation_id, p.id, p.title, p.period_from::text, p.period_to::text
    from promise_sets p join promise_set_municipalities m on m.promise_set_id = p.id
    where p.status = 'published' and p.published_at is not null and m.organisation_id in (${sql.join(kommunIds)})
    order by m.organisation_id, p.published_at desc`.execute(deps.db);
  return rows.rows;
}

async function commitmentsOf(deps: Deps, setIds: string[]): Promise<CommitmentRow[]> {
  if (!setIds.length) return [];
  const rows = await sql<CommitmentRow>`
    select c.id, c.promise_set_id, c.text, c.target, f.title as focus_area
    from commitments c join focus_areas f on f.id = c.focus_area_id
    where c.promise_set_id in (${sql.join(setIds)}) and c.removed_at is null and f.removed_at is null
    order by f.position, c.position`.execute(deps.db);
  return rows.rows;
}

async function overviewOf(deps: Deps, kommuner: KommunRow[]): Promise<OverviewView> {
  const at = todayOf(deps);
  const sets = await publishedSets(
    deps,
    kommuner.map((k) => k.id),
  );
  const setIds = [...new Set(sets.map((s) => s.id))];
  const commitments = await commitmentsOf(deps, setIds);
  const totals = await activityTotals(deps.db, setIds, at);
  const setById = new Map(sets.map((s) => [s.id, s]));
  const statusBySet = new Map<string, StatusCounts>();
  for (const c of commitments) {
    const s = setById.get(c.promise_set_id)!;
    const period = s.period_from ? { from: s.period_from, to: s.period_to } : null;
    const counts = statusBySet.get(s.id) ?? emptyCounts();
    counts[progressOf(c.target, period, totals.get(c.id) ?? [], at).status]++;
    statusBySet.set(s.id, counts);
  }
  const setOfKommun = new Map(sets.map((s) => [s.organisation_id, s]));
  const rows: KommunStatusRow[] = kommuner.map((kommun) => {
    const s = setOfKommun.get(kommun.id);
    const counts = s ? (statusBySet.get(s.id) ?? emptyCounts()) : emptyCounts();
    return {
      kommun,
      counts,
      commitments: Object.values(counts).reduce((a, b) => a + b, 0),
      set: s
        ? { id: s.id, title: s.title, period: s.period_from ? { from: s.period_from, to: s.period_to } : null }
        : null,
    };
  });
  const sum = emptyCounts();
  for (const counts of statusBySet.values())
    for (const k of Object.keys(sum) as CommitmentStatus[]) sum[k] += counts[k];
  const kommunIdsOfSet = (setId: string) => sets.filter((s) => s.id === setId).map((s) => s.organisation_id);
  return {
    at,
    rows,
    totals: { ...sum, commitments: commitments.length, kommuner: rows.filter((r) => r.set).length },
    themes: countThemes(
      commitments.map((c) => ({ text: c.text, focusArea: c.focus_area, kommunIds: kommunIdsOfSet(c.promise_set_id) })),
    ),
  };
}

export async function nationalOverview(deps: Deps): Promise<OverviewView> {
  return overviewOf(deps, await kommunerOf(deps, null));
}

export interface PoliceAreaOverview extends OverviewView {
  policeArea: { id: string; name: string; slug: string };
}

export async function policeAreaOverview(deps: Deps, slug: string): Promise<PoliceAreaOverview | undefined> {
  const lpo = await deps.db
    .selectFrom('organisations')
    .select(['id', 'name', 'slug'])
    .where('kind', '=', 'police_area')
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!lpo) return undefined;
  const view = await overviewOf(deps, await kommunerOf(deps, lpo.id));
  return { ...view, policeArea: { id: lpo.id, name: lpo.name, slug: lpo.slug ?? slug } };
}

/** Police areas that have a public page, for links from the national page. */
export async function listPoliceAreas(deps: Deps): Promise<{ name: string; slug: string }[]> {
  const rows = await deps.db
    .selectFrom('organisations')
    .select(['name', 'slug'])
    .where('kind', '=', 'police_area')
    .where('active', '=', true)
    .where('slug', 'is not', null)
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ name: r.name, slug: r.slug! }));
}
