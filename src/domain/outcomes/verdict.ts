/**
 * Whether an outcome indicator moved, said only when the whole 95 %
 * interval lies on one side of "no change" (docs/outcomes.md).
 */
import type { Interval } from './estimates.ts';

export const OUTCOME_VERDICTS = ['improved', 'worsened', 'no_clear_change', 'too_little_data'] as const;
export type OutcomeVerdict = (typeof OUTCOME_VERDICTS)[number];
export type Desired = 'decrease' | 'increase';

/** Fewer events than this in either window and a crime indicator says nothing. */
export const MIN_EVENTS = 10;
/** Fewer answers than this in either survey window and a survey indicator says nothing. */
export const MIN_ANSWERS = 30;

export type ChangeMeasure = 'rate_ratio' | 'difference';

/** "No change" is a ratio of 1 or a difference of 0. */
export function noChangeOf(measure: ChangeMeasure): number {
  return measure === 'rate_ratio' ? 1 : 0;
}

export function verdictOf(
  change: Interval | null,
  measure: ChangeMeasure,
  desired: Desired,
  enoughData: boolean,
): OutcomeVerdict {
  if (!enoughData || !change) return 'too_little_data';
  const none = noChangeOf(measure);
  const below = change.high < none;
  const above = change.low > none;
  if (!below && !above) return 'no_clear_change';
  const better = desired === 'decrease' ? below : above;
  return better ? 'improved' : 'worsened';
}

/** Enough events for a crime indicator: both windows at least MIN_EVENTS. */
export function enoughEvents(baselineCount: number, currentCount: number): boolean {
  return baselineCount >= MIN_EVENTS && currentCount >= MIN_EVENTS;
}

/** Enough answers for a survey indicator: both windows at least MIN_ANSWERS. */
export function enoughAnswers(baselineAnswers: number, currentAnswers: number): boolean {
  return baselineAnswers >= MIN_ANSWERS && currentAnswers >= MIN_ANSWERS;
}
