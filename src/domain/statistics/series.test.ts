import { describe, expect, it } from 'vitest';
import { assessTrend, buildSeries, leastSquares, ratePer100k, trendOf } from './series.ts';

describe('rates per 100 000 inhabitants', () => {
  it('computes count / population × 100 000 to one decimal', () => {
    expect(ratePer100k(1204, 16852)).toBe(7144.6);
    expect(ratePer100k(0, 5000)).toBe(0);
  });

  it("prefers BRÅ's own rate, computes it when missing, and leaves it empty without population", () => {
    const points = buildSeries(
      [
        { year: 2023, count: 1204, ratePer100k: 7025.3 },
        { year: 2021, count: 1000, ratePer100k: null },
        { year: 2022, count: 1100, ratePer100k: null },
      ],
      [
        { year: 2021, population: 20000 },
        { year: 2023, population: 16852 },
      ],
    );
    expect(points).toEqual([
      { year: 2021, count: 1000, population: 20000, ratePer100k: 5000, rateSource: 'computed', dash: false },
      { year: 2022, count: 1100, population: null, ratePer100k: null, rateSource: null, dash: false },
      { year: 2023, count: 1204, population: 16852, ratePer100k: 7025.3, rateSource: 'bra', dash: false },
    ]);
  });
});

describe('trend over several years', () => {
  const point = (year: number, count: number | null, rate: number | null = null) => ({
    year,
    count,
    population: null,
    ratePer100k: rate,
    rateSource: null,
    dash: false,
  });

  it('fits a least-squares line', () => {
    expect(
      leastSquares([
        { year: 2020, value: 1 },
        { year: 2021, value: 3 },
        { year: 2022, value: 2 },
      ]),
    ).toEqual({ slope: 0.5, intercept: 2 - 0.5 * 2021 });
    expect(leastSquares([{ year: 2020, value: 1 }])).toBeNull();
  });

  it('gives the slope per year, the direction and the series with its fitted line', () => {
    const t = trendOf([
      point(2019, null, 100),
      point(2020, null, 110),
      point(2021, null, 125),
      point(2022, null, 130),
    ])!;
    expect(t.basis).toBe('ratePer100k');
    expect(t.slopePerYear).toBe(10.5);
    expect(t.direction).toBe('up');
    expect([t.firstYear, t.lastYear]).toEqual([2019, 2022]);
    expect(t.changePercent).toBe(30);
    expect(t.series.map((s) => s.value)).toEqual([100, 110, 125, 130]);
    expect(t.series.map((s) => s.fitted)).toEqual([100.5, 111, 121.5, 132]);
  });

  it('is flat when the slope is under 2 % of the mean per year, and down when it falls', () => {
    expect(trendOf([point(2020, 1000), point(2021, 1010), point(2022, 995), point(2023, 1012)])!.direction).toBe(
      'flat',
    );
    expect(trendOf([point(2020, 1000), point(2021, 900), point(2022, 800)])!).toMatchObject({
      direction: 'down',
      slopePerYear: -100,
      basis: 'count',
    });
  });

  it('leaves out suppressed years, and has no trend with fewer than three years that have a value', () => {
    const t = trendOf([point(2019, 10), point(2020, 10), point(2021, null), point(2022, 20)])!;
    expect(t.series.map((s) => s.year)).toEqual([2019, 2020, 2022]);
    const two = assessTrend([point(2020, 10), point(2021, null), point(2022, 20)]);
    expect(two.trend).toBeNull();
    expect(two.noTrend).toMatchObject({ code: 'too_few_years', message: expect.stringContaining('minst 3 år') });
    expect(two.noTrend!.message).toContain('här finns 2');
    expect(assessTrend([]).noTrend?.code).toBe('too_few_years');
  });

  it('falls back to counts when fewer than three years have a rate', () => {
    expect(trendOf([point(2020, 10, 50), point(2021, 12, 60), point(2022, 14)])!.basis).toBe('count');
  });
});

describe('a "-" (zero) year next to values', () => {
  const point = (year: number, count: number | null, dash = false) => ({
    year,
    count,
    population: null,
    ratePer100k: null,
    rateSource: null,
    dash,
  });

  it('gives no trend, and says which year and why, instead of a steep fall', () => {
    const series = [point(2019, 52), point(2020, 48), point(2021, 55), point(2022, 50), point(2023, 0, true)];
    // Counted as a real zero, the same years would show a fall of more than 20 % a year.
    const asZero = trendOf(series.map((p) => ({ ...p, dash: false })))!;
    expect(asZero.direction).toBe('down');
    expect(asZero.relativeSlopePercent).toBeLessThan(-20);
    const r = assessTrend(series);
    expect(r.trend).toBeNull();
    expect(r.noTrend).toMatchObject({ code: 'dash_year' });
    expect(r.noTrend!.message).toContain('"-" (noll) för 2023');
    expect(r.noTrend!.messageEn).toContain('2023');
  });

  it('keeps the flag on the year in the series', () => {
    const points = buildSeries(
      [
        { year: 2022, count: 3, ratePer100k: null },
        { year: 2023, count: 0, ratePer100k: null, dash: true },
      ],
      [],
    );
    expect(points.map((p) => p.dash)).toEqual([false, true]);
  });

  it('still has a trend when every year is a dash: nothing reported at all is flat', () => {
    const r = assessTrend([point(2021, 0, true), point(2022, 0, true), point(2023, 0, true)]);
    expect(r.noTrend).toBeNull();
    expect(r.trend).toMatchObject({ direction: 'flat', slopePerYear: 0 });
  });
});
