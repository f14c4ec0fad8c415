/**
 * Progress of one commitment on day `at`, exactly as progress-rules.md says.
 * One function for the API, dashboards, reports and reminders, so that they
 * can never disagree about whether a promise was kept.
 */
import type { CountTarget } from '../promise-document.ts';
import {
  bucketRanges,
  checkPeriod,
  findBucketIndex,
  requiredFor,
  resolvePeriodEnd,
  type RawBucket,
} from './buckets.ts';
import { formatDayNumber, toDayNumber, type DayNumber } from './dates.ts';
import { shareProgress } from './share.ts';
import type { BucketProgress, BucketStatus, CommitmentProgress, CommitmentStatus, ProgressInput } from './types.ts';
import { checkActivities, checkTarget, type ParsedActivities } from './validate.ts';
import { counts, lastActivityDate, notMeasurable, type JudgingWindow } from './window.ts';

export function computeProgress(input: ProgressInput): CommitmentProgress {
  const target = checkTarget(input.target);
  const { fromDay, toDay } = checkPeriod(input.period);
  const atDay = toDayNumber(input.at, 'at');
  const activities = checkActivities(input.activities);
  const per = target.kind === 'count' ? target.per : 'period';
  const every = target.kind === 'count' ? target.every : 1;
  const window: JudgingWindow = { fromDay, endDay: resolvePeriodEnd(fromDay, toDay, per, every, atDay), atDay };

  if (target.kind === 'none' || per === 'shift') return notMeasurable(window, activities);
  if (target.kind === 'share') return shareProgress(target, window, activities);
  return countProgress(target, window, activities);
}

function daysInside(bucket: RawBucket): number {
  return bucket.end - bucket.start + 1;
}

/** `floor(required × daysElapsed / daysInside)` for the bucket holding `at`. */
function requiredSoFar(bucket: RawBucket, required: number, atDay: DayNumber): number {
  return Math.floor((required * (atDay - bucket.start + 1)) / daysInside(bucket));
}

function holdsDay(bucket: RawBucket, day: DayNumber): boolean {
  return bucket.start <= day && day <= bucket.end;
}

function bucketStatus(bucket: RawBucket, done: number, required: number, atDay: DayNumber): BucketStatus {
  if (bucket.start > atDay) return 'upcoming';
  if (done >= required) return 'met';
  if (bucket.end < atDay) return 'missed';
  return 'open';
}

function sumIntoBuckets(
  ranges: readonly RawBucket[],
  window: JudgingWindow,
  activities: ParsedActivities,
): Float64Array {
  const done = new Float64Array(ranges.length);
  for (let i = 0; i < activities.length; i++) {
    const day = activities.days[i]!;
    if (!counts(window, day)) continue;
    const index = findBucketIndex(ranges, day);
    if (index >= 0) done[index]! += activities.quantities[i]!;
  }
  return done;
}

function countProgress(target: CountTarget, window: JudgingWindow, activities: ParsedActivities): CommitmentProgress {
  const ranges = bucketRanges(window.fromDay, window.endDay, target.per, target.every);
  // Only a term target over a period inside one July gets here without buckets.
  // "Every bucket is met" would then hold vacuously; nothing can be judged, so say so.
  if (ranges.length === 0) return notMeasurable(window, activities);

  const done = sumIntoBuckets(ranges, window, activities);
  const buckets: BucketProgress[] = [];
  let requiredToDate = 0;
  let doneToDate = 0;
  let totalRequired = 0;
  let holding: { bucket: RawBucket; required: number; done: number } | null = null;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    const required = requiredFor(target.count, daysInside(range), range.fullEnd - range.fullStart + 1);
    const bucketDone = done[i]!;
    buckets.push({
      from: formatDayNumber(range.start),
      to: formatDayNumber(range.end),
      required,
      done: bucketDone,
      status: bucketStatus(range, bucketDone, required, window.atDay),
    });
    totalRequired += required;
    doneToDate += bucketDone;
    if (range.end < window.atDay) requiredToDate += required;
    else if (holdsDay(range, window.atDay)) {
      requiredToDate += requiredSoFar(range, required, window.atDay);
      holding = { bucket: range, required, done: bucketDone };
    }
  }

  const status = target.average
    ? averageStatus(window, doneToDate, requiredToDate, totalRequired)
    : perBucketStatus(buckets, holding, window.atDay);
  return { status, doneToDate, requiredToDate, lastActivityDate: lastActivityDate(window, activities), buckets };
}

/** Rules 1–4 of "Status of the commitment", first that applies. */
function perBucketStatus(
  buckets: readonly BucketProgress[],
  holding: { bucket: RawBucket; required: number; done: number } | null,
  atDay: DayNumber,
): CommitmentStatus {
  if (buckets.some((b) => b.status === 'missed')) return 'missed';
  if (buckets.every((b) => b.status === 'met')) return 'met';
  if (holding === null) return 'on_track';
  return holding.done >= requiredSoFar(holding.bucket, holding.required, atDay) ? 'on_track' : 'at_risk';
}

/** `average: true` judges the total; the buckets keep their own statuses but do not decide. */
function averageStatus(
  window: JudgingWindow,
  doneToDate: number,
  requiredToDate: number,
  totalRequired: number,
): CommitmentStatus {
  if (window.atDay > window.endDay) return doneToDate >= totalRequired ? 'met' : 'missed';
  return doneToDate >= requiredToDate ? 'on_track' : 'at_risk';
}
