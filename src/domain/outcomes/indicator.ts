/**
 * Outcome indicators (effektmått) of a promise set: what the work aims to
 * change, which direction is better, and the two windows compared
 * (docs/outcomes.md). Pure: the data comes in already loaded.
 */

export const OUTCOME_KINDS = ['crime', 'survey_share', 'survey_index', 'activity_outcome'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const DESIRED = ['decrease', 'increase'] as const;

/** A date range, both days included ('YYYY-MM-DD'). */
export interface Window {
  from: string;
  to: string;
}

const year = (day: string) => Number(day.slice(0, 4));

/**
 * The baseline proposed for statistics: the three whole years before the
 * promise period starts (one year is often chance; three smooth it).
 */
export function proposedCrimeBaseline(periodFrom: string): Window {
  const y = year(periodFrom);
  return { from: `${y - 3}-01-01`, to: `${y - 1}-12-31` };
}

/**
 * The baseline proposed for a survey: the latest round dated before the
 * period (its own day), or the year before the period when none is known.
 */
export function proposedSurveyBaseline(periodFrom: string, roundDates: readonly string[]): Window {
  const before = roundDates.filter((d) => d < periodFrom).sort();
  const last = before.at(-1);
  if (last) return { from: last, to: last };
  const y = year(periodFrom) - 1;
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The current window: the follow-up's period, or the promise period so far (up to `at`). */
export function currentWindow(period: Window, at: string, followUp?: Window | null): Window {
  if (followUp) return { from: followUp.from, to: followUp.to < at ? followUp.to : at };
  return { from: period.from, to: period.to < at ? period.to : at };
}

export function inWindow(day: string, w: Window): boolean {
  return day >= w.from && day <= w.to;
}

/** Whether [from, to] lies wholly inside the window. */
export function spanInWindow(span: Window, w: Window): boolean {
  return span.from >= w.from && span.to <= w.to;
}

const DAY_MS = 86_400_000;
export function daysIn(span: Window): number {
  return Math.round((Date.parse(`${span.to}T00:00:00Z`) - Date.parse(`${span.from}T00:00:00Z`)) / DAY_MS) + 1;
}

function daysInYear(y: number): number {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
}

/** Years a span covers, as a fraction (a whole year is 1, March 2026 is 31/365). */
export function yearsIn(span: Window): number {
  return daysIn(span) / daysInYear(year(span.from));
}
