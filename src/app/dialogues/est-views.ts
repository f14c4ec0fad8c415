/** The coordinators' EST views: reports merged per area and week, and the areas most in need over a quarter or tertial. */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { AppError } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { parseIsoWeek } from '../../domain/dialogues/est.ts';
import { mergeEstReports, periodRange, rankAreas, type EstReportRow } from '../../domain/dialogues/est-merge.ts';
import { addDays } from '../../domain/progress/dates.ts';
import { assertMayReadKommun, resolveKommun } from './context.ts';
import { estRowsBetween } from './queries/est.ts';
import type {
  EstSummary as EstSummaryView,
  EstSummaryQuery,
  EstWeekly,
  EstWeeklyQuery,
  MergedAreaWeek,
} from '../../contracts/est.ts';

export type { EstSummaryQuery, EstWeekly, EstWeeklyQuery } from '../../contracts/est.ts';
/** The period summary as other use cases read it (the lägesbild), without the kommun and period of the route's answer. */
export type EstSummary = Omit<EstSummaryView, 'kommun' | 'period'>;

/** Reports whose week's Thursday lies in [from, to]. */
async function estRows(db: Db, kommunId: string, from: string, to: string, areaId?: string): Promise<EstReportRow[]> {
  const rows = await estRowsBetween(db, kommunId, from, to, areaId);
  return rows.map((r) => ({
    reportId: r.id,
    areaId: r.area_id!,
    areaName: r.area_name,
    week: r.week!,
    weekStart: r.date,
    reporter: { id: r.reporter_organisation_id!, name: r.reporter_name },
    answers: r.answers.map((a) => ({ item: a.item, level: Number(a.level), note: a.note })),
    note: r.note,
  }));
}

function weekRange(q: EstWeeklyQuery): { from: string; to: string } {
  const from = q.week ?? q.from;
  const to = q.week ?? q.to ?? from;
  if (!from || !to) {
    throw new AppError(
      'validation_failed',
      'Ange en vecka (week) eller ett intervall av veckor (from, to)',
      'Give a week (week) or a range of weeks (from, to)',
      { field: 'week' },
    );
  }
  if (to < from)
    throw new AppError(
      'validation_failed',
      'Sista veckan ligger före den första',
      'The last week is before the first',
      { field: 'to' },
    );
  return { from, to };
}

/** Reports of the same area and week merged: highest and summed level per item, who reported and their notes. */
export async function estWeekly(deps: Deps, actor: Actor, q: EstWeeklyQuery): Promise<EstWeekly> {
  const kommun = await resolveKommun(deps.db, q.kommun);
  assertMayReadKommun(actor, kommun);
  const range = weekRange(q);
  const thursday = (w: string) => addDays(parseIsoWeek(w)!.monday, 3);
  const merged = mergeEstReports(await estRows(deps.db, kommun.id, thursday(range.from), thursday(range.to), q.areaId));
  const weeks = new Map<string, { week: string; weekStart: string; areas: MergedAreaWeek[] }>();
  for (const m of merged) {
    const w = weeks.get(m.week) ?? { week: m.week, weekStart: m.weekStart, areas: [] };
    weeks.set(m.week, w);
    w.areas.push(m);
  }
  return { kommun, from: range.from, to: range.to, weeks: [...weeks.values()] };
}

/**
 * The areas most in need between two days (weeks counted by their
 * Thursday). No authorisation: for use cases that have already checked it,
 * such as the lägesbild.
 */
export async function estSummaryFor(deps: Deps, municipalityId: string, from: string, to: string): Promise<EstSummary> {
  const rows = await estRows(deps.db, municipalityId, from, to);
  const merged = mergeEstReports(rows);
  return {
    municipalityId,
    from,
    to,
    weekCount: new Set(rows.map((r) => r.week)).size,
    reportCount: rows.length,
    areas: rankAreas(merged),
  };
}

export async function estSummary(deps: Deps, actor: Actor, q: EstSummaryQuery): Promise<EstSummaryView> {
  const kommun = await resolveKommun(deps.db, q.kommun);
  assertMayReadKommun(actor, kommun);
  const range = q.period ? periodRange(q.period) : q.from && q.to ? { from: q.from, to: q.to } : null;
  if (!range) {
    throw new AppError(
      'validation_failed',
      'Ange perioden som år (2026), halvår (2026-H1), tertial (2026-T2) eller kvartal (2026-Q3), eller med from och to',
      'Give the period as year (2026), half year (2026-H1), tertial (2026-T2) or quarter (2026-Q3), or with from and to',
      { field: 'period' },
    );
  }
  if (range.to < range.from)
    throw new AppError(
      'validation_failed',
      'Periodens slut ligger före dess början',
      'The period ends before it starts',
    );
  return { kommun, period: q.period ?? null, ...(await estSummaryFor(deps, kommun.id, range.from, range.to)) };
}
