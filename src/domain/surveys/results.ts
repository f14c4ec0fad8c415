/**
 * The results of a survey: every question in total and broken down by
 * area, gender and age band, with the small-cell rule applied to every
 * group. Free text is never broken down and always comes out redacted;
 * only its coded categories are counted.
 */
import { DEFAULT_CATEGORIES, type CodingCategory } from './coding.ts';
import { NOT_STATED } from './labels.ts';
import { redact } from './redaction.ts';
import type { ProblemScoring } from './scoring.ts';
import { applySmallCellRule, tooFew, type Suppression } from './small-cell.ts';
import { hasAnswer, statsFor, type Counted, type OptionCount, type QuestionStats } from './stats.ts';
import type { Answers, LocalizedText, Question, QuestionKind } from './types.ts';

export const DIMENSIONS = ['area', 'gender', 'age_band'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface GroupResult {
  key: string;
  label: LocalizedText;
  /** Respondents in the group who answered the question; null when the group is suppressed. */
  n: number | null;
  suppressed: Suppression;
  stats: QuestionStats | null;
}

export interface Breakdown {
  dimension: Dimension;
  groups: GroupResult[];
}

export interface CountedResult {
  questionId: string;
  kind: Exclude<QuestionKind, 'text'>;
  text: LocalizedText;
  total: QuestionStats | null;
  breakdowns: Breakdown[];
}

export interface TextResult {
  questionId: string;
  kind: 'text';
  text: LocalizedText;
  answered: number;
  /** Coded answers per category; an answer may have several. */
  categories: OptionCount[];
  uncoded: number;
  /** Redacted, in no particular order (never the order of answering). */
  answers: string[];
}

export type QuestionResult = CountedResult | TextResult;

export interface SurveyResults {
  responses: number;
  /** Fewer than five answers in all: nothing is shown. */
  suppressed: boolean;
  questions: QuestionResult[];
}

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
}

function groupsOf(dimension: Question & { options: { value: string; label: LocalizedText }[] }, responses: readonly ResponseInput[]) {
  const groups = dimension.options.map((o) => ({
    key: o.value, label: o.label, members: responses.filter((r) => r.answers[dimension.id] === o.value).map((r) => r.answers),
  }));
  const unstated = responses.filter((r) => !hasAnswer(r.answers, dimension)).map((r) => r.answers);
  return [...groups, { key: '', label: NOT_STATED, members: unstated }];
}

function breakdown(q: Counted, dimension: Question, input: ResultsInput): Breakdown | null {
  if (!('options' in dimension) || !DIMENSIONS.includes(dimension.kind as Dimension)) return null;
  const raw = groupsOf(dimension, input.responses).map((g) => ({
    key: g.key, label: g.label, members: g.members, n: g.members.filter((a) => hasAnswer(a, q)).length,
  }));
  const marked = applySmallCellRule(raw);
  return {
    dimension: dimension.kind as Dimension,
    groups: marked.map((g) => ({
      key: g.key, label: g.label,
      n: g.suppressed === 'none' ? g.n : null,
      suppressed: g.suppressed,
      stats: g.suppressed === 'none' ? statsFor(q, g.members, input.scoring) : null,
    })),
  };
}

function countedResult(q: Counted, input: ResultsInput, dimensions: Question[]): CountedResult {
  const all = input.responses.map((r) => r.answers);
  const isDimension = DIMENSIONS.includes(q.kind as Dimension);
  return {
    questionId: q.id, kind: q.kind, text: q.text,
    total: statsFor(q, all, input.scoring),
    breakdowns: isDimension ? [] : dimensions.map((d) => breakdown(q, d, input)).filter((b): b is Breakdown => b !== null),
  };
}

function textResult(q: Question & { kind: 'text' }, input: ResultsInput): TextResult {
  const given = input.responses.filter((r) => hasAnswer(r.answers, q));
  const categories = input.categories ?? DEFAULT_CATEGORIES;
  const codesOf = (r: ResponseInput) => r.codes?.[q.id] ?? [];
  return {
    questionId: q.id, kind: 'text', text: q.text, answered: given.length,
    categories: categories.map((c) => {
      const count = given.filter((r) => codesOf(r).includes(c.key)).length;
      return { value: c.key, label: c.label, count, share: given.length ? count / given.length : 0 };
    }),
    uncoded: given.filter((r) => codesOf(r).length === 0).length,
    answers: [...given].sort((a, b) => a.id.localeCompare(b.id)).map((r) => redact(String(r.answers[q.id])).text),
  };
}

export function computeResults(input: ResultsInput): SurveyResults {
  const responses = input.responses.length;
  if (tooFew(responses)) {
    return { responses, suppressed: true, questions: [] };
  }
  const dimensions = DIMENSIONS.map((d) => input.questions.find((q) => q.kind === d)).filter((q): q is Question => !!q);
  const questions = input.questions.map((q): QuestionResult => (q.kind === 'text' ? textResult(q, input) : countedResult(q, input, dimensions)));
  return { responses, suppressed: false, questions };
}
