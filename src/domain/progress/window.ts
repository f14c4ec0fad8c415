/**
 * The days whose activities count on day `at`: inside the period and not
 * after `at`. Shared by count, share and not-measurable judging.
 */
import { formatDayNumber, type DayNumber } from './dates.ts';
import type { CommitmentProgress } from './types.ts';
import type { ParsedActivities } from './validate.ts';

export interface JudgingWindow {
  fromDay: DayNumber;
  /** The period's last day; for an open-ended period, the end resolvePeriodEnd chose. */
  endDay: DayNumber;
  atDay: DayNumber;
}

export function counts(window: JudgingWindow, day: DayNumber): boolean {
  return day >= window.fromDay && day <= window.endDay && day <= window.atDay;
}

export function lastActivityDate(window: JudgingWindow, activities: ParsedActivities): string | null {
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < activities.length; i++) {
    const day = activities.days[i]!;
    if (day > last && counts(window, day)) last = day;
  }
  return last === Number.NEGATIVE_INFINITY ? null : formatDayNumber(last);
}

/**
 * `per: shift`, `kind: none`, and targets that cannot be judged by date:
 * no buckets, nothing required, and the plain sum of what was done.
 */
export function notMeasurable(window: JudgingWindow, activities: ParsedActivities): CommitmentProgress {
  let done = 0;
  for (let i = 0; i < activities.length; i++) {
    if (counts(window, activities.days[i]!)) done += activities.quantities[i]!;
  }
  return {
    status: 'not_measurable',
    doneToDate: done,
    requiredToDate: 0,
    lastActivityDate: lastActivityDate(window, activities),
    buckets: [],
  };
}
