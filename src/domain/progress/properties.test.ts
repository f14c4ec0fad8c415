/**
 * Properties that must hold for any target, period, activities and day.
 *
 * Monotonicity, precisely: adding one activity (any date, quantity ≥ 0) and
 * changing nothing else
 *  - leaves the buckets' boundaries, their `required` and `requiredToDate` unchanged;
 *  - never lowers any bucket's `done`, nor `doneToDate`;
 *  - never turns a `met` bucket into anything else, nor an `upcoming` one;
 *  - for count targets never lowers the commitment's rank
 *    missed < at_risk < on_track < met (per bucket and `average` alike);
 *  - keeps a not-measurable commitment not measurable.
 * Share targets are exempt from the rank rule: a later whole can lower a share.
 * Moving `at` later in a closed period never lowers requiredToDate or doneToDate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PER_VALUES, type CountTarget, type Per } from '../promise-document.ts';
import { civilOf, formatDayNumber, parseIsoDate } from './dates.ts';
import { bucketLabelSv, computeProgress, periodBuckets } from './index.ts';
import type { ActivityInput, CommitmentStatus, ProgressInput } from './index.ts';

const day0 = parseIsoDate('2018-01-01')!;
const dayArb = (min: number, max: number) => fc.integer({ min, max }).map(formatDayNumber);
const perArb: fc.Arbitrary<Per | null> = fc.constantFrom(...PER_VALUES, null);

const closedPeriodArb = fc
  .tuple(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1200 }))
  .map(([start, length]) => ({ from: formatDayNumber(day0 + start), to: formatDayNumber(day0 + start + length) }));

const countTargetArb: fc.Arbitrary<CountTarget> = fc.record({
  kind: fc.constant('count' as const),
  count: fc.integer({ min: 0, max: 12 }),
  atLeast: fc.boolean(),
  max: fc.constant(null),
  per: perArb,
  every: fc.integer({ min: 1, max: 5 }),
  average: fc.boolean(),
  unit: fc.constant(null),
});

const activityArb = (from: number, to: number): fc.Arbitrary<ActivityInput> =>
  fc.record({ date: dayArb(from - 60, to + 60), quantity: fc.integer({ min: 0, max: 5 }) });

/** A whole input around a period that is closed or, one time in five, open-ended. */
const inputArb: fc.Arbitrary<ProgressInput> = fc
  .tuple(closedPeriodArb, countTargetArb, fc.boolean(), fc.integer({ min: 0, max: 4 }))
  .chain(([period, target, share, openDraw]) => {
    const from = parseIsoDate(period.from)!;
    const to = parseIsoDate(period.to)!;
    return fc.record({
      target: share
        ? fc.oneof(
            fc.constant(target),
            fc.integer({ min: 0, max: 100 }).map((percent) => ({ kind: 'share' as const, percent, atLeast: true })),
          )
        : fc.constant(target),
      period: fc.constant(openDraw === 0 ? { from: period.from, to: null } : period),
      activities: fc.array(activityArb(from, to), { maxLength: 40 }),
      at: dayArb(from - 60, to + 60),
    });
  });

const RANK: Record<CommitmentStatus, number> = { missed: 0, at_risk: 1, on_track: 2, met: 3, not_measurable: -1 };

function isJuly(day: number): boolean {
  return civilOf(day).month === 7;
}

describe('progress properties', () => {
  it('never reports negative done or required, and requiredToDate never exceeds the sum of required', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = computeProgress(input);
        expect(result.doneToDate).toBeGreaterThanOrEqual(0);
        expect(result.requiredToDate).toBeGreaterThanOrEqual(0);
        for (const bucket of result.buckets) {
          expect(bucket.done).toBeGreaterThanOrEqual(0);
          expect(bucket.required).toBeGreaterThanOrEqual(0);
        }
        const totalRequired = result.buckets.reduce((sum, b) => sum + b.required, 0);
        if (input.target.kind === 'count') expect(result.requiredToDate).toBeLessThanOrEqual(totalRequired);
        if (result.status === 'met' && input.target.kind === 'count')
          expect(result.doneToDate).toBeGreaterThanOrEqual(totalRequired);
      }),
      { numRuns: 400 },
    );
  });

  it('buckets tile a closed period exactly: contiguous from its first to its last day (terms leave only July uncovered)', () => {
    fc.assert(
      fc.property(closedPeriodArb, perArb, fc.integer({ min: 1, max: 6 }), (period, per, every) => {
        const spans = periodBuckets(period, per, every);
        const from = parseIsoDate(period.from)!;
        const to = parseIsoDate(period.to)!;
        if (per === 'shift') {
          expect(spans).toEqual([]);
          return;
        }
        const cover = new Map<number, number>();
        for (const span of spans) {
          const start = parseIsoDate(span.from)!;
          const end = parseIsoDate(span.to)!;
          expect(span.daysInside).toBe(end - start + 1);
          expect(span.daysInside).toBeLessThanOrEqual(span.daysOfBucket);
          for (let day = start; day <= end; day++) cover.set(day, (cover.get(day) ?? 0) + 1);
        }
        for (let day = from; day <= to; day++) {
          const times = cover.get(day) ?? 0;
          if (per === 'term' && isJuly(day)) expect(times).toBeLessThanOrEqual(1);
          else expect(times).toBe(1);
        }
        expect(cover.size).toBeLessThanOrEqual(to - from + 1);
        if (per !== 'term') {
          expect(spans[0]!.from).toBe(period.from);
          expect(spans.at(-1)!.to).toBe(period.to);
        }
        if (per === 'term' && every === 1) for (const day of cover.keys()) expect(isJuly(day)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a full bucket requires count, a cut one no more than count', () => {
    fc.assert(
      fc.property(closedPeriodArb, countTargetArb, (period, target) => {
        const result = computeProgress({ target, period, activities: [], at: period.from });
        const spans = periodBuckets(period, target.per, target.every);
        result.buckets.forEach((bucket, i) => {
          const span = spans[i]!;
          expect(bucket.required).toBeLessThanOrEqual(target.count);
          if (span.daysInside === span.daysOfBucket) expect(bucket.required).toBe(target.count);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('sum of bucket done equals the sum of in-period quantities dated up to at (outside the July gaps of terms)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { target, period } = input;
        if (target.kind !== 'count' || target.per === 'shift' || period.to === null) return;
        const result = computeProgress(input);
        if (result.buckets.length === 0) {
          // A term target whose whole period lies in one July has no bucket: not measurable (see progress.ts).
          expect(target.per).toBe('term');
          expect(result.status).toBe('not_measurable');
          return;
        }
        const from = parseIsoDate(period.from)!;
        const to = parseIsoDate(period.to)!;
        const at = parseIsoDate(input.at)!;
        const inBucket = (day: number) =>
          result.buckets.some((b) => parseIsoDate(b.from)! <= day && day <= parseIsoDate(b.to)!);
        // Only a July between two terms lies in the period but in no bucket.
        const inGap = (day: number) => target.per === 'term' && !inBucket(day);
        const expected = input.activities
          .filter((a) => {
            const day = parseIsoDate(a.date)!;
            return day >= from && day <= to && day <= at && !inGap(day);
          })
          .reduce((sum, a) => sum + (a.quantity ?? 1), 0);
        expect(result.buckets.reduce((sum, b) => sum + b.done, 0)).toBe(expected);
        expect(result.doneToDate).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('adding an activity never lowers done or the status rank, never changes what is required, and keeps met buckets met', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: -60, max: 1300 }),
        fc.integer({ min: 0, max: 5 }),
        (input, offset, quantity) => {
          const before = computeProgress(input);
          const extra = { date: formatDayNumber(parseIsoDate(input.period.from)! + offset), quantity };
          const after = computeProgress({ ...input, activities: [...input.activities, extra] });
          expect(after.doneToDate).toBeGreaterThanOrEqual(before.doneToDate);
          if (input.target.kind === 'share') return;
          expect(after.requiredToDate).toBe(before.requiredToDate);
          expect(after.buckets.map(({ from, to, required }) => ({ from, to, required }))).toEqual(
            before.buckets.map(({ from, to, required }) => ({ from, to, required })),
          );
          before.buckets.forEach((bucket, i) => {
            const later = after.buckets[i]!;
            expect(later.done).toBeGreaterThanOrEqual(bucket.done);
            if (bucket.status === 'met' || bucket.status === 'upcoming') expect(later.status).toBe(bucket.status);
          });
          if (before.status === 'not_measurable') expect(after.status).toBe('not_measurable');
          else expect(RANK[after.status]).toBeGreaterThanOrEqual(RANK[before.status]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('asking later in a closed period never lowers requiredToDate or doneToDate', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 400 }), (input, step) => {
        if (input.period.to === null) return;
        const later = formatDayNumber(parseIsoDate(input.at)! + step);
        const before = computeProgress(input);
        const after = computeProgress({ ...input, at: later });
        expect(after.doneToDate).toBeGreaterThanOrEqual(before.doneToDate);
        if (input.target.kind === 'count') expect(after.requiredToDate).toBeGreaterThanOrEqual(before.requiredToDate);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every bucket of a period its own non-empty Swedish label', () => {
    fc.assert(
      fc.property(closedPeriodArb, perArb, fc.integer({ min: 1, max: 6 }), (period, per, every) => {
        if (per === null || per === 'period' || per === 'shift') return;
        const labels = periodBuckets(period, per, every).map((b) => bucketLabelSv(b, per));
        for (const label of labels) expect(label).toMatch(/\d{4}/);
        expect(new Set(labels).size).toBe(labels.length);
      }),
      { numRuns: 200 },
    );
  });
});
