/**
 * How findings from dialogues, safety walks and EST reports are classified:
 * the problem category and how serious the problem is. The category list is
 * a plain array passed into the checks (defaulting to this constant) so it
 * can later come from the database when kommuner may edit it. This is the
 * one list: the API serves it and the staff app takes its words from it.
 */
import type { Labelled, SeriousnessLevel } from './shapes.ts';

/** A problem category: its key is stable, stored in the database, ASCII so it is safe in URLs and CSV. */
export type ProblemCategory = Labelled;
export type { SeriousnessLevel };

export const PROBLEM_CATEGORIES: readonly ProblemCategory[] = Object.freeze(
  [
    { key: 'narkotika', label: 'Narkotika', labelEn: 'Drugs' },
    { key: 'trafik', label: 'Trafik', labelEn: 'Traffic' },
    { key: 'tillgreppsbrott', label: 'Tillgreppsbrott', labelEn: 'Theft' },
    { key: 'vald', label: 'Våld', labelEn: 'Violence' },
    { key: 'vald_i_nara_relationer', label: 'Våld i nära relationer', labelEn: 'Domestic violence' },
    { key: 'ordningsstorningar', label: 'Ordningsstörningar', labelEn: 'Public disorder' },
    { key: 'skadegorelse', label: 'Skadegörelse', labelEn: 'Vandalism' },
    { key: 'otrygga_platser', label: 'Otrygga platser', labelEn: 'Places that feel unsafe' },
    { key: 'ungdomar', label: 'Ungdomar', labelEn: 'Young people' },
    { key: 'bedragerier', label: 'Bedrägerier', labelEn: 'Fraud' },
    { key: 'ovrigt', label: 'Övrigt', labelEn: 'Other' },
  ].map((c) => Object.freeze(c)),
);

export function isProblemCategory(
  value: unknown,
  categories: readonly ProblemCategory[] = PROBLEM_CATEGORIES,
): value is string {
  return typeof value === 'string' && categories.some((c) => c.key === value);
}

export function categoryLabel(key: string, categories: readonly ProblemCategory[] = PROBLEM_CATEGORIES): string {
  return categories.find((c) => c.key === key)?.label ?? key;
}

/** The Swedish message for an unknown category, listing the valid keys. */
export function unknownCategoryMessage(categories: readonly ProblemCategory[] = PROBLEM_CATEGORIES): string {
  return `Okänd problemkategori. Välj en av: ${categories.map((c) => c.key).join(', ')}`;
}

/**
 * How serious a finding is, on a 1–5 scale (not låg/medel/hög: five steps
 * separate "worth noting" from "urgent" better and still sum and average).
 */
export const SERIOUSNESS_LEVELS: readonly SeriousnessLevel[] = Object.freeze([
  { level: 1, label: 'Obetydligt', labelEn: 'Negligible' },
  { level: 2, label: 'Lindrigt', labelEn: 'Minor' },
  { level: 3, label: 'Märkbart', labelEn: 'Noticeable' },
  { level: 4, label: 'Allvarligt', labelEn: 'Serious' },
  { level: 5, label: 'Mycket allvarligt', labelEn: 'Very serious' },
] as const);

export const SERIOUSNESS_MIN = 1;
export const SERIOUSNESS_MAX = 5;

export function seriousnessLabel(level: number): string {
  return SERIOUSNESS_LEVELS.find((s) => s.level === level)?.label ?? String(level);
}
