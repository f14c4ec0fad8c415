/**
 * One indicator's result: the value in the baseline and current windows,
 * the change with its 95 % interval and the verdict (docs/outcomes.md).
 */
import {
  meanDifference,
  rateRatio,
  ratePer100k,
  ratioOfRateRatios,
  shareDifference,
  type CountWindow,
  type Interval,
  type SampleSummary,
} from './estimates.ts';
import { spanInWindow, inWindow, yearsIn, type Window, type OutcomeKind } from './indicator.ts';
import { enoughAnswers, enoughEvents, verdictOf, type ChangeMeasure, type Desired } from './verdict.ts';
import { Z95 } from './estimates.ts';

/** Reported crimes or police events in one year or month, with the population then. */
export interface CountPoint extends Window {
  count: number;
  population: number;
}

/** One survey round: its day and what it measured. */
export interface SurveyRound {
  date: string;
  label: string;
  /** survey_share: respondents who gave one of the chosen answers, of `n` who answered. */
  yes?: number;
  n: number;
  /** survey_index: mean and sample variance of the answers' points. */
  summary?: SampleSummary | null;
  /** survey_index from a source that gives the mean but no spread: shown, never tested. */
  mean?: number;
}

export interface WindowValue extends Window {
  /** Rate per 100 000 and year, the share (0–1) or the mean index. */
  value: number | null;
  /** Events (crime) or answers (surveys) in the window. */
  n: number;
}

export type Verdict = 'improved' | 'worsened' | 'no_clear_change' | 'too_little_data' | 'not_tested';

export interface IndicatorResult {
  kind: OutcomeKind;
  desired: Desired;
  baseline: WindowValue | null;
  current: WindowValue | null;
  change: (Interval & { measure: ChangeMeasure }) | null;
  comparison: { name: string; change: Interval & { measure: 'rate_ratio' } } | null;
  verdict: Verdict;
  /** Every point or round available, for the chart. */
  series: WindowValue[];
}

function countIn(points: readonly CountPoint[], w: Window): (CountWindow & Window) | null {
  const inside = points.filter((p) => spanInWindow(p, w));
  if (!inside.length) return null;
  const days = inside.flatMap((p) => [p.from, p.to]).sort();
  const from = days[0]!;
  const to = days.at(-1)!;
  return {
    from,
    to,
    count: inside.reduce((s, p) => s + p.count, 0),
    personYears: inside.reduce((s, p) => s + p.population * yearsIn(p), 0),
  };
}

const asValue = (c: (CountWindow & Window) | null): WindowValue | null =>
  c && { from: c.from, to: c.to, value: ratePer100k(c), n: c.count };

export function crimeResult(input: {
  desired: Desired;
  points: readonly CountPoint[];
  baseline: Window;
  current: Window;
  comparison?: { name: string; points: readonly CountPoint[] } | null;
}): IndicatorResult {
  const b = countIn(input.points, input.baseline);
  const c = countIn(input.points, input.current);
  const rr = b && c ? rateRatio(b, c) : null;
  const enough = !!b && !!c && enoughEvents(b.count, c.count);
  let comparison: IndicatorResult['comparison'] = null;
  if (input.comparison && b && c) {
    const cb = countIn(input.comparison.points, { from: b.from, to: b.to });
    const cc = countIn(input.comparison.points, { from: c.from, to: c.to });
    const ratio = cb && cc ? ratioOfRateRatios({ baseline: b, current: c }, { baseline: cb, current: cc }) : null;
    if (ratio && enough) comparison = { name: input.comparison.name, change: { ...ratio, measure: 'rate_ratio' } };
  }
  return {
    kind: 'crime',
    desired: input.desired,
    baseline: asValue(b),
    current: asValue(c),
    change: rr && { ...rr, measure: 'rate_ratio' },
    comparison,
    verdict: verdictOf(rr, 'rate_ratio', input.desired, enough),
    series: [...input.points]
      .sort((x, y) => x.from.localeCompare(y.from))
      .map((p) => ({
        from: p.from,
        to: p.to,
        value: ratePer100k({ count: p.count, personYears: p.population * yearsIn(p) }),
        n: p.count,
      })),
  };
}

/** The latest round inside a window: a survey is a snapshot, the newest says most about the window. */
function latestIn(rounds: readonly SurveyRound[], w: Window): SurveyRound | null {
  return (
    [...rounds]
      .filter((r) => inWindow(r.date, w))
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1) ?? null
  );
}

function roundValue(kind: 'survey_share' | 'survey_index', r: SurveyRound): WindowValue {
  const value =
    kind === 'survey_share'
      ? r.n > 0 && r.yes !== undefined
        ? r.yes / r.n
        : null
      : (r.summary?.mean ?? r.mean ?? null);
  return { from: r.date, to: r.date, value, n: r.n };
}

export function surveyResult(input: {
  kind: 'survey_share' | 'survey_index';
  desired: Desired;
  rounds: readonly SurveyRound[];
  baseline: Window;
  current: Window;
}): IndicatorResult {
  const b = latestIn(input.rounds, input.baseline);
  const c = latestIn(input.rounds, input.current);
  let change: Interval | null = null;
  if (b && c && b !== c) {
    if (input.kind === 'survey_share') {
      change = shareDifference({ yes: b.yes ?? 0, n: b.n }, { yes: c.yes ?? 0, n: c.n });
    } else if (b.summary && c.summary) {
      change = meanDifference(b.summary, c.summary);
    }
  }
  const enough = !!b && !!c && b !== c && enoughAnswers(b.n, c.n);
  return {
    kind: input.kind,
    desired: input.desired,
    baseline: b && roundValue(input.kind, b),
    current: c && c !== b ? roundValue(input.kind, c) : null,
    change: change && { ...change, measure: 'difference' },
    comparison: null,
    verdict: verdictOf(change, 'difference', input.desired, enough),
    series: [...input.rounds].sort((x, y) => x.date.localeCompare(y.date)).map((r) => roundValue(input.kind, r)),
  };
}

/** A sum of an activity outcome (anmälningar, beslag): shown beside the others, never tested. */
export function activitySumResult(input: {
  desired: Desired;
  daily: readonly { date: string; value: number }[];
  baseline: Window;
  current: Window;
}): IndicatorResult {
  const sum = (w: Window): WindowValue => {
    const inside = input.daily.filter((d) => inWindow(d.date, w));
    return { from: w.from, to: w.to, value: inside.reduce((s, d) => s + d.value, 0), n: inside.length };
  };
  return {
    kind: 'activity_outcome',
    desired: input.desired,
    baseline: sum(input.baseline),
    current: sum(input.current),
    change: null,
    comparison: null,
    verdict: 'not_tested',
    series: [],
  };
}

/**
 * A source that gives an index with its interval but no variance (an
 * outside survey report): the sample variance implied by the interval.
 */
export function summaryFromInterval(mean: number, n: number, low: number, high: number): SampleSummary | null {
  if (n < 2 || !(high > low)) return null;
  const se = (high - low) / (2 * Z95);
  return { n, mean, variance: se * se * n };
}
