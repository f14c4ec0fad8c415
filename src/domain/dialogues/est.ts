/**
 * EST (Effektiv samordning för trygghet): reporters from the kommun, the
 * police and housing companies report per area and ISO week against a short
 * checklist. Each item is answered 0 = inget, 1 = förekommer, 2 = påtagligt,
 * with an optional note. Items name the problem category they feed, so the
 * lägesbild can read EST alongside other findings.
 */
import { z } from 'zod';
import { dayNumberOf, formatDayNumber, isoWeekOf, mondayOf, parseIsoDate } from '../progress/dates.ts';
import { isAcceptedYear, shown } from '../iso-day.ts';
import { areaRefFields, findingInputSchema, kommunRef } from './dialogue.ts';
import { findingEditSchema } from './dialogue-edit.ts';

export interface EstChecklistItem {
  key: string;
  label: string;
  labelEn: string;
  /** The problem category (categories.ts) the item belongs to. */
  category: string;
}

export const EST_CHECKLIST: readonly EstChecklistItem[] = Object.freeze(
  [
    { key: 'klotter', label: 'Klotter', labelEn: 'Graffiti', category: 'skadegorelse' },
    { key: 'skadegorelse', label: 'Skadegörelse', labelEn: 'Vandalism', category: 'skadegorelse' },
    { key: 'nedskrapning', label: 'Nedskräpning', labelEn: 'Littering', category: 'ordningsstorningar' },
    { key: 'brander', label: 'Bränder', labelEn: 'Fires', category: 'skadegorelse' },
    { key: 'ungdomar_samlas', label: 'Ungdomar som samlas', labelEn: 'Young people gathering', category: 'ungdomar' },
    { key: 'narkotika', label: 'Narkotikaförekomst', labelEn: 'Drugs present', category: 'narkotika' },
    { key: 'otrygg_belysning', label: 'Otrygg belysning', labelEn: 'Poor lighting', category: 'otrygga_platser' },
    { key: 'hot_vald', label: 'Hot/våld', labelEn: 'Threats/violence', category: 'vald' },
  ].map((i) => Object.freeze(i)),
);

export const EST_LEVELS = Object.freeze([
  { level: 0, label: 'Inget', labelEn: 'None' },
  { level: 1, label: 'Förekommer', labelEn: 'Occurs' },
  { level: 2, label: 'Påtagligt', labelEn: 'Marked' },
] as const);

export function estLevelLabel(level: number): string {
  return EST_LEVELS.find((l) => l.level === level)?.label ?? String(level);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** Weeks in an ISO week-year: 28 December always lies in the last week. */
export function weeksInIsoYear(year: number): number {
  return isoWeekOf(dayNumberOf(year, 12, 28)).week;
}

/** '2026-W07' → its year, week and Monday; null for a week that does not exist. */
export function parseIsoWeek(value: unknown): { year: number; week: number; monday: string } | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > weeksInIsoYear(year)) return null;
  const week1Monday = mondayOf(dayNumberOf(year, 1, 4));
  return { year, week, monday: formatDayNumber(week1Monday + (week - 1) * 7) };
}

export function isoWeekKey(date: string): string {
  const { year, week } = isoWeekOf(parseIsoDate(date)!);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

export const isoWeekSchema = z.string().refine(
  (v) => {
    const w = parseIsoWeek(v);
    return w !== null && isAcceptedYear(w.year);
  },
  {
    error: (iss) => `Veckan "${shown(iss.input)}" finns inte; skriv år och vecka som ÅÅÅÅ-Wvv, till exempel 2026-W07`,
  },
);

const itemKeys = () => EST_CHECKLIST.map((i) => i.key).join(', ');

export const estAnswerSchema = z.object({
  level: z
    .number({ error: 'Svaret ska vara 0 (inget), 1 (förekommer) eller 2 (påtagligt)' })
    .int('Svaret ska vara 0, 1 eller 2')
    .min(0, 'Svaret ska vara 0 (inget), 1 (förekommer) eller 2 (påtagligt)')
    .max(2, 'Svaret ska vara 0 (inget), 1 (förekommer) eller 2 (påtagligt)'),
  note: z.string().trim().max(2000, 'Kommentaren får vara högst 2000 tecken').nullable().optional(),
});

/** Items left out count as 0 (inget): a quick report from a phone names only what was seen. */
export const estAnswersSchema = z
  .record(z.string(), estAnswerSchema)
  .refine((o) => Object.keys(o).every((k) => EST_CHECKLIST.some((i) => i.key === k)), {
    error: `Okänd punkt i EST-checklistan. Punkterna är: ${itemKeys()}`,
  });

export const estReportInputSchema = z.object({
  kommun: kommunRef,
  /** The reporting organisation (kommun, LPO, housing company …); defaults to the reporter's own. */
  reporterOrganisationId: z.uuid({ error: 'Rapportörens organisations-id är inte giltigt' }).nullable().optional(),
  week: isoWeekSchema,
  ...areaRefFields,
  answers: estAnswersSchema,
  note: z.string().trim().max(5000, 'Anteckningen får vara högst 5000 tecken').nullable().optional(),
  findings: z.array(findingInputSchema).max(100, 'Högst 100 iakttagelser per rapport').default([]),
});
export type EstReportInput = z.infer<typeof estReportInputSchema>;

/**
 * Replaces the answers and the note; the week, the area and the findings
 * change only when sent (findings: the complete list, stored ones by id).
 */
export const estReportUpdateSchema = estReportInputSchema.pick({ answers: true, note: true }).extend({
  week: isoWeekSchema.optional(),
  ...areaRefFields,
  findings: z.array(findingEditSchema).max(100, 'Högst 100 iakttagelser per rapport').optional(),
});
export type EstReportUpdate = z.infer<typeof estReportUpdateSchema>;

/** Every checklist item with its level (0 when left out), in checklist order. */
export function completeAnswers(
  answers: Record<string, { level: number; note?: string | null }>,
  checklist: readonly EstChecklistItem[] = EST_CHECKLIST,
): { item: string; level: number; note: string | null }[] {
  return checklist.map((i) => ({
    item: i.key,
    level: answers[i.key]?.level ?? 0,
    note: answers[i.key]?.note?.trim() || null,
  }));
}
