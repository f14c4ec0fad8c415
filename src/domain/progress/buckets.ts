/**
 * The buckets a count target is judged in (progress-rules.md, "Buckets").
 * Pure boundaries: no activities, no statuses.
 */
import type { Per } from '../promise-document.ts';
import { PER_VALUES } from '../per.ts';
import { civilOf, dayNumberOf, formatDayNumber, toDayNumber, type DayNumber } from './dates.ts';
import { invalidTarget, ProgressInputError } from './errors.ts';
import { nextUnit, unitAtOrAfter, type UnitKind } from './units.ts';

/** A bucket as day numbers: `start`–`end` is the part inside the period, `fullStart`–`fullEnd` the whole bucket. */
export interface RawBucket {
  start: DayNumber;
  end: DayNumber;
  fullStart: DayNumber;
  fullEnd: DayNumber;
}

/** A bucket's boundaries as the calendar and the follow-up reports show them. */
export interface BucketSpan {
  /** First day inside the period. */
  from: string;
  /** Last day inside the period. */
  to: string;
  /** Days of the bucket inside the period. */
  daysInside: number;
  /** Days of the whole bucket, as if the period did not cut it. */
  daysOfBucket: number;
}

export interface PeriodInput {
  from: string;
  /** null for a promise that runs "tills vidare". */
  to: string | null;
}

/** The calendar unit a `per` steps in, or null when the whole period is one bucket (or, for shift, none). */
export function unitKindOf(per: Per | null): UnitKind | null {
  return per === null || per === 'period' || per === 'shift' ? null : per;
}

/**
 * Buckets tiling `fromDay`–`toDay`. Units are grouped `every` at a time from
 * the unit holding the period's first day; with `term` and a period starting
 * in July (no term) the count starts at the hösttermin that follows.
 * A group of terms is the span from its first term's first day to its last
 * term's last day, so a vårtermin+hösttermin bucket includes that July: the
 * dates shown for a bucket are exactly the days whose activities count in it.
 */
export function bucketRanges(fromDay: DayNumber, toDay: DayNumber, per: Per | null, every: number): RawBucket[] {
  if (per === 'shift') return [];
  const kind = unitKindOf(per);
  if (kind === null) return [{ start: fromDay, end: toDay, fullStart: fromDay, fullEnd: toDay }];
  const buckets: RawBucket[] = [];
  let unit = unitAtOrAfter(kind, fromDay);
  while (unit.start <= toDay) {
    const fullStart = unit.start;
    for (let i = 1; i < every; i++) unit = nextUnit(kind, unit);
    const fullEnd = unit.end;
    buckets.push({ start: Math.max(fullStart, fromDay), end: Math.min(fullEnd, toDay), fullStart, fullEnd });
    unit = nextUnit(kind, unit);
  }
  return buckets;
}

/**
 * Where an open-ended period ("tills vidare", `to: null`) is taken to end: the
 * 31 December of the year holding `at` (or the period's first day, if that is
 * later), moved on to the end of the bucket holding that day so that the made-up
 * end never cuts a bucket and scales its requirement down. The rest of the
 * current year thus shows as upcoming buckets, and nothing after it is judged.
 * With `per` period (or null) the one bucket runs to that 31 December.
 */
export function resolvePeriodEnd(
  fromDay: DayNumber,
  toDay: DayNumber | null,
  per: Per | null,
  every: number,
  atDay: DayNumber,
): DayNumber {
  if (toDay !== null) return toDay;
  const yearEnd = dayNumberOf(civilOf(Math.max(atDay, fromDay)).year, 12, 31);
  if (unitKindOf(per) === null) return yearEnd;
  const ranges = bucketRanges(fromDay, yearEnd, per, every);
  const last = ranges[ranges.length - 1];
  return last === undefined ? yearEnd : Math.max(yearEnd, last.fullEnd);
}

/** `ceil(count × daysInside / daysOfBucket)`; a full bucket requires exactly `count` (also a fractional one). */
export function requiredFor(count: number, daysInside: number, daysOfBucket: number): number {
  if (daysInside >= daysOfBucket) return count;
  return Math.ceil((count * daysInside) / daysOfBucket);
}

/** Index of the bucket holding the day, or -1 (outside the period, or in a July between terms). */
export function findBucketIndex(buckets: readonly RawBucket[], dayNumber: DayNumber): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bucket = buckets[middle]!;
    if (dayNumber < bucket.start) high = middle - 1;
    else if (dayNumber > bucket.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

export function checkPer(per: unknown, field = 'target.per'): Per | null {
  if (per === null || (typeof per === 'string' && (PER_VALUES as readonly string[]).includes(per))) {
    return per as Per | null;
  }
  throw invalidTarget(
    field,
    per,
    `Perioden ska vara en av ${PER_VALUES.join(', ')} eller saknas.`,
    `per must be one of ${PER_VALUES.join(', ')} or null.`,
  );
}

export function checkEvery(every: unknown, field = 'target.every'): number {
  if (typeof every === 'number' && Number.isInteger(every) && every >= 1) return every;
  throw invalidTarget(field, every, 'Ange ett heltal som är 1 eller större.', 'every must be an integer of 1 or more.');
}

/** Checks the period's dates and order; returns day numbers. */
export function checkPeriod(period: PeriodInput): { fromDay: DayNumber; toDay: DayNumber | null } {
  const fromDay = toDayNumber(period.from, 'period.from');
  const toDay = period.to === null ? null : toDayNumber(period.to, 'period.to');
  if (toDay !== null && toDay < fromDay) {
    throw new ProgressInputError(
      'invalid_period',
      'period',
      `Perioden slutar (${period.to}) före den börjar (${period.from}).`,
      `The period ends (${period.to}) before it starts (${period.from}).`,
    );
  }
  return { fromDay, toDay };
}

/**
 * The buckets of a period for a given `per` and `every`, without activities,
 * for the calendar and the follow-up reports. `per` null counts as `period`;
 * `shift` gives no buckets. An open-ended period needs `at` (see resolvePeriodEnd).
 */
export function periodBuckets(period: PeriodInput, per: Per | null, every = 1, at?: string): BucketSpan[] {
  const { fromDay, toDay } = checkPeriod(period);
  const checkedPer = checkPer(per, 'per');
  const checkedEvery = checkEvery(every, 'every');
  if (toDay === null && at === undefined) {
    throw new ProgressInputError(
      'invalid_period',
      'at',
      'Perioden gäller tills vidare; ange vilken dag uppföljningen avser.',
      'The period is open-ended; give the day (`at`) to lay out the buckets for.',
    );
  }
  const atDay = at === undefined ? fromDay : toDayNumber(at, 'at');
  const endDay = resolvePeriodEnd(fromDay, toDay, checkedPer, checkedEvery, atDay);
  return bucketRanges(fromDay, endDay, checkedPer, checkedEvery).map(toSpan);
}

export function toSpan(bucket: RawBucket): BucketSpan {
  return {
    from: formatDayNumber(bucket.start),
    to: formatDayNumber(bucket.end),
    daysInside: bucket.end - bucket.start + 1,
    daysOfBucket: bucket.fullEnd - bucket.fullStart + 1,
  };
}
