import { describe, expect, it } from 'vitest';
import type { OverviewCommitment } from '../api/overview.ts';
import type { CountTarget } from '../api/promises.ts';
import { sv } from '../i18n/sv.ts';
import type { Target } from '../../domain/promise-document.ts';
import { computeProgress } from '../../domain/progress/index.ts';
import { shownFigure } from '../../domain/progress/figure.ts';
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
  shown: { status: 'on_track', done: 0, required: 0, span: { kind: 'to_date', from: '2026-01-01', to: '2026-03-11' } },
  ...over,
});

const period = { from: '2026-01-01', to: '2026-12-31' };
/** A card as the server makes it: progress and its figure on `at`. */
function card(t: Target, dates: { date: string; quantity?: number }[], at: string): OverviewCommitment {
  const p = computeProgress({ target: t, period, activities: dates, at });
  return commitment({ target: t, ...p, shown: shownFigure(t, p, at, period.from) });
}

describe('numbers and weeks a reader understands', () => {
  it('writes a fractional done with a Swedish decimal comma, never "2.5"', () => {
    const c = card(target({ unit: 'timmar', count: 4 }), [{ date: '2026-02-01', quantity: 2.5 }], '2026-03-11');
    expect(progressText(c, 'sv')).toBe('2,5 av 4 timmar under första halvåret 2026');
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
    const c = card(target({ unit: 'insatser' }), [{ date: '2026-02-01' }], '2026-03-11');
    expect(progressText(c, 'sv')).toBe('1 av 2 insatser under första halvåret 2026');
    expect(c.shown.status).toBe('on_track');
    expect(progressRatio(c)).toBe(0.5);
  });

  it('judges averages on the total, and says what was done when nothing is measurable', () => {
    const avg = card(
      target({ count: 3, per: 'week', average: true, unit: 'kontakter' }),
      [{ date: '2026-01-05', quantity: 4 }],
      '2026-01-14',
    );
    expect(progressText(avg, 'sv')).toBe(`4 av ${avg.requiredToDate} kontakter hittills i år`);
    const none = card({ kind: 'none' }, [{ date: '2026-02-01', quantity: 7 }], '2026-03-11');
    expect(progressText(none, 'sv')).toBe('Gjort hittills i år: 7');
    expect(progressRatio(none)).toBeNull();
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
