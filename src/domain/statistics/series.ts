/**
 * A kommun's yearly series for one crime category: counts, population and
 * rate per 100 000 inhabitants, and its trend as a least-squares line over
 * the years, with the values it was fitted to and the fitted line itself.
 * A trend needs at least three years with a value, and none where the
 * source wrote "-" (zero) between years with values: such a zero is more
 * often a gap than a year without crime, and would fake a steep fall.
 * Without a trend, assessTrend says why.
 */
import { z } from 'zod';

export interface CountInput {
  year: number;
  count: number | null;
  ratePer100k: number | null;
  /** The source wrote "-" (zero) for the count */
  dash?: boolean;
}

export interface PopulationInput {
  year: number;
  population: number;
}

// Zod schemas, because the API answers these shapes as they are (src/contracts/statistics.ts).
export const seriesPointSchema = z.object({
  year: z.number().int(),
  count: z.number().nullable(),
  population: z.number().nullable(),
  ratePer100k: z.number().nullable(),
  /** 'bra': the rate in BRÅ's file; 'computed': count / population × 100 000; null: neither was possible */
  rateSource: z.enum(['bra', 'computed']).nullable(),
  /** The source wrote "-" (zero) for this year; the count is 0. */
  dash: z.boolean(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

export const trendSchema = z.object({
  /** Rates when at least two years have one (population changes), otherwise counts. */
  basis: z.enum(['ratePer100k', 'count']),
  slopePerYear: z.number(),
  /** The slope as a share of the series' mean, in percent per year. */
  relativeSlopePercent: z.number(),
  direction: z.enum(['up', 'down', 'flat']),
  firstYear: z.number().int(),
  lastYear: z.number().int(),
  /** Change from the first to the last value, in percent; null when the first value is 0. */
  changePercent: z.number().nullable(),
  series: z.array(z.object({ year: z.number().int(), value: z.number(), fitted: z.number() })),
});
export type Trend = z.infer<typeof trendSchema>;

/** Why a series has no trend. */
export const noTrendSchema = z.object({
  code: z.enum(['too_few_years', 'dash_year']),
  message: z.string(),
  messageEn: z.string(),
});
export type NoTrend = z.infer<typeof noTrendSchema>;

/** Fewer years than this with a value: no trend. */
export const MIN_TREND_YEARS = 3;
export type TrendDirection = Trend['direction'];

/** A trend slower than this share of the mean per year counts as flat: yearly noise in crime counts is larger. */
export const FLAT_PERCENT_PER_YEAR = 2;

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function ratePer100k(count: number, population: number): number {
  return round((count / population) * 100_000, 1);
}

export function buildSeries(counts: CountInput[], population: PopulationInput[]): SeriesPoint[] {
  const popByYear = new Map(population.map((p) => [p.year, p.population]));
  return [...counts]
    .sort((a, b) => a.year - b.year)
    .map(({ year, count, ratePer100k: rate, dash }) => {
      const c = { year, count, ratePer100k: rate, dash: dash === true };
      const pop = popByYear.get(c.year) ?? null;
      if (c.ratePer100k !== null) return { ...c, population: pop, rateSource: 'bra' as const };
      if (c.count !== null && pop)
        return { ...c, population: pop, ratePer100k: ratePer100k(c.count, pop), rateSource: 'computed' as const };
      return { ...c, population: pop, ratePer100k: null, rateSource: null };
    });
}

/** Ordinary least squares of value on year. Needs at least two distinct years. */
export function leastSquares(points: { year: number; value: number }[]): { slope: number; intercept: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  if (sxx === 0) return null;
  const sxy = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

function directionOf(relativeSlopePercent: number): TrendDirection {
  if (Math.abs(relativeSlopePercent) < FLAT_PERCENT_PER_YEAR) return 'flat';
  return relativeSlopePercent > 0 ? 'up' : 'down';
}

function noTrend(points: SeriesPoint[], values: { year: number; value: number }[]): NoTrend | null {
  const dashes = points.filter((p) => p.dash).map((p) => p.year);
  if (dashes.length && values.some((v) => v.value > 0)) {
    const years = dashes.join(', ');
    return {
      code: 'dash_year',
      message: `Källan skriver "-" (noll) för ${years} men har värden för andra år. Ett streck mitt i en serie är oftare en lucka än ett år utan brott, så ingen trend räknas fram.`,
      messageEn: `The source writes "-" (zero) for ${years} but has values for other years. A dash within a series is more often a gap than a year without crime, so no trend is computed.`,
    };
  }
  if (values.length < MIN_TREND_YEARS) {
    return {
      code: 'too_few_years',
      message: `Det behövs minst ${MIN_TREND_YEARS} år med värden för att säga något om utvecklingen; här finns ${values.length}.`,
      messageEn: `At least ${MIN_TREND_YEARS} years with values are needed to say anything about the trend; there are ${values.length}.`,
    };
  }
  return null;
}

/** The trend of a series, or why there is none (fewer than three years with a value, or a dash year among values). */
export function assessTrend(points: SeriesPoint[]): { trend: Trend | null; noTrend: NoTrend | null } {
  const rates = points.filter((p) => p.ratePer100k !== null).map((p) => ({ year: p.year, value: p.ratePer100k! }));
  const counts = points.filter((p) => p.count !== null).map((p) => ({ year: p.year, value: p.count! }));
  const basis = rates.length >= MIN_TREND_YEARS ? 'ratePer100k' : 'count';
  const values = basis === 'ratePer100k' ? rates : counts;
  const why = noTrend(points, values);
  if (why) return { trend: null, noTrend: why };
  return { trend: fitTrend(basis, values), noTrend: null };
}

/** The trend of a series; null when assessTrend says there is none. */
export function trendOf(points: SeriesPoint[]): Trend | null {
  return assessTrend(points).trend;
}

function fitTrend(basis: Trend['basis'], values: { year: number; value: number }[]): Trend | null {
  const fit = leastSquares(values);
  if (!fit) return null;
  const mean = values.reduce((s, p) => s + p.value, 0) / values.length;
  const relative = mean === 0 ? 0 : (fit.slope / mean) * 100;
  const first = values[0]!;
  const last = values[values.length - 1]!;
  return {
    basis,
    slopePerYear: round(fit.slope, 2),
    relativeSlopePercent: round(relative, 1),
    direction: directionOf(relative),
    firstYear: first.year,
    lastYear: last.year,
    changePercent: first.value === 0 ? null : round(((last.value - first.value) / first.value) * 100, 1),
    series: values.map((p) => ({ ...p, fitted: round(fit.intercept + fit.slope * p.year, 1) })),
  };
}
