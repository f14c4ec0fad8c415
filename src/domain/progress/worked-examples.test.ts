/** The four worked examples of progress-rules.md, verbatim. */
import { describe, expect, it } from 'vitest';
import { bucketLabelSv, computeProgress } from './index.ts';
import { countTarget, on } from './test-helpers.ts';

describe('worked examples of progress-rules.md', () => {
  it('count 2 per halfyear, 2019, asked 2019-09-30: H1 met, H2 open, requiredToDate 3, at_risk', () => {
    const progress = computeProgress({
      target: countTarget({ count: 2, per: 'halfyear' }),
      period: { from: '2019-01-01', to: '2019-12-31' },
      activities: on('2019-03-10', '2019-05-02'),
      at: '2019-09-30',
    });
    expect(progress.buckets).toEqual([
      { from: '2019-01-01', to: '2019-06-30', required: 2, done: 2, status: 'met' },
      { from: '2019-07-01', to: '2019-12-31', required: 2, done: 0, status: 'open' },
    ]);
    // 2 + floor(2 × 92/184)
    expect(progress.requiredToDate).toBe(3);
    expect(progress.doneToDate).toBe(2);
    expect(progress.status).toBe('at_risk');
    expect(progress.lastActivityDate).toBe('2019-05-02');
  });

  it('count 1 per week every 3 over 2021-01-04 – 2021-12-31: weeks 1–3, 4–6, …; the last bucket cut at the end', () => {
    const progress = computeProgress({
      target: countTarget({ count: 1, per: 'week', every: 3 }),
      period: { from: '2021-01-04', to: '2021-12-31' },
      activities: [],
      at: '2021-01-01',
    });
    const { buckets } = progress;
    expect(buckets).toHaveLength(18);
    expect(buckets[0]).toMatchObject({ from: '2021-01-04', to: '2021-01-24', required: 1 });
    expect(buckets[1]).toMatchObject({ from: '2021-01-25', to: '2021-02-14', required: 1 });
    expect(bucketLabelSv(buckets[0]!, 'week')).toBe('vecka 1–3 2021');
    expect(bucketLabelSv(buckets[1]!, 'week')).toBe('vecka 4–6 2021');
    expect(bucketLabelSv(buckets[16]!, 'week')).toBe('vecka 49–51 2021');
    // Week 52 alone is left: Monday 27 December, cut on Friday 31 December; ceil(1 × 5/21) = 1.
    expect(buckets[17]).toMatchObject({ from: '2021-12-27', to: '2021-12-31', required: 1 });
    // Week 52 2021 runs into 2022, so it is named by its dates.
    expect(bucketLabelSv(buckets[17]!, 'week')).toBe('27 dec 2021 – 2 jan 2022');
  });

  describe('count 3 per week, average, asked on day 10 (Wednesday of week 2) with 4 activities', () => {
    const ask = (dates: string[], average = true) =>
      computeProgress({
        target: countTarget({ count: 3, per: 'week', average }),
        period: { from: '2021-01-04', to: '2021-12-31' },
        activities: on(...dates),
        at: '2021-01-13',
      });

    it('requiredToDate = 3 + floor(3 × 3/7) = 4, doneToDate 4: on_track', () => {
      const progress = ask(['2021-01-04', '2021-01-06', '2021-01-08', '2021-01-12']);
      expect(progress.requiredToDate).toBe(4);
      expect(progress.doneToDate).toBe(4);
      expect(progress.status).toBe('on_track');
    });

    it('stays on_track on the total although week 1 alone was missed', () => {
      const progress = ask(['2021-01-05', '2021-01-11', '2021-01-12', '2021-01-13']);
      expect(progress.buckets[0]).toMatchObject({ done: 1, required: 3, status: 'missed' });
      expect(progress.buckets[1]).toMatchObject({ done: 3, required: 3, status: 'met' });
      expect(progress.status).toBe('on_track');
      // Without "i snitt" the missed week decides.
      expect(ask(['2021-01-05', '2021-01-11', '2021-01-12', '2021-01-13'], false).status).toBe('missed');
    });
  });

  it('count 2 per halfyear over 2019-11-28 – 2021-05-31: first bucket requires 1, last requires 2', () => {
    const progress = computeProgress({
      target: countTarget({ count: 2, per: 'halfyear' }),
      period: { from: '2019-11-28', to: '2021-05-31' },
      activities: [],
      at: '2019-11-01',
    });
    expect(progress.buckets.map(({ from, to, required }) => ({ from, to, required }))).toEqual([
      { from: '2019-11-28', to: '2019-12-31', required: 1 }, // ceil(2 × 34/184)
      { from: '2020-01-01', to: '2020-06-30', required: 2 },
      { from: '2020-07-01', to: '2020-12-31', required: 2 },
      { from: '2021-01-01', to: '2021-05-31', required: 2 }, // ceil(2 × 151/181)
    ]);
  });
});
