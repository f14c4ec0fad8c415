/**
 * The numbers behind "did it make a difference?" (docs/outcomes.md): rate
 * ratios for reported crime, Wilson and Newcombe intervals for survey
 * shares, and a normal-approximation (Welch) interval for a difference of
 * mean indices. All intervals are 95 % (z = 1.96). Pure functions: the API,
 * reports and public pages all compute through these.
 */

export const Z95 = 1.96;

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** Events in a window and its person-years (population × years). */
export interface CountWindow {
  count: number;
  personYears: number;
}

/** Rate per 100 000 inhabitants and year; null without person-years. */
export function ratePer100k(w: CountWindow): number | null {
  return w.personYears > 0 ? (w.count / w.personYears) * 100_000 : null;
}

/**
 * Rate ratio current / baseline with exp(ln RR ± 1.96·√(1/c₁ + 1/c₀)).
 * Null when either window has no events or no person-years: a ratio with a
 * zero count has no finite logarithm, and saying "−100 %" from zero events
 * would claim more than the data holds.
 */
export function rateRatio(baseline: CountWindow, current: CountWindow): Interval | null {
  if (baseline.count <= 0 || current.count <= 0) return null;
  if (baseline.personYears <= 0 || current.personYears <= 0) return null;
  const rr = current.count / current.personYears / (baseline.count / baseline.personYears);
  const se = Math.sqrt(1 / current.count + 1 / baseline.count);
  return { estimate: rr, low: Math.exp(Math.log(rr) - Z95 * se), high: Math.exp(Math.log(rr) + Z95 * se) };
}

/**
 * The kommun's rate ratio divided by a comparison area's (the län or
 * Sweden): the change beyond the general trend. Interval from the four
 * counts: √(1/c₁ + 1/c₀ + 1/d₁ + 1/d₀) on the log scale.
 */
export function ratioOfRateRatios(
  local: { baseline: CountWindow; current: CountWindow },
  comparison: { baseline: CountWindow; current: CountWindow },
): Interval | null {
  const a = rateRatio(local.baseline, local.current);
  const b = rateRatio(comparison.baseline, comparison.current);
  if (!a || !b) return null;
  const ratio = a.estimate / b.estimate;
  const se = Math.sqrt(
    1 / local.current.count + 1 / local.baseline.count + 1 / comparison.current.count + 1 / comparison.baseline.count,
  );
  return { estimate: ratio, low: Math.exp(Math.log(ratio) - Z95 * se), high: Math.exp(Math.log(ratio) + Z95 * se) };
}

/** Wilson score interval for `yes` of `n`; null when n is 0. */
export function wilson(yes: number, n: number): Interval | null {
  if (n <= 0 || yes < 0 || yes > n) return null;
  const p = yes / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Difference of two shares (current − baseline) with Newcombe's hybrid
 * score interval built from the two Wilson intervals (his method 10).
 */
export function shareDifference(
  baseline: { yes: number; n: number },
  current: { yes: number; n: number },
): Interval | null {
  const w0 = wilson(baseline.yes, baseline.n);
  const w1 = wilson(current.yes, current.n);
  if (!w0 || !w1) return null;
  const d = w1.estimate - w0.estimate;
  return {
    estimate: d,
    low: d - Math.sqrt((w1.estimate - w1.low) ** 2 + (w0.high - w0.estimate) ** 2),
    high: d + Math.sqrt((w1.high - w1.estimate) ** 2 + (w0.estimate - w0.low) ** 2),
  };
}

export interface SampleSummary {
  n: number;
  mean: number;
  /** Sample variance (n − 1 in the denominator). */
  variance: number;
}

/** Mean and sample variance of a list of values. */
export function summarise(values: readonly number[]): SampleSummary | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = n > 1 ? values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) : 0;
  return { n, mean, variance };
}

/** Difference of means (current − baseline), 95 % interval from both variances (Welch, normal quantile). */
export function meanDifference(baseline: SampleSummary, current: SampleSummary): Interval | null {
  if (baseline.n < 2 || current.n < 2) return null;
  const d = current.mean - baseline.mean;
  const se = Math.sqrt(current.variance / current.n + baseline.variance / baseline.n);
  return { estimate: d, low: d - Z95 * se, high: d + Z95 * se };
}
