import { describe, expect, it } from 'vitest';
import { defaultDueDate, followUpLabelSv, followUpSpan, followUpWindow, proposeVerdict } from './follow-up.ts';
import { spanWords } from './progress/figure.ts';
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
  it('i fas while a part of the window still runs at its pace, ligger efter when behind', () => {
    const t1 = followUpWindow('tertial', 2025, 1)!;
    // First half-year: 1 of 2 by 30 April, when floor(2 × 120/181) = 1 was due.
    expect(proposeVerdict(progress(['2025-02-01'], '2025-04-30'), t1, 1, '2025-05-10').verdict).toBe('i_fas');
    expect(proposeVerdict(progress([], '2025-04-30'), t1, 0, '2025-05-10').verdict).toBe('ligger_efter');
  });
  it('a target without amount (löpande) is followed up in text, never a failing verdict', () => {
    const none: Target = { kind: 'none' };
    for (const [dates, at, done] of [
      [['2025-02-01'], '2025-03-01', 1],
      [['2025-02-01'], '2025-07-01', 1],
      [[], '2025-07-01', 0],
    ] as const) {
      const outcome = proposeVerdict(progress([...dates], at, none), h1, done, at);
      expect(outcome).toEqual({ done, required: null, verdict: 'foljs_upp_i_text' });
    }
  });
  it('mid-year, a yearly target is judged on its pace and counts from 1 January', () => {
    const yearly: Target = { ...perHalfyear, count: 12, per: 'year' } as Target;
    const t2 = followUpWindow('tertial', 2025, 2)!;
    const eight = Array.from({ length: 8 }, (_, i) => `2025-0${i + 1}-10`);
    const outcome = proposeVerdict(progress(eight, '2025-08-31', yearly), t2, 4, '2025-09-15');
    expect(outcome).toEqual({ done: 8, required: 12, verdict: 'i_fas' });
    expect(followUpSpan(yearly, period, 'tertial', t2)).toMatchObject({ kind: 'to_date', from: '2025-01-01' });
    expect(spanWords(followUpSpan(yearly, period, 'tertial', t2), 'sv')).toBe('hittills i år');
    expect(spanWords(followUpSpan(perHalfyear, period, 'halfyear', h1), 'sv')).toBe('under halvåret');
  });
  it('"3 av 2" is met, never a failure', () => {
    const monthly: Target = { ...perHalfyear, per: 'month' } as Target;
    const jan = { from: '2025-01-01', to: '2025-01-31' };
    const p = computeProgress({
      target: monthly,
      period,
      at: '2025-01-31',
      activities: ['2025-01-02', '2025-01-09', '2025-01-20'].map((date) => ({ date })),
    });
    expect(proposeVerdict(p, jan, 3, '2025-02-05')).toEqual({ done: 3, required: 2, verdict: 'uppfyllt' });
  });
  it('"i snitt" per week: judged at the window end on what was due by then, the straddling week included', () => {
    const weekly: Target = { ...perHalfyear, count: 3, per: 'week', average: true } as Target;
    const t1 = followUpWindow('tertial', 2025, 1)!;
    // 1 January – 30 April 2025: 17 whole weeks and two cut ones; 3 a week on average is 51 due by 30 April.
    const many = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
    const due = proposeVerdict(progress(many.slice(0, 52), '2025-04-30', weekly), t1, 52, '2025-05-10', true);
    expect(due.verdict).toBe('uppfyllt');
    expect(due.required).toBeLessThan(54);
    const short = proposeVerdict(progress(many.slice(0, 30), '2025-04-30', weekly), t1, 30, '2025-05-10', true);
    expect(short).toMatchObject({ done: 30, verdict: 'delvis_uppfyllt' });
    const running = proposeVerdict(progress(many.slice(0, 30), '2025-03-01', weekly), t1, 30, '2025-03-01', true);
    expect(running.verdict).toBe('i_fas');
  });
});
