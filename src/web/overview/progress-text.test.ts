import { describe, expect, it } from 'vitest';
import type { OverviewCommitment } from '../api/overview.ts';
import type { CountTarget } from '../api/promises.ts';
import { sv } from '../i18n/sv.ts';
import { bucketName, isoWeek, progressRatio, progressText } from './progress-text.ts';

const target = (over: Partial<CountTarget> = {}): CountTarget => ({
  kind: 'count',
  count: 2,
  atLeast: true,
  max: null,
  per: 'halfyear',
  every: 1,
  average: false,
  unit: null,
  ...over,
});

const commitment = (over: Partial<OverviewCommitment>): OverviewCommitment => ({
  id: 'c',
  text: 'x',
  focusArea: 'y',
  target: target(),
  status: 'on_track',
  doneToDate: 0,
  requiredToDate: 0,
  lastActivityDate: null,
  buckets: [],
  current: null,
  weekly: [],
  ...over,
});

describe('numbers and weeks a reader understands', () => {
  it('writes a fractional done with a Swedish decimal comma, never "2.5"', () => {
    const c = commitment({
      target: target({ unit: 'timmar' }),
      current: { from: '2026-01-01', to: '2026-06-30', required: 4, done: 2.5, status: 'open' },
    });
    expect(progressText(c, sv)).toBe('2,5 av 4 timmar detta halvår');
  });

  it('names a week crossing a year end by its dates', () => {
    const weekly = target({ count: 1, per: 'week' });
    expect(bucketName({ from: '2019-12-30', to: '2019-12-31' }, weekly, sv)).toBe('2019-12-30 – 2020-01-05');
    expect(bucketName({ from: '2020-01-01', to: '2020-01-05' }, weekly, sv)).toBe('2019-12-30 – 2020-01-05');
    expect(bucketName({ from: '2020-01-06', to: '2020-01-12' }, weekly, sv)).toBe('vecka 2 2020');
  });
});

describe('progress in words', () => {
  it('counts the current period', () => {
    const c = commitment({ current: { from: '2026-01-01', to: '2026-06-30', required: 2, done: 1, status: 'open' } });
    expect(progressText(c, sv)).toBe('1 av 2 insatser detta halvår');
    expect(progressRatio(c)).toBe(0.5);
  });

  it('judges averages on the total, and says what was done when nothing is measurable', () => {
    const avg = commitment({
      target: target({ count: 3, per: 'week', average: true, unit: 'kontakter' }),
      doneToDate: 4,
      requiredToDate: 10,
      current: { from: '2026-03-09', to: '2026-03-15', required: 3, done: 0, status: 'open' },
    });
    expect(progressText(avg, sv)).toBe('4 av 10 kontakter hittills');
    expect(progressText(commitment({ status: 'not_measurable', target: { kind: 'none' }, doneToDate: 7 }), sv)).toBe(
      '7 gjorda',
    );
    expect(progressRatio(commitment({ status: 'not_measurable' }))).toBeNull();
  });

  it('names periods the way a kommunalråd says them', () => {
    expect(bucketName({ from: '2026-07-01', to: '2026-12-31' }, target(), sv)).toBe('andra halvåret 2026');
    expect(bucketName({ from: '2026-03-09', to: '2026-03-15' }, target({ per: 'week' }), sv)).toBe('vecka 11 2026');
    expect(bucketName({ from: '2026-01-01', to: '2026-04-30' }, target({ per: 'tertial' }), sv)).toBe('tertial 1 2026');
    expect(bucketName({ from: '2026-01-05', to: '2026-01-25' }, target({ per: 'week', every: 3 }), sv)).toBe(
      '2026-01-05 – 2026-01-25',
    );
    expect(bucketName({ from: '2026-01-01', to: '2026-12-31' }, target({ per: null }), sv)).toBe('hela perioden');
  });

  it('numbers ISO weeks across the new year', () => {
    expect(isoWeek('2021-01-03')).toEqual({ week: 53, year: 2020 });
    expect(isoWeek('2026-01-01')).toEqual({ week: 1, year: 2026 });
  });
});
