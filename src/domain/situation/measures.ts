/**
 * Each source's contribution to a problem as one normalised measure on the
 * same scale, 0–10 points, with the reason in words (docs/lagesbild-metod.md):
 * - dialogues, walks, EST and police notes: distinct problems by place and
 *   tertial, not the number of notes (a finding split in two is one problem);
 * - surveys: per category one value, the mean over its questions, weighted
 *   by the number of answers and shrunk when few answered;
 * - crime statistics and Polisen's events: the rate per 100 000 inhabitants
 *   against the län's or the country's, and the trend.
 */
import type { EvidenceSource, SourceMeasure } from './scoring.ts';

export const SCALE_MAX = 10;
/** A distinct problem gives its seriousness (1–5) divided by this: four very serious problems fill the scale. */
export const SERIOUSNESS_DIVISOR = 2;
/** Answers at which a survey's value counts by half: certainty = answers / (answers + this). */
export const CERTAINTY_ANSWERS = 50;
/** At the reference's rate a source gives this; twice the reference or more gives the whole scale. */
export const RATE_AT_REFERENCE = 5;
export const RATE_RATIO_CAP = 2;
/** A rising trend adds, a falling one takes away, this many points. */
export const TREND_POINTS = 1;

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => Math.min(SCALE_MAX, Math.max(0, n));
export const numSv = (n: number, digits = 1) => n.toLocaleString('sv-SE', { maximumFractionDigits: digits });
const numEn = (n: number, digits = 1) => n.toLocaleString('en-GB', { maximumFractionDigits: digits });
/** "1 fråga", "2 frågor": the count and the word in its number. */
const n = (count: number, one: string, many: string, lang: 'sv' | 'en' = 'sv') =>
  `${lang === 'sv' ? numSv(count) : numEn(count)} ${count === 1 ? one : many}`;

// ---------------------------------------------------------------- findings

export interface FindingInput {
  source: Extract<EvidenceSource, 'dialogue' | 'est' | 'police'>;
  category: string;
  /** 1–5 */
  seriousness: number;
  place: { key: string; name: string } | null;
  /** YYYY-MM-DD; null for material without a date (police notes), then the text tells problems apart. */
  date: string | null;
  text: string;
  description: string;
}

export interface DistinctProblem {
  source: FindingInput['source'];
  category: string;
  seriousness: number;
  findings: FindingInput[];
}

/** Jan–Apr 1, May–Aug 2, Sep–Dec 3: the follow-up cadence of the field. */
export function tertialOf(date: string): number {
  return Math.ceil(Number(date.slice(5, 7)) / 4);
}

function distinctKey(f: FindingInput): string {
  const when = f.date === null ? `text:${f.text.replace(/\s+/g, ' ').trim().toLowerCase()}` : tertialOf(f.date);
  return JSON.stringify([f.source, f.category, f.place?.key ?? null, when]);
}

/** Findings of the same source, category, place and tertial are one problem, as serious as the most serious of them. */
export function distinctProblems(findings: readonly FindingInput[]): DistinctProblem[] {
  const byKey = new Map<string, DistinctProblem>();
  for (const f of findings) {
    const key = distinctKey(f);
    const p = byKey.get(key);
    if (p) {
      p.findings.push(f);
      p.seriousness = Math.max(p.seriousness, f.seriousness);
    } else byKey.set(key, { source: f.source, category: f.category, seriousness: f.seriousness, findings: [f] });
  }
  return [...byKey.values()];
}

export function findingMeasures(findings: readonly FindingInput[]): SourceMeasure[] {
  const groups = new Map<string, DistinctProblem[]>();
  for (const p of distinctProblems(findings)) {
    const key = `${p.source}\u0000${p.category}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((problems) => {
    const sum = problems.reduce((n, p) => n + p.seriousness, 0);
    const notes = problems.reduce((n, p) => n + p.findings.length, 0);
    const points = round2(clamp(sum / SERIOUSNESS_DIVISOR));
    const capped = sum / SERIOUSNESS_DIVISOR > SCALE_MAX;
    return {
      source: problems[0]!.source,
      category: problems[0]!.category,
      points,
      items: problems.length,
      why:
        `${n(problems.length, 'skilt problem', 'skilda problem')} (plats och tertial) av ${n(notes, 'iakttagelse', 'iakttagelser')}; ` +
        `summa allvarlighet ${sum} / ${SERIOUSNESS_DIVISOR} = ${numSv(points, 2)} poäng${capped ? ' (högst 10)' : ''}`,
      whyEn:
        `${n(problems.length, 'distinct problem', 'distinct problems', 'en')} (place and tertial) from ${n(notes, 'finding', 'findings', 'en')}; ` +
        `total seriousness ${sum} / ${SERIOUSNESS_DIVISOR} = ${numEn(points, 2)} points${capped ? ' (at most 10)' : ''}`,
    };
  });
}

// ----------------------------------------------------------------- surveys

export type SurveyMeasureKind = 'index_0_6' | 'share' | 'index_0_100';

export interface SurveyItemInput {
  /** One survey (or one outside result set: source, year and area); answers are not added up within it. */
  surveyKey: string;
  surveyLabel: string;
  category: string;
  label: string;
  measure: SurveyMeasureKind;
  value: number;
  /** Answers behind the value; null when the source does not say. */
  answers: number | null;
}

/**
 * Every value on 0–10, high meaning a bigger problem: Polisen's index 0–6
 * (6 alarming), a share in percent, SCB's index 0–100 where 100 is best.
 */
export function surveyValue(measure: SurveyMeasureKind, value: number): number {
  if (measure === 'index_0_6') return clamp((value / 6) * SCALE_MAX);
  if (measure === 'share') return clamp(value / 10);
  return clamp((100 - value) / 10);
}

export function certainty(answers: number): number {
  return answers / (answers + CERTAINTY_ANSWERS);
}

interface SurveyGroup {
  label: string;
  values: number[];
  answers: number;
}

function groupSurveys(items: readonly SurveyItemInput[], minAnswers: number): Map<string, Map<string, SurveyGroup>> {
  const byCategory = new Map<string, Map<string, SurveyGroup>>();
  for (const item of items) {
    // An item without a stated number of answers counts as if it had the fewest allowed.
    const answers = item.answers ?? minAnswers;
    if (answers < minAnswers) continue;
    const surveys = byCategory.get(item.category) ?? new Map<string, SurveyGroup>();
    const g = surveys.get(item.surveyKey) ?? { label: item.surveyLabel, values: [], answers: 0 };
    g.values.push(surveyValue(item.measure, item.value));
    // The same people answer every question of a survey: the most answered question says how many.
    g.answers = Math.max(g.answers, answers);
    surveys.set(item.surveyKey, g);
    byCategory.set(item.category, surveys);
  }
  return byCategory;
}

/** Per category: each survey's mean over its questions, the surveys' mean weighted by answers, times the certainty. */
export function surveyMeasures(items: readonly SurveyItemInput[], minAnswers: number): SourceMeasure[] {
  return [...groupSurveys(items, minAnswers).entries()].map(([category, surveys]) => {
    const groups = [...surveys.values()].map((g) => ({
      ...g,
      mean: g.values.reduce((a, b) => a + b, 0) / g.values.length,
    }));
    const answers = groups.reduce((n, g) => n + g.answers, 0);
    const mean = groups.reduce((n, g) => n + g.mean * g.answers, 0) / answers;
    const sure = certainty(answers);
    const points = round2(mean * sure);
    const questions = groups.reduce((n, g) => n + g.values.length, 0);
    return {
      source: 'survey' as const,
      category,
      points,
      items: questions,
      why:
        `medelvärde ${numSv(mean, 2)} av 10 över ${n(questions, 'fråga', 'frågor')} i ${n(groups.length, 'mätning', 'mätningar')}, ` +
        `${numSv(answers)} svar ger säkerhet ${numSv(sure, 2)}: ${numSv(points, 2)} poäng`,
      whyEn:
        `mean ${numEn(mean, 2)} of 10 over ${n(questions, 'question', 'questions', 'en')} in ${n(groups.length, 'survey', 'surveys', 'en')}, ` +
        `${numEn(answers)} answers give certainty ${numEn(sure, 2)}: ${numEn(points, 2)} points`,
    };
  });
}

// ------------------------------------------------------------------- rates

export interface RateInput {
  source: Extract<EvidenceSource, 'statistics' | 'events'>;
  category: string;
  year: number;
  /** Per 100 000 inhabitants of the kommun. */
  rate: number;
  reference: { nameSv: string; nameEn: string; rate: number } | null;
  trend: { direction: 'up' | 'down' | 'flat'; percentPerYear: number; years: number } | null;
}

export function ratePoints(input: RateInput): number {
  if (!input.reference) return 0;
  const ratio = input.reference.rate > 0 ? input.rate / input.reference.rate : input.rate > 0 ? RATE_RATIO_CAP : 0;
  const trend = input.trend?.direction === 'up' ? TREND_POINTS : input.trend?.direction === 'down' ? -TREND_POINTS : 0;
  return round2(clamp(RATE_AT_REFERENCE * Math.min(ratio, RATE_RATIO_CAP) + trend));
}

function trendWords(t: RateInput['trend'], source: RateInput['source']): { sv: string; en: string } {
  if (!t && source === 'events') return { sv: 'utan trend', en: 'no trend' };
  if (!t) return { sv: 'ingen trend (färre än tre jämförbara år)', en: 'no trend (fewer than three comparable years)' };
  const pct = `${t.percentPerYear > 0 ? '+' : ''}`;
  if (t.direction === 'flat')
    return { sv: `oförändrad trend över ${t.years} år`, en: `flat trend over ${t.years} years` };
  const sign = t.direction === 'up' ? `+${TREND_POINTS}` : `−${TREND_POINTS}`;
  return {
    sv: `${t.direction === 'up' ? 'ökande' : 'minskande'} trend (${pct}${numSv(t.percentPerYear)} % per år över ${t.years} år) ${sign}`,
    en: `${t.direction === 'up' ? 'rising' : 'falling'} trend (${pct}${numEn(t.percentPerYear)} % a year over ${t.years} years) ${sign}`,
  };
}

export function rateMeasure(input: RateInput): SourceMeasure {
  const points = ratePoints(input);
  const base = { source: input.source, category: input.category, points, items: 1 };
  const rateSv = `${numSv(input.rate)} per 100\u00a0000 invånare ${input.year}`;
  const rateEn = `${numEn(input.rate)} per 100,000 inhabitants in ${input.year}`;
  if (!input.reference)
    return {
      ...base,
      why: `${rateSv}; inget jämförelsetal för länet eller riket, så det räknas inte`,
      whyEn: `${rateEn}; no figure for the county or the country to compare with, so it does not count`,
    };
  const ref = input.reference;
  const ratio = ref.rate > 0 ? input.rate / ref.rate : null;
  const trend = trendWords(input.trend, input.source);
  return {
    ...base,
    why:
      `${rateSv} mot ${numSv(ref.rate)} i ${ref.nameSv}` +
      `${ratio === null ? '' : ` (${numSv(ratio, 2)} gånger)`}; ${trend.sv}: ${numSv(points, 2)} poäng`,
    whyEn:
      `${rateEn} against ${numEn(ref.rate)} in ${ref.nameEn}` +
      `${ratio === null ? '' : ` (${numEn(ratio, 2)} times)`}; ${trend.en}: ${numEn(points, 2)} points`,
  };
}
