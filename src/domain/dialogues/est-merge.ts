/**
 * The coordinators' EST picture: reports of the same area and week merged
 * into one (highest and summed level per item, who reported, their notes),
 * and for a quarter or tertial the areas ranked by need.
 *
 * Ranking uses the merged weeks, not the raw reports: an area's total is the
 * sum over its weeks of each item's highest level, so an area reported by
 * three organisations is not ranked above one reported by a single
 * organisation just for having more reporters.
 */
import { z } from 'zod';
import { parseIsoDate, formatDayNumber, dayNumberOf, daysInMonth } from '../progress/dates.ts';
import { EST_CHECKLIST, type EstChecklistItem } from './est.ts';

export interface EstReportRow {
  reportId: string;
  areaId: string;
  areaName: string;
  week: string;
  weekStart: string;
  reporter: { id: string; name: string };
  answers: { item: string; level: number; note: string | null }[];
  note: string | null;
}

const count = z.number().int().nonnegative();
const level = z.number().int().min(0).max(2);
const reporter = z.object({ id: z.uuid(), name: z.string() });

export const ReporterNote = z.object({ reporter: z.string(), note: z.string() });
export type ReporterNote = z.infer<typeof ReporterNote>;

export const MergedItem = z.object({
  key: z.string(),
  label: z.string(),
  /** The highest level any reporter gave. */
  max: level,
  sum: count,
  notes: z.array(ReporterNote),
});
export type MergedItem = z.infer<typeof MergedItem>;

/** The reports of one area and week as one (the API answers with this shape: contracts/est.ts). */
export const MergedAreaWeek = z.object({
  areaId: z.uuid(),
  areaName: z.string(),
  week: z.string().describe('ÅÅÅÅ-Wvv'),
  /** The Monday of the week. */
  weekStart: z.string().describe('ÅÅÅÅ-MM-DD'),
  reporters: z.array(reporter),
  reportCount: count,
  items: z.array(MergedItem),
  /** Sum over items of the highest level reported. */
  total: count,
  notes: z.array(ReporterNote),
});
export type MergedAreaWeek = z.infer<typeof MergedAreaWeek>;

function emptyGroup(r: EstReportRow, checklist: readonly EstChecklistItem[]): MergedAreaWeek {
  return {
    areaId: r.areaId,
    areaName: r.areaName,
    week: r.week,
    weekStart: r.weekStart,
    reporters: [],
    reportCount: 0,
    items: checklist.map((i) => ({ key: i.key, label: i.label, max: 0, sum: 0, notes: [] })),
    total: 0,
    notes: [],
  };
}

export function mergeEstReports(
  rows: readonly EstReportRow[],
  checklist: readonly EstChecklistItem[] = EST_CHECKLIST,
): MergedAreaWeek[] {
  const groups = new Map<string, MergedAreaWeek>();
  for (const r of rows) {
    const key = `${r.areaId}|${r.week}`;
    const g = groups.get(key) ?? emptyGroup(r, checklist);
    groups.set(key, g);
    g.reportCount += 1;
    if (!g.reporters.some((x) => x.id === r.reporter.id)) g.reporters.push(r.reporter);
    if (r.note) g.notes.push({ reporter: r.reporter.name, note: r.note });
    for (const a of r.answers) {
      const item = g.items.find((i) => i.key === a.item);
      if (!item) continue;
      item.max = Math.max(item.max, a.level);
      item.sum += a.level;
      if (a.note) item.notes.push({ reporter: r.reporter.name, note: a.note });
    }
  }
  const merged = [...groups.values()];
  for (const g of merged) {
    g.total = g.items.reduce((s, i) => s + i.max, 0);
    g.reporters.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
  return merged.sort(
    (a, b) => a.weekStart.localeCompare(b.weekStart) || b.total - a.total || a.areaName.localeCompare(b.areaName, 'sv'),
  );
}

/** An area's need over a period (the API answers with this shape: contracts/est.ts). */
export const AreaNeed = z.object({
  rank: z.number().int().positive(),
  areaId: z.uuid(),
  areaName: z.string(),
  /** Sum over the area's weeks of the merged weekly totals. */
  total: count,
  weeksReported: count,
  reportCount: count,
  /** Per item: summed weekly highest level and the number of weeks it was seen at all. */
  items: z.array(z.object({ key: z.string(), label: z.string(), total: count, weeksObserved: count })),
  /** The items that weigh most, for the coordinators' analysis (at most three, only those seen). */
  topItems: z.array(z.string()),
});
export type AreaNeed = z.infer<typeof AreaNeed>;

export function rankAreas(
  merged: readonly MergedAreaWeek[],
  checklist: readonly EstChecklistItem[] = EST_CHECKLIST,
): AreaNeed[] {
  const byArea = new Map<string, AreaNeed>();
  for (const g of merged) {
    const a = byArea.get(g.areaId) ?? {
      rank: 0,
      areaId: g.areaId,
      areaName: g.areaName,
      total: 0,
      weeksReported: 0,
      reportCount: 0,
      items: checklist.map((i) => ({ key: i.key, label: i.label, total: 0, weeksObserved: 0 })),
      topItems: [],
    };
    byArea.set(g.areaId, a);
    a.total += g.total;
    a.weeksReported += 1;
    a.reportCount += g.reportCount;
    for (const i of g.items) {
      const item = a.items.find((x) => x.key === i.key);
      if (!item) continue;
      item.total += i.max;
      if (i.max > 0) item.weeksObserved += 1;
    }
  }
  const areas = [...byArea.values()];
  for (const a of areas) {
    a.topItems = a.items
      .filter((i) => i.total > 0)
      .sort((x, y) => y.total - x.total || y.weeksObserved - x.weeksObserved)
      .slice(0, 3)
      .map((i) => i.key);
  }
  areas.sort(
    (x, y) => y.total - x.total || y.weeksReported - x.weeksReported || x.areaName.localeCompare(y.areaName, 'sv'),
  );
  areas.forEach((a, i) => {
    a.rank = i + 1;
  });
  return areas;
}

/** A week belongs to the period that holds its Thursday, as an ISO week belongs to the year holding its Thursday. */
export function weekInRange(weekStart: string, from: string, to: string): boolean {
  const thursday = formatDayNumber(parseIsoDate(weekStart)! + 3);
  return thursday >= from && thursday <= to;
}

const PERIOD_MONTHS: Record<string, number> = { Q: 3, T: 4, H: 6 };

/** '2026' (year), '2026-H1' (half year), '2026-T2' (tertial: Jan–Apr, May–Aug, Sep–Dec), '2026-Q3' (quarter) → first and last day. */
export function periodRange(period: string): { from: string; to: string } | null {
  const m = /^(\d{4})(?:-([QTH])(\d))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  const months = PERIOD_MONTHS[m[2]]!;
  const n = Number(m[3]);
  if (n < 1 || n > 12 / months) return null;
  const firstMonth = (n - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    from: formatDayNumber(dayNumberOf(year, firstMonth, 1)),
    to: formatDayNumber(dayNumberOf(year, lastMonth, daysInMonth(year, lastMonth))),
  };
}
