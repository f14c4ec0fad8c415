/**
 * Contract of EST reports (Effektiv samordning för trygghet): /api/v1/est.
 * The report bodies are the domain's schemas (Swedish messages); the merged
 * weekly picture and the areas' need are computed in the domain, which
 * declares their shapes (est-merge.ts); they are named here with the rest.
 */
import { z } from 'zod';
import { KommunRefView } from './areas.ts';
import { FindingView, NamedRef } from './dialogues.ts';
import { isoDate, kommunRef } from '../domain/dialogues/dialogue.ts';
import { estReportInputSchema, estReportUpdateSchema, isoWeekSchema } from '../domain/dialogues/est.ts';
import { AreaNeed, MergedAreaWeek } from '../domain/dialogues/est-merge.ts';

export const EstReportListQuery = z.object({
  kommun: kommunRef.optional(),
  week: isoWeekSchema.optional(),
  areaId: z.uuid().optional(),
});
export type EstReportFilter = z.infer<typeof EstReportListQuery>;

export const EstWeeklyQuery = z.object({
  kommun: kommunRef,
  week: isoWeekSchema.optional(),
  from: isoWeekSchema.optional(),
  to: isoWeekSchema.optional(),
  areaId: z.uuid().optional(),
});
export type EstWeeklyQuery = z.infer<typeof EstWeeklyQuery>;

export const EstSummaryQuery = z.object({
  kommun: kommunRef,
  period: z.string().max(10).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type EstSummaryQuery = z.infer<typeof EstSummaryQuery>;

export const EstReportBody = estReportInputSchema;
export type EstReportInput = z.infer<typeof EstReportBody>;
export type EstReportBody = z.input<typeof EstReportBody>;
export const EstReportUpdateBody = estReportUpdateSchema;
export type EstReportUpdate = z.infer<typeof EstReportUpdateBody>;
export type EstReportUpdateBody = z.input<typeof EstReportUpdateBody>;

const level = z.number().int().min(0).max(2);
const count = z.number().int().nonnegative();
const week = z.string().describe('ÅÅÅÅ-Wvv');
const day = z.string().describe('ÅÅÅÅ-MM-DD');

export const EstChecklist = z.object({
  items: z.array(z.object({ key: z.string(), label: z.string(), labelEn: z.string(), category: z.string() })),
  levels: z.array(z.object({ level, label: z.string(), labelEn: z.string() })),
});
export type EstChecklist = z.infer<typeof EstChecklist>;

export const EstReportView = z.object({
  id: z.uuid(),
  kommun: KommunRefView,
  reporter: NamedRef,
  week,
  /** The Monday of the week. */
  weekStart: day,
  area: NamedRef,
  answers: z.array(
    z.object({ key: z.string(), label: z.string(), level, levelLabel: z.string(), note: z.string().nullable() }),
  ),
  /** Sum of the levels: a quick measure of how much was seen. */
  total: count,
  note: z.string().nullable(),
  findings: z.array(FindingView),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EstReportView = z.infer<typeof EstReportView>;

export const EstReportList = z.object({ reports: z.array(EstReportView) });
export type EstReportList = z.infer<typeof EstReportList>;

export { AreaNeed, MergedAreaWeek, ReporterNote } from '../domain/dialogues/est-merge.ts';

export const EstWeekly = z.object({
  kommun: KommunRefView,
  from: week,
  to: week,
  weeks: z.array(z.object({ week, weekStart: day, areas: z.array(MergedAreaWeek) })),
});
export type EstWeekly = z.infer<typeof EstWeekly>;

export const EstSummary = z.object({
  kommun: KommunRefView,
  /** The period asked for ('2026-Q3'), null when given by from and to. */
  period: z.string().nullable(),
  municipalityId: z.uuid(),
  from: day,
  to: day,
  weekCount: count,
  reportCount: count,
  /** Ranked by need, highest total first. */
  areas: z.array(AreaNeed),
});
export type EstSummary = z.infer<typeof EstSummary>;
