/**
 * `kind: share` ("varav minst 20 procent förstagångsanvändare"), judged at
 * period level from the part and whole numbers recorded on activities:
 * sum of parts / sum of wholes × 100 against `percent`.
 *
 * When no activity inside the period (up to `at`) carries a part or a whole,
 * or the wholes add up to 0, there is nothing to divide: the status is
 * `not_measurable` and a person records the assessment in the follow-up
 * instead (progress-rules.md, "Share targets"). A part and a whole may be
 * recorded on different activities, since it is the sums that are compared.
 *
 * "Status as for counts, at period level" read literally: one bucket, the
 * period; `met` as soon as the recorded share reaches the percent, `missed`
 * when the period ended below it, `at_risk` while it runs below it. There is
 * no pace for a share, so an open period below the percent is never
 * `on_track`. Unlike counts a share is not monotone: a later whole can take a
 * `met` commitment back below the percent.
 */
import type { ShareTarget } from '../promise-document.ts';
import { formatDayNumber } from './dates.ts';
import type { CommitmentProgress } from './types.ts';
import type { ParsedActivities } from './validate.ts';
import { counts, lastActivityDate, notMeasurable, type JudgingWindow } from './window.ts';

export function shareProgress(
  target: ShareTarget,
  window: JudgingWindow,
  activities: ParsedActivities,
): CommitmentProgress {
  let partSum = 0;
  let wholeSum = 0;
  for (let i = 0; i < activities.length; i++) {
    if (!counts(window, activities.days[i]!)) continue;
    const part = activities.parts[i]!;
    const whole = activities.wholes[i]!;
    if (!Number.isNaN(part)) partSum += part;
    if (!Number.isNaN(whole)) wholeSum += whole;
  }
  if (wholeSum <= 0) return notMeasurable(window, activities);

  // Judged on the exact ratio; `required` is the whole number of parts that
  // reaches the percent of the wholes recorded so far, for display.
  const met = partSum * 100 >= target.percent * wholeSum;
  const ended = window.endDay < window.atDay;
  const required = Math.ceil((target.percent * wholeSum) / 100);
  return {
    status: met ? 'met' : ended ? 'missed' : 'at_risk',
    doneToDate: partSum,
    requiredToDate: required,
    lastActivityDate: lastActivityDate(window, activities),
    buckets: [
      {
        from: formatDayNumber(window.fromDay),
        to: formatDayNumber(window.endDay),
        required,
        done: partSum,
        status: met ? 'met' : ended ? 'missed' : 'open',
      },
    ],
  };
}
