/**
 * A kommun's yearly series for one crime category: counts, population and
 * rate per 100 000 inhabitants, and its trend as a least-squares line over
 * the years, with the values it was fitted to and the fitted line itself.
 */
import { z } from 'zod';

export interface CountInput {
  year: number;
  count: number | null;
  ratePer100k: number | null;
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
    .map((c) => {
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

/** The trend of a series; null with fewer than two years that have a value. */
export function trendOf(points: SeriesPoint[]): Trend | null {
  const rates = points.filter((p) => p.ratePer100k !== null).map((p) => ({ year: p.year, value: p.ratePer100k! }));
  const counts = points.filter((p) => p.count !== null).map((p) => ({ year: p.year, value: p.count! }));
  const basis = rates.length >= 2 ? 'ratePer100k' : 'count';
  const values = basis === 'ratePer100k' ? rates : counts;
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
