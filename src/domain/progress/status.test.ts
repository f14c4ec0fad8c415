import { describe, expect, it } from 'vitest';
import type { Target } from '../promise-document.ts';
import { figureText, shownFigure } from './figure.ts';
import { computeProgress } from './progress.ts';
import { countVerdicts, followUpHeadline, readVerdict, statusWord } from './status.ts';

const monthly: Target = {
  kind: 'count',
  count: 2,
  atLeast: true,
  max: null,
  per: 'month',
  every: 1,
  average: false,
  unit: 'trafikkontroller',
};
const period = { from: '2026-01-01', to: '2026-12-31' };
const days = (...dates: string[]) => dates.map((date) => ({ date }));

describe('the status vocabulary', () => {
  it('names each status once, by either code', () => {
    expect(statusWord('at_risk', 'sv')).toBe('Ligger efter');
    expect(statusWord('ligger_efter', 'sv')).toBe('Ligger efter');
    expect(statusWord('on_track', 'sv')).toBe('I fas');
    expect(statusWord('not_measurable', 'sv')).toBe('Följs upp i text');
    expect(statusWord('at_risk', 'en')).toBe('Behind');
  });

  it('reads an old "pågår" as i fas', () => {
    expect(readVerdict('pagar')).toBe('i_fas');
    expect(readVerdict('delvis_uppfyllt')).toBe('delvis_uppfyllt');
  });
});

describe('the headline of a follow-up', () => {
  it('mid-period lists how the promises stand', () => {
    const counts = countVerdicts([
      ...Array<'uppfyllt'>(3).fill('uppfyllt'),
      ...Array<'i_fas'>(4).fill('i_fas'),
      'ligger_efter',
    ]);
    expect(followUpHeadline(counts, 'sv')).toBe('3 uppfyllda, 4 i fas, 1 ligger efter');
    expect(followUpHeadline(counts, 'en')).toBe('3 met, 4 on track, 1 behind');
  });

  it('at the end says how many were met', () => {
    const counts = countVerdicts(['met', 'met', 'met', 'met', 'met', 'met', 'missed', 'missed']);
    expect(followUpHeadline(counts, 'sv')).toBe('6 av 8 uppfyllda');
    expect(followUpHeadline(countVerdicts(['uppfyllt', 'delvis_uppfyllt']), 'sv')).toBe(
      '1 av 2 uppfyllt, 1 delvis uppfyllt',
    );
  });

  it('a promise followed up in text is named, not counted as a failure', () => {
    expect(followUpHeadline(countVerdicts(['uppfyllt', 'foljs_upp_i_text']), 'sv')).toBe(
      '1 av 1 uppfyllt, 1 följs upp i text',
    );
    expect(followUpHeadline(countVerdicts(['i_fas', 'foljs_upp_i_text']), 'sv')).toBe('1 i fas, 1 följs upp i text');
    expect(followUpHeadline(countVerdicts(['foljs_upp_i_text']), 'sv')).toBe('1 följs upp i text');
  });
});

describe('the one number shown', () => {
  it('3 of 2 this month reads as met, with its month', () => {
    const p = computeProgress({
      target: monthly,
      period,
      at: '2026-03-20',
      activities: days(
        '2026-01-05',
        '2026-01-06',
        '2026-02-02',
        '2026-02-03',
        '2026-03-02',
        '2026-03-09',
        '2026-03-16',
      ),
    });
    const figure = shownFigure(monthly, p, '2026-03-20', period.from);
    expect(figure.status).toBe('met');
    expect(figureText(figure, monthly, 'sv')).toBe('3 av 2 trafikkontroller under mars 2026');
  });

  it('a month that ended short is what the number shows while the status is "Ej uppfyllt"', () => {
    const p = computeProgress({
      target: monthly,
      period,
      at: '2026-03-20',
      activities: days('2026-01-05', '2026-01-06', '2026-02-02', '2026-03-02', '2026-03-09', '2026-03-16'),
    });
    const figure = shownFigure(monthly, p, '2026-03-20', period.from);
    expect(figure.status).toBe('missed');
    expect(figureText(figure, monthly, 'sv')).toBe('1 av 2 trafikkontroller under februari 2026');
  });

  it('an "i snitt" target shows the total so far, with the status of that total', () => {
    const average: Target = { ...monthly, count: 3, per: 'week', average: true, unit: 'samtal' } as Target;
    const p = computeProgress({ target: average, period, at: '2026-01-14', activities: days('2026-01-05') });
    const figure = shownFigure(average, p, '2026-01-14', period.from);
    expect(figure).toMatchObject({ status: 'at_risk', done: 1, required: p.requiredToDate });
    expect(figureText(figure, average, 'sv')).toBe(`1 av ${p.requiredToDate} samtal hittills i år`);
  });

  it('löpande work is followed up in text and says what was done so far', () => {
    const none: Target = { kind: 'none' };
    const p = computeProgress({
      target: none,
      period: { from: '2025-11-28', to: null },
      at: '2026-03-01',
      activities: days('2026-02-01'),
    });
    const figure = shownFigure(none, p, '2026-03-01', '2025-11-28');
    expect(figure.status).toBe('not_measurable');
    expect(figureText(figure, none, 'sv')).toBe('Gjort hittills sedan 28 november 2025: 1');
  });

  it('hours keep their decimals the Swedish way', () => {
    const hours: Target = { ...monthly, count: 4, per: 'period', unit: 'timmar' } as Target;
    const p = computeProgress({
      target: hours,
      period,
      at: '2026-03-01',
      activities: [{ date: '2026-02-01', quantity: 2.5 }],
    });
    expect(figureText(shownFigure(hours, p, '2026-03-01', period.from), hours, 'sv')).toBe(
      '2,5 av 4 timmar under hela perioden',
    );
  });
});
