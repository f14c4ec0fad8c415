/**
 * The LPO page and the national page: per kommun its published promise set,
 * how many commitments it has and how they stand, and what is most often
 * promised. Progress of all sets comes from one activity query.
 */
import type { Deps } from '../deps.ts';
import type { CommitmentStatus } from '../../domain/progress/index.ts';
import { activityTotals, progressOf } from '../activities/progress.ts';
import { shownFigure } from '../../domain/progress/figure.ts';
import { countThemes, type ThemeCount } from './themes.ts';
import { todayOf } from './published.ts';
import { arrangePromises } from '../../domain/promise-timing.ts';
import {
  commitmentsOfSets,
  kommunRowsOf,
  type KommunSetRow,
  policeAreaBySlug,
  policeAreasWithPage,
  publishedSetsOfKommuner,
} from './queries/published.ts';

export type StatusCounts = Record<CommitmentStatus, number>;

export interface KommunStatusRow {
  kommun: { id: string; name: string; slug: string; code: string; active: boolean };
  /** The promise in force today; null when none is (the row then says so). */
  set: { id: string; title: string | null; period: { from: string; to: string | null } | null } | null;
  /** Without a current promise: the one that ended last, so the row can say when. */
  lastEnded: { id: string; title: string | null; endedOn: string | null } | null;
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
  const rows = await kommunRowsOf(deps.db, policeAreaId);
  return rows.map((r) => ({ id: r.id, name: r.name, slug: r.slug ?? '', code: r.code ?? '', active: r.active }));
}

type SetRow = KommunSetRow;

async function publishedSets(deps: Deps, kommunIds: string[]): Promise<SetRow[]> {
  return publishedSetsOfKommuner(deps.db, kommunIds);
}

const timedRow = (s: SetRow) => ({
  period: s.period_from ? { from: s.period_from, to: s.period_to } : null,
  closed: s.status === 'closed',
  publishedAt: s.published_at,
});

/** Per kommun: the promise in force today, else the one that ended last (domain/promise-timing.ts decides). */
function setsByKommun(sets: SetRow[], today: string): Map<string, { current?: SetRow; lastEnded?: SetRow }> {
  const byKommun = new Map<string, SetRow[]>();
  for (const s of sets) byKommun.set(s.organisation_id, [...(byKommun.get(s.organisation_id) ?? []), s]);
  const out = new Map<string, { current?: SetRow; lastEnded?: SetRow }>();
  for (const [id, own] of byKommun) {
    const arranged = arrangePromises(own, today, timedRow);
    out.set(id, { current: arranged.current[0], lastEnded: arranged.ended[0] });
  }
  return out;
}

async function commitmentsOf(deps: Deps, setIds: string[]) {
  return commitmentsOfSets(deps.db, setIds);
}

async function overviewOf(deps: Deps, kommuner: KommunRow[]): Promise<OverviewView> {
  const at = todayOf(deps);
  const byKommun = setsByKommun(
    await publishedSets(
      deps,
      kommuner.map((k) => k.id),
    ),
    at,
  );
  // Only promises in force are counted: an ended one's progress is history, told on the kommun's page.
  const sets = [...byKommun.values()].flatMap((k) => (k.current ? [k.current] : []));
  const setIds = [...new Set(sets.map((s) => s.id))];
  const commitments = await commitmentsOf(deps, setIds);
  const totals = await activityTotals(deps.db, setIds, at);
  const setById = new Map(sets.map((s) => [s.id, s]));
  const statusBySet = new Map<string, StatusCounts>();
  for (const c of commitments) {
    const s = setById.get(c.promise_set_id)!;
    const period = s.period_from ? { from: s.period_from, to: s.period_to } : null;
    const counts = statusBySet.get(s.id) ?? emptyCounts();
    // The status a resident reads on the kommun page for this commitment (progress/figure.ts).
    const progress = progressOf(c.target, period, totals.get(c.id) ?? [], at);
    counts[shownFigure(c.target, progress, at, period?.from ?? null).status]++;
    statusBySet.set(s.id, counts);
  }
  const rows: KommunStatusRow[] = kommuner.map((kommun) => {
    const s = byKommun.get(kommun.id)?.current;
    const ended = s ? undefined : byKommun.get(kommun.id)?.lastEnded;
    const counts = s ? (statusBySet.get(s.id) ?? emptyCounts()) : emptyCounts();
    return {
      kommun,
      lastEnded: ended ? { id: ended.id, title: ended.title, endedOn: ended.period_to } : null,
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
  const lpo = await policeAreaBySlug(deps.db, slug);
  if (!lpo) return undefined;
  const view = await overviewOf(deps, await kommunerOf(deps, lpo.id));
  return { ...view, policeArea: { id: lpo.id, name: lpo.name, slug: lpo.slug ?? slug } };
}

/** Police areas that have a public page, for links from the national page. */
export async function listPoliceAreas(deps: Deps): Promise<{ name: string; slug: string }[]> {
  const rows = await policeAreasWithPage(deps.db);
  return rows.map((r) => ({ name: r.name, slug: r.slug! }));
}
