import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crimeResult, surveyResult, activitySumResult, summaryFromInterval, type CountPoint } from './compute.ts';
import { outcomeSentence, caveats } from './sentence.ts';
import { currentWindow, proposedCrimeBaseline, proposedSurveyBaseline, yearsIn } from './indicator.ts';

const year = (y: number, count: number, population = 16_000): CountPoint => ({
  from: `${y}-01-01`,
  to: `${y}-12-31`,
  count,
  population,
});

describe('windows', () => {
  it('proposes the three whole years before the period for statistics', () => {
    expect(proposedCrimeBaseline('2026-03-01')).toEqual({ from: '2023-01-01', to: '2025-12-31' });
  });
  it('proposes the latest survey before the period', () => {
    expect(proposedSurveyBaseline('2026-01-01', ['2023-10-01', '2025-10-15', '2026-10-01'])).toEqual({
      from: '2025-10-15',
      to: '2025-10-15',
    });
  });
  it('the current window ends at the day asked for or the period end', () => {
    expect(currentWindow({ from: '2026-01-01', to: '2027-12-31' }, '2026-12-02')).toEqual({
      from: '2026-01-01',
      to: '2026-12-02',
    });
    expect(
      currentWindow({ from: '2026-01-01', to: '2027-12-31' }, '2026-12-02', { from: '2026-05-01', to: '2026-08-31' }),
    ).toEqual({
      from: '2026-05-01',
      to: '2026-08-31',
    });
  });
  it('a month is its share of the year', () => {
    expect(yearsIn({ from: '2026-02-01', to: '2026-02-28' })).toBeCloseTo(28 / 365, 10);
    expect(yearsIn({ from: '2024-01-01', to: '2024-12-31' })).toBe(1);
  });
});

describe('crime indicator (hand-computed)', () => {
  const points = [year(2023, 40), year(2024, 38), year(2025, 42), year(2026, 20)];
  const r = crimeResult({
    desired: 'decrease',
    points,
    baseline: { from: '2023-01-01', to: '2025-12-31' },
    current: { from: '2026-01-01', to: '2026-12-31' },
  });
  it('rates per 100 000 and year in each window, and the events counted', () => {
    expect(r.baseline).toMatchObject({ value: 250, n: 120 });
    expect(r.current).toMatchObject({ value: 125, n: 20 });
  });
  it('RR 0.5 with exp(ln 0.5 ± 1.96·√(1/20 + 1/120)): improved', () => {
    expect(r.change!.estimate).toBeCloseTo(0.5, 10);
    expect(r.change!.low).toBeCloseTo(0.5 * Math.exp(-1.96 * Math.sqrt(1 / 20 + 1 / 120)), 10);
    expect(r.change!.high).toBeCloseTo(0.8027, 3);
    expect(r.verdict).toBe('improved');
  });
  it('says it in one Swedish sentence with counts and the interval', () => {
    expect(outcomeSentence('Anmälda bostadsinbrott', r)).toBe(
      'Anmälda bostadsinbrott: 250 per 100 000 invånare och år under 2023–2025 (120 st), 125 under 2026 (20 st): \u221250 %, med osäkerhet mellan \u221269 % och \u221220 %. Det har blivit bättre, mer än slumpen kan förklara.',
    );
    expect(caveats(r, 'sv')).toEqual([
      'Färre anmälda brott kan också betyda att färre anmäler.',
      'Ett enskilt års förändring är ofta slump.',
    ]);
  });
  it('under 10 events in a window says too little data, in words', () => {
    const few = crimeResult({
      desired: 'decrease',
      points: [year(2023, 3), year(2024, 4), year(2025, 2), year(2026, 1)],
      baseline: { from: '2023-01-01', to: '2025-12-31' },
      current: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(few.verdict).toBe('too_little_data');
    expect(outcomeSentence('Rån', few)).toContain('För få anmälda brott för att säga om det har ändrats.');
  });
  it('no statistics yet for the current window: nothing claimed', () => {
    const none = crimeResult({
      desired: 'decrease',
      points: points.slice(0, 3),
      baseline: { from: '2023-01-01', to: '2025-12-31' },
      current: { from: '2026-01-01', to: '2026-12-02' },
    });
    expect(none.current).toBeNull();
    expect(none.verdict).toBe('too_little_data');
    expect(outcomeSentence('Rån', none)).toBe('Rån: Det finns ännu ingen statistik för båda perioderna att jämföra.');
  });
  it('compares with the län: the same fall there gives no difference beyond the trend', () => {
    const lan = [year(2023, 4000, 1.6e6), year(2024, 3800, 1.6e6), year(2025, 4200, 1.6e6), year(2026, 2000, 1.6e6)];
    const c = crimeResult({
      desired: 'decrease',
      points,
      baseline: { from: '2023-01-01', to: '2025-12-31' },
      current: { from: '2026-01-01', to: '2026-12-31' },
      comparison: { name: 'länet', points: lan },
    });
    expect(c.comparison!.change.estimate).toBeCloseTo(1, 10);
    expect(outcomeSentence('Bostadsinbrott', c)).toContain('Förändringen skiljer sig inte tydligt från den i länet.');
  });
});

describe('survey indicators', () => {
  it('a share with Newcombe interval: 60 % → 80 %, more is better → improved', () => {
    const r = surveyResult({
      kind: 'survey_share',
      desired: 'increase',
      rounds: [
        { date: '2025-10-01', label: '2025', yes: 48, n: 80 },
        { date: '2026-10-01', label: '2026', yes: 56, n: 70 },
      ],
      baseline: { from: '2025-01-01', to: '2025-12-31' },
      current: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(r.change!.estimate).toBeCloseTo(0.2, 10);
    expect(r.change!.low).toBeCloseTo(0.0524, 4);
    expect(r.verdict).toBe('improved');
    expect(outcomeSentence('Känner sig trygga i centrum', r)).toBe(
      'Känner sig trygga i centrum: 60 % vid mätningen 2025-10-01 (80 svar), 80 % vid mätningen 2026-10-01 (70 svar): en skillnad på +20 procentenheter, med osäkerhet mellan +5 och +33. Det har blivit bättre, mer än slumpen kan förklara.',
    );
  });
  it('fewer than 30 answers in a round is too little data', () => {
    const r = surveyResult({
      kind: 'survey_share',
      desired: 'decrease',
      rounds: [
        { date: '2025-10-01', label: '2025', yes: 10, n: 20 },
        { date: '2026-10-01', label: '2026', yes: 2, n: 25 },
      ],
      baseline: { from: '2025-01-01', to: '2025-12-31' },
      current: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(r.verdict).toBe('too_little_data');
    expect(outcomeSentence('Otrygga', r)).toContain('För få svar för att säga om det har ändrats.');
  });
  it('an index from an outside report with only an interval gets its variance back', () => {
    const s = summaryFromInterval(3, 1000, 2.9, 3.1)!;
    // se = 0.2 / 3.92; variance = se² · n
    expect(s.variance).toBeCloseTo((0.2 / 3.92) ** 2 * 1000, 10);
  });
  it('property: the interval always holds the estimate; adding agreeing answers never flips the verdict', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 2000 }),
        fc.integer({ min: 30, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n0, n1, f0, f1) => {
          const rounds = [
            { date: '2025-10-01', label: 'a', yes: Math.round(f0 * n0), n: n0 },
            { date: '2026-10-01', label: 'b', yes: Math.round(f1 * n1), n: n1 },
          ];
          const w = {
            baseline: { from: '2025-01-01', to: '2025-12-31' },
            current: { from: '2026-01-01', to: '2026-12-31' },
          };
          const r = surveyResult({ kind: 'survey_share', desired: 'decrease', rounds, ...w });
          expect(r.change!.low).toBeLessThanOrEqual(r.change!.estimate + 1e-12);
          expect(r.change!.high).toBeGreaterThanOrEqual(r.change!.estimate - 1e-12);
          const doubled = surveyResult({
            kind: 'survey_share',
            desired: 'decrease',
            rounds: rounds.map((x) => ({ ...x, yes: x.yes * 2, n: x.n * 2 })),
            ...w,
          });
          if (r.verdict !== 'no_clear_change') expect(doubled.verdict).toBe(r.verdict);
        },
      ),
    );
  });
});

describe('activity sums', () => {
  it('are shown, never tested', () => {
    const r = activitySumResult({
      desired: 'increase',
      daily: [
        { date: '2025-05-01', value: 2 },
        { date: '2026-03-01', value: 3 },
        { date: '2026-04-01', value: 4 },
      ],
      baseline: { from: '2025-01-01', to: '2025-12-31' },
      current: { from: '2026-01-01', to: '2026-12-31' },
    });
    expect(r.current!.value).toBe(7);
    expect(r.verdict).toBe('not_tested');
    expect(outcomeSentence('Beslag', r)).toBe(
      'Beslag: 7 hittills under perioden. Summan visas som underlag; den prövas inte som en förändring.',
    );
  });
});
