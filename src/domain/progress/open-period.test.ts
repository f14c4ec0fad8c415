/**
 * Open-ended periods ("tills vidare", to: null) run to the 31 December of the
 * year holding `at`, extended to the end of the bucket holding that day.
 */
import { describe, expect, it } from 'vitest';
import { computeProgress, periodBuckets } from './index.ts';
import { countTarget, on } from './test-helpers.ts';

describe('open-ended periods', () => {
  it('lays out buckets to the end of the year holding at; the rest of the year is upcoming', () => {
    const result = computeProgress({
      target: countTarget({ count: 1, per: 'month' }),
      period: { from: '2022-03-10', to: null },
      activities: on('2022-03-15', '2022-04-02', '2023-01-05'),
      at: '2022-05-20',
    });
    expect(result.buckets).toHaveLength(10);
    expect(result.buckets[0]).toMatchObject({ from: '2022-03-10', to: '2022-03-31', status: 'met' });
    expect(result.buckets[9]).toMatchObject({ from: '2022-12-01', to: '2022-12-31', status: 'upcoming' });
    expect(result.buckets[2]).toMatchObject({ from: '2022-05-01', status: 'open' });
    expect(result.status).toBe('on_track');
    expect(result.doneToDate).toBe(2);
  });

  it('never cuts the bucket holding 31 December: the week runs on into the next year', () => {
    const spans = periodBuckets({ from: '2022-01-03', to: null }, 'week', 1, '2022-06-01');
    expect(spans.at(-1)).toMatchObject({ from: '2022-12-26', to: '2023-01-01', daysInside: 7, daysOfBucket: 7 });
    const grouped = periodBuckets({ from: '2021-01-01', to: null }, 'year', 2, '2022-06-01');
    expect(grouped).toEqual([{ from: '2021-01-01', to: '2022-12-31', daysInside: 730, daysOfBucket: 730 }]);
  });

  it('moves on with at: next year the buckets reach into that year', () => {
    const spans = periodBuckets({ from: '2022-03-10', to: null }, 'halfyear', 1, '2024-02-01');
    expect(spans.map((s) => s.from)).toEqual([
      '2022-03-10',
      '2022-07-01',
      '2023-01-01',
      '2023-07-01',
      '2024-01-01',
      '2024-07-01',
    ]);
    expect(spans.at(-1)!.to).toBe('2024-12-31');
  });

  it('with per period the one bucket runs to the end of the year holding at and requires the full count', () => {
    const result = computeProgress({
      target: countTarget({ count: 4, per: null }),
      period: { from: '2022-07-01', to: null },
      activities: on('2022-07-10'),
      at: '2022-09-30',
    });
    // 92 of the bucket's 184 days have passed: floor(4 × 92/184) = 2 due.
    expect(result.buckets).toEqual([{ from: '2022-07-01', to: '2022-12-31', required: 4, done: 1, status: 'open' }]);
    expect(result.requiredToDate).toBe(2);
    expect(result.status).toBe('at_risk');
  });

  it('asked before it starts, uses the year the period starts in', () => {
    const result = computeProgress({
      target: countTarget({ count: 1, per: 'quarter' }),
      period: { from: '2022-05-01', to: null },
      activities: [],
      at: '2021-01-01',
    });
    expect(result.buckets.map((b) => b.status)).toEqual(['upcoming', 'upcoming', 'upcoming']);
    expect(result.buckets.at(-1)!.to).toBe('2022-12-31');
    expect(result.status).toBe('on_track');
  });

  it('an open-ended average target is never judged final', () => {
    const result = computeProgress({
      target: countTarget({ count: 1, per: 'week', average: true }),
      period: { from: '2022-01-03', to: null },
      activities: [],
      at: '2022-12-31',
    });
    expect(result.status).toBe('at_risk');
  });

  it('periodBuckets needs at to lay out an open-ended period', () => {
    expect(() => periodBuckets({ from: '2022-01-03', to: null }, 'week')).toThrow(
      expect.objectContaining({ code: 'invalid_period' }),
    );
  });
});
