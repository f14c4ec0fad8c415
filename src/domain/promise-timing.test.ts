import { describe, expect, it } from 'vitest';
import { arrangePromises, periodYears, promiseTiming, type TimedPromise } from './promise-timing.ts';

const set = (from: string, to: string | null, over: Partial<TimedPromise> = {}): TimedPromise & { name: string } => ({
  name: `${from}/${to}`,
  period: { from, to },
  closed: false,
  publishedAt: `${from}T08:00:00.000Z`,
  ...over,
});
const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('promiseTiming', () => {
  const y2019 = set('2019-01-01', '2019-12-31');

  it('is current on every day of the period, its first and last day included', () => {
    for (const today of ['2019-01-01', '2019-06-15', '2019-12-31']) expect(promiseTiming(y2019, today)).toBe('current');
  });

  it('is coming before the first day and ended after the last', () => {
    expect(promiseTiming(y2019, '2018-12-31')).toBe('coming');
    expect(promiseTiming(y2019, '2020-01-01')).toBe('ended');
    expect(promiseTiming(y2019, '2026-12-03')).toBe('ended');
  });

  it('keeps a promise "tills vidare" current until it is closed; a closed one has ended even inside its period', () => {
    expect(promiseTiming(set('2021-01-01', null), '2030-05-05')).toBe('current');
    expect(promiseTiming(set('2021-01-01', null), '2020-05-05')).toBe('coming');
    expect(promiseTiming({ period: null, closed: false }, '2030-05-05')).toBe('current');
    expect(promiseTiming({ ...y2019, closed: true }, '2019-06-15')).toBe('ended');
  });
});

describe('arrangePromises: several published sets of one kommun', () => {
  const sets = [
    set('2019-01-01', '2019-12-31'),
    set('2024-01-01', '2027-12-31'),
    set('2021-01-01', '2023-12-31'),
    set('2028-01-01', '2029-12-31'),
  ];

  it('puts the running one first as current, the next as coming, and the ended ones newest first', () => {
    const arranged = arrangePromises(sets, '2026-12-03', (s) => s);
    expect(names(arranged.current)).toEqual(['2024-01-01/2027-12-31']);
    expect(names(arranged.coming)).toEqual(['2028-01-01/2029-12-31']);
    expect(names(arranged.ended)).toEqual(['2021-01-01/2023-12-31', '2019-01-01/2019-12-31']);
  });

  it('has no current promise when every period has ended', () => {
    const arranged = arrangePromises(sets.slice(0, 3), '2028-02-01', (s) => s);
    expect(arranged.current).toEqual([]);
    expect(arranged.coming).toEqual([]);
    expect(names(arranged.ended)).toEqual(['2024-01-01/2027-12-31', '2021-01-01/2023-12-31', '2019-01-01/2019-12-31']);
  });

  it('has none at all before the first one starts', () => {
    const arranged = arrangePromises(sets, '2018-06-01', (s) => s);
    expect(arranged.current).toEqual([]);
    expect(arranged.ended).toEqual([]);
    expect(names(arranged.coming)).toEqual([
      '2019-01-01/2019-12-31',
      '2021-01-01/2023-12-31',
      '2024-01-01/2027-12-31',
      '2028-01-01/2029-12-31',
    ]);
  });

  it('shows the one that started last first when two run at once, and the newer publication on the same start', () => {
    const overlap = [
      set('2026-01-01', '2026-12-31', { name: 'old' } as never),
      set('2026-03-01', '2027-02-28', { name: 'later start' } as never),
      set('2026-01-01', '2026-12-31', { name: 'republished', publishedAt: '2026-02-01T08:00:00.000Z' } as never),
    ];
    expect(names(arrangePromises(overlap, '2026-06-01', (s) => s).current)).toEqual([
      'later start',
      'republished',
      'old',
    ]);
  });
});

describe('periodYears', () => {
  it('names the year, or the years across', () => {
    expect(periodYears({ from: '2019-01-01', to: '2019-12-31' })).toBe('2019');
    expect(periodYears({ from: '2024-01-01', to: '2027-12-31' })).toBe('2024–2027');
    expect(periodYears({ from: '2021-01-01', to: null })).toBe('2021–');
    expect(periodYears(null)).toBeNull();
  });
});
