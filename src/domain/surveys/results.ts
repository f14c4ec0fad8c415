/**
 * The results of a survey: every question in total and broken down by
 * area, gender and age band, with the small-cell rule applied to every
 * group. Free text is never broken down and always comes out redacted;
 * only its coded categories are counted.
 */
import { z } from 'zod';
import { addCount, type CountRow } from './answer-counts.ts';
import { DEFAULT_CATEGORIES, type CodingCategory } from './coding.ts';
import { NOT_STATED } from './labels.ts';
import { redact } from './redaction.ts';
import type { ProblemScoring } from './scoring.ts';
import { applySmallCellRule, Suppression, tooFew } from './small-cell.ts';
import {
  hasAnswer,
  isGiven,
  newTally,
  statsOfTally,
  OptionCount,
  QuestionStats,
  ResultLabel,
  tallyGiven,
  type Counted,
  type Tally,
} from './stats.ts';
import { QUESTION_KINDS, type Answers, type LocalizedText, type Question, type QuestionKind } from './types.ts';

export const DIMENSIONS = ['area', 'gender', 'age_band'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const count = z.number().int().nonnegative();

export const GroupResult = z.object({
  key: z.string(),
  label: ResultLabel,
  /** Respondents in the group who answered the question; null when the group is suppressed. */
  n: count.nullable(),
  suppressed: Suppression,
  stats: QuestionStats.nullable(),
});
export type GroupResult = z.infer<typeof GroupResult>;

export const Breakdown = z.object({ dimension: z.enum(DIMENSIONS), groups: z.array(GroupResult) });
export type Breakdown = z.infer<typeof Breakdown>;

const COUNTED_KINDS = QUESTION_KINDS.filter((k): k is Exclude<QuestionKind, 'text'> => k !== 'text');

export const CountedResult = z.object({
  questionId: z.string(),
  kind: z.enum(COUNTED_KINDS),
  text: ResultLabel,
  total: QuestionStats.nullable(),
  breakdowns: z.array(Breakdown),
});
export type CountedResult = z.infer<typeof CountedResult>;

export const TextResult = z.object({
  questionId: z.string(),
  kind: z.literal('text'),
  text: ResultLabel,
  answered: count,
  /** Coded answers per category; an answer may have several. */
  categories: z.array(OptionCount),
  uncoded: count,
  /**
   * Redacted, in no particular order (never the order of answering). The staff
   * results carry the first TEXT_ANSWERS_SHOWN (`answered` says how many there
   * are; the rest come a page at a time); the exports carry every one.
   */
  answers: z.array(z.string()),
});
export type TextResult = z.infer<typeof TextResult>;

export const QuestionResult = z.discriminatedUnion('kind', [CountedResult, TextResult]);
export type QuestionResult = z.infer<typeof QuestionResult>;

export const SurveyResults = z.object({
  responses: count,
  /** Fewer than five answers in all: nothing is shown. */
  suppressed: z.boolean(),
  questions: z.array(QuestionResult),
});
export type SurveyResults = z.infer<typeof SurveyResults>;

export interface ResponseInput {
  id: string;
  answers: Answers;
  /** Categories per text question, set by staff. */
  codes?: Record<string, string[]>;
}

export interface ResultsInput {
  questions: readonly Question[];
  responses: readonly ResponseInput[];
  scoring: ProblemScoring;
  categories?: readonly CodingCategory[];
  /** The kommun's area, kommun and partner names: never masked as names of people. */
  keepNames?: readonly string[];
  /** How many redacted answers per text question to give (the first by id); all when left out. */
  textAnswers?: number;
}

/** Redacted answers per text question in the staff results; the rest are read a page at a time. */
export const TEXT_ANSWERS_SHOWN = 20;

/** What the results count of one text question: the answers, the uncoded ones, and the answers per category. */
export interface TextCounts {
  answered: number;
  uncoded: number;
  byCategory: Map<string, number>;
}

/** Counts the text question's given answers one by one. */
export function countTexts(q: Question, responses: readonly ResponseInput[]): TextCounts {
  const out: TextCounts = { answered: 0, uncoded: 0, byCategory: new Map() };
  for (const r of responses) {
    if (!hasAnswer(r.answers, q)) continue;
    out.answered++;
    const codes = r.codes?.[q.id] ?? [];
    if (codes.length === 0) out.uncoded++;
    for (const key of new Set(codes)) out.byCategory.set(key, (out.byCategory.get(key) ?? 0) + 1);
  }
  return out;
}

/** Orders text answers as the results give them: by id (never the order of answering). */
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Stored answers of one text question as the database gives them: counted, and the first ones by id. */
export interface StoredTexts {
  counts: TextCounts;
  /** The first stored answers to the question by id (at least as many as the results show), their text only. */
  first: readonly ResponseInput[];
}

type DimensionQuestion = Question & { kind: Dimension; options: { value: string; label: LocalizedText }[] };

/** Which group of a dimension each respondent falls in: an option's index, the last index for "not stated", or -1 (an answer no longer offered). */
function groupIndexes(dimension: DimensionQuestion, responses: readonly ResponseInput[]): Int32Array {
  const byValue = new Map<unknown, number>();
  dimension.options.forEach((o, i) => {
    if (!byValue.has(o.value)) byValue.set(o.value, i);
  });
  const out = new Int32Array(responses.length);
  responses.forEach((r, i) => {
    out[i] = hasAnswer(r.answers, dimension) ? (byValue.get(r.answers[dimension.id]) ?? -1) : dimension.options.length;
  });
  return out;
}

/** The tallies of one counted question: in total and per group of every dimension (none for a background question). */
interface Plan {
  q: Counted;
  total: Tally;
  byDimension: Tally[][];
}

function plansFor(questions: readonly Counted[], dimensions: readonly DimensionQuestion[]): Plan[] {
  return questions.map((q) => ({
    q,
    total: newTally(q),
    byDimension: DIMENSIONS.includes(q.kind as Dimension)
      ? []
      : dimensions.map((d) => Array.from({ length: d.options.length + 1 }, () => newTally(q))),
  }));
}

/** Counts the answers one by one, in one pass. */
function tallyResponses(
  plans: readonly Plan[],
  dimensions: readonly DimensionQuestion[],
  responses: readonly ResponseInput[],
): void {
  const groupsOf = dimensions.map((d) => groupIndexes(d, responses));
  responses.forEach((r, i) => {
    for (const plan of plans) {
      const v = r.answers[plan.q.id];
      if (!isGiven(v)) continue;
      tallyGiven(plan.total, plan.q, v);
      for (let d = 0; d < plan.byDimension.length; d++) {
        const g = groupsOf[d]![i]!;
        if (g >= 0) tallyGiven(plan.byDimension[d]![g]!, plan.q, v);
      }
    }
  });
}

/** Adds running counts of stored answers (answer-counts.ts); a group no longer offered is left out, as an answer would be. */
function tallyCounts(plans: readonly Plan[], dimensions: readonly DimensionQuestion[], counts: readonly CountRow[]) {
  const planOf = new Map(plans.map((p) => [p.q.id, p]));
  const groupOf = dimensions.map((d) => {
    const byValue = new Map<string, number>([['', d.options.length]]);
    d.options.forEach((o, i) => {
      if (!byValue.has(o.value)) byValue.set(o.value, i);
    });
    return byValue;
  });
  for (const row of counts) {
    const plan = planOf.get(row.questionId);
    if (!plan) continue;
    if (row.dimension === '') {
      addCount(plan.total, plan.q, row.value, row.n);
      continue;
    }
    const d = dimensions.findIndex((x) => x.kind === row.dimension);
    const g = d >= 0 ? groupOf[d]!.get(row.group) : undefined;
    if (g !== undefined && plan.byDimension.length) addCount(plan.byDimension[d]![g]!, plan.q, row.value, row.n);
  }
}

function countedResult(plan: Plan, dimensions: readonly DimensionQuestion[], scoring: ProblemScoring): CountedResult {
  const { q, total, byDimension } = plan;
  return {
    questionId: q.id,
    kind: q.kind,
    text: q.text,
    total: statsOfTally(q, total, scoring),
    breakdowns: byDimension.map((tallies, d): Breakdown => {
      const dimension = dimensions[d]!;
      const labels = [
        ...dimension.options.map((o) => ({ key: o.value, label: o.label })),
        { key: '', label: NOT_STATED },
      ];
      const marked = applySmallCellRule(tallies.map((t, g) => ({ ...labels[g]!, t, n: t.answered })));
      return {
        dimension: dimension.kind,
        groups: marked.map((g) => ({
          key: g.key,
          label: g.label,
          n: g.suppressed === 'none' ? g.n : null,
          suppressed: g.suppressed,
          stats: g.suppressed === 'none' ? statsOfTally(q, g.t, scoring) : null,
        })),
      };
    }),
  };
}

/** A text question's result from its counts and its given answers in id order (at least as many as shown). */
function textResult(
  q: Question & { kind: 'text' },
  input: Omit<ResultsInput, 'responses'>,
  counts: TextCounts,
  ordered: readonly ResponseInput[],
): TextResult {
  const categories = input.categories ?? DEFAULT_CATEGORIES;
  const { answered } = counts;
  const shown = input.textAnswers === undefined ? ordered : ordered.slice(0, input.textAnswers);
  return {
    questionId: q.id,
    kind: 'text',
    text: q.text,
    answered,
    categories: categories.map((c) => {
      const count = counts.byCategory.get(c.key) ?? 0;
      return { value: c.key, label: c.label, count, share: answered ? count / answered : 0 };
    }),
    uncoded: counts.uncoded,
    answers: shown.map((r) => redact(String(r.answers[q.id]), { keep: input.keepNames }).text),
  };
}

/** Every given answer of the text question, counted and in id order. */
function textsOf(q: Question, responses: readonly ResponseInput[]): { counts: TextCounts; ordered: ResponseInput[] } {
  return { counts: countTexts(q, responses), ordered: responses.filter((r) => hasAnswer(r.answers, q)).sort(byId) };
}

/** The survey's background questions that break the results down, in the order of DIMENSIONS. */
function dimensionsOf(questions: readonly Question[]): DimensionQuestion[] {
  return DIMENSIONS.map((d) => questions.find((q) => q.kind === d)).filter(
    (q): q is DimensionQuestion => !!q && 'options' in q,
  );
}

function assemble(
  input: Omit<ResultsInput, 'responses'>,
  responses: number,
  fill: (plans: Plan[], dimensions: DimensionQuestion[]) => void,
  texts: (q: Question) => { counts: TextCounts; ordered: readonly ResponseInput[] },
): SurveyResults {
  if (tooFew(responses)) return { responses, suppressed: true, questions: [] };
  const dimensions = dimensionsOf(input.questions);
  const plans = plansFor(
    input.questions.filter((q): q is Counted => q.kind !== 'text'),
    dimensions,
  );
  fill(plans, dimensions);
  const counted = new Map(plans.map((p) => [p.q.id, countedResult(p, dimensions, input.scoring)]));
  const questions = input.questions.map((q): QuestionResult => {
    if (q.kind !== 'text') return counted.get(q.id)!;
    const { counts, ordered } = texts(q);
    return textResult(q, input, counts, ordered);
  });
  return { responses, suppressed: false, questions };
}

/** The results counted from every answer. */
export function computeResults(input: ResultsInput): SurveyResults {
  return assemble(
    input,
    input.responses.length,
    (plans, dimensions) => tallyResponses(plans, dimensions, input.responses),
    (q) => textsOf(q, input.responses),
  );
}

export interface CountedInput extends Omit<ResultsInput, 'responses'> {
  /** Running counts of the stored answers. */
  counts: readonly CountRow[];
  /** Answers not in the counts (those waiting for their batch), counted one by one. */
  waiting: readonly ResponseInput[];
  /** Per text question, its stored answers counted and the first ones (the waiting ones are added here). */
  storedTexts: ReadonlyMap<string, StoredTexts>;
}

/** Redacted text answers per page read after the first TEXT_ANSWERS_SHOWN (GET …/results/text-answers). */
export const TEXT_ANSWERS_PAGE = 100;

/**
 * One page of a text question's redacted answers, in the order the results
 * give them (stored answers by id, then the waiting ones): `stored` is the
 * page of stored answers from `offset` (storedAnswered of them in all), the
 * waiting answers fill what the stored ones leave of the page.
 */
export function textAnswersPage(input: {
  question: Question;
  stored: readonly ResponseInput[];
  storedAnswered: number;
  waiting: readonly ResponseInput[];
  offset: number;
  limit: number;
  keepNames?: readonly string[];
}): { answered: number; answers: string[] } {
  const { question: q } = input;
  const waiting = textsOf(q, input.waiting).ordered;
  const from = Math.max(0, input.offset - input.storedAnswered);
  const page = [...input.stored, ...waiting.slice(from, from + input.limit - input.stored.length)];
  return {
    answered: input.storedAnswered + waiting.length,
    answers: page.map((r) => redact(String(r.answers[q.id]), { keep: input.keepNames }).text),
  };
}

/** The same results as computeResults, from the running counts of the stored answers and the waiting ones. */
export function resultsFromCounts(input: CountedInput): SurveyResults {
  const stored = input.counts.filter((r) => r.dimension === '' && r.questionId === '').reduce((n, r) => n + r.n, 0);
  return assemble(
    input,
    stored + input.waiting.length,
    (plans, dimensions) => {
      tallyCounts(plans, dimensions, input.counts);
      tallyResponses(plans, dimensions, input.waiting);
    },
    (q) => {
      const stored = input.storedTexts.get(q.id) ?? { counts: countTexts(q, []), first: [] };
      const waiting = textsOf(q, input.waiting);
      const byCategory = new Map(stored.counts.byCategory);
      for (const [k, n] of waiting.counts.byCategory) byCategory.set(k, (byCategory.get(k) ?? 0) + n);
      return {
        counts: {
          answered: stored.counts.answered + waiting.counts.answered,
          uncoded: stored.counts.uncoded + waiting.counts.uncoded,
          byCategory,
        },
        // Waiting answers have made-up ids ('waiting-…') that sort after every stored one, as in computeResults.
        ordered: [...stored.first, ...waiting.ordered].sort(byId),
      };
    },
  );
}
