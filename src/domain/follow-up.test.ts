import { describe, expect, it } from 'vitest';
import { defaultDueDate, followUpLabelSv, followUpWindow, proposeVerdict } from './follow-up.ts';
import { computeProgress } from './progress/index.ts';
import type { Target } from './promise-document.ts';

const perHalfyear: Target = {
  kind: 'count',
  count: 2,
  atLeast: true,
  max: null,
  per: 'halfyear',
  every: 1,
  average: false,
  unit: null,
};
const period = { from: '2025-01-01', to: '2025-12-31' };
const progress = (dates: string[], at: string, target: Target = perHalfyear) =>
  computeProgress({ target, period, at, activities: dates.map((date) => ({ date })) });

describe('follow-up windows', () => {
  it('follow the cadences of real promises', () => {
    expect(followUpWindow('tertial', 2025, 2)).toEqual({ from: '2025-05-01', to: '2025-08-31' });
    expect(followUpWindow('halfyear', 2024, 1)).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(followUpWindow('quarter', 2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(followUpWindow('year', 2025, 1)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(followUpWindow('tertial', 2025, 4)).toBeNull();
    expect(followUpLabelSv('tertial', '2025-05-01')).toBe('Tertial 2 2025');
    expect(followUpLabelSv('halfyear', '2025-07-01')).toBe('Andra halvåret 2025');
  });

  it('the yearly summary is due at the end of February', () => {
    expect(defaultDueDate('year', '2023-12-31')).toBe('2024-02-29');
    expect(defaultDueDate('year', '2024-12-31')).toBe('2025-02-28');
    expect(defaultDueDate('tertial', '2025-04-30')).toBe('2025-05-31');
    expect(defaultDueDate('halfyear', '2025-12-31')).toBe('2026-01-31');
  });
});

describe('proposed verdict', () => {
  const h1 = followUpWindow('halfyear', 2025, 1)!;
  it('uppfyllt when every bucket of the window is met', () => {
    expect(proposeVerdict(progress(['2025-02-01', '2025-03-01'], '2025-07-15'), h1, 2, '2025-07-15')).toEqual({
      done: 2,
      required: 2,
      verdict: 'uppfyllt',
    });
  });
  it('delvis uppfyllt when the window ended short but something was done', () => {
    expect(proposeVerdict(progress(['2025-02-01'], '2025-07-15'), h1, 1, '2025-07-15').verdict).toBe('delvis_uppfyllt');
  });
  it('ej uppfyllt when nothing was done', () => {
    expect(proposeVerdict(progress([], '2025-07-15'), h1, 0, '2025-07-15').verdict).toBe('ej_uppfyllt');
  });
  it('pågår while a bucket of the window still runs', () => {
    const t1 = followUpWindow('tertial', 2025, 1)!;
    expect(proposeVerdict(progress(['2025-02-01'], '2025-04-30'), t1, 1, '2025-05-10').verdict).toBe('pagar');
  });
  it('a target without amount: pågår during the window, then by whether anything was done', () => {
    const none: Target = { kind: 'none' };
    expect(proposeVerdict(progress(['2025-02-01'], '2025-03-01', none), h1, 1, '2025-03-01').verdict).toBe('pagar');
    expect(proposeVerdict(progress(['2025-02-01'], '2025-07-01', none), h1, 1, '2025-07-01').verdict).toBe('uppfyllt');
    expect(proposeVerdict(progress([], '2025-07-01', none), h1, 0, '2025-07-01').verdict).toBe('ej_uppfyllt');
  });
});
