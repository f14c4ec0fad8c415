/**
 * Contract of a survey's results as staff read them (GET
 * /api/v1/surveys/:id/results): every question in total and broken down by
 * area, gender and age band, small groups suppressed, free text redacted,
 * and the comparison with the previous survey of the same template. The
 * domain computes them (domain/surveys/results.ts, stats.ts); this is the
 * shape they are answered in.
 */
import { z } from 'zod';
import { DIMENSIONS } from '../domain/surveys/results.ts';
import { QUESTION_KINDS } from '../domain/surveys/types.ts';

const count = z.number().int().nonnegative();
/** Labels as stored or made by the results (an area's name, "Ej angivet"): Swedish always, other languages when given. */
export const Label = z.object({
  sv: z.string(),
  en: z.string().optional(),
  fi: z.string().optional(),
  fit: z.string().optional(),
});

export const OptionCount = z.object({
  value: z.string(),
  label: Label,
  count,
  /** Share of those who answered the question, 0–1 (for multiple choice the shares add up to more than 1). */
  share: z.number().min(0),
});

export const ChoiceStats = z.object({
  answered: count,
  options: z.array(OptionCount),
  /** Scale questions only: the mean of the chosen values. */
  mean: z.number().nullable().optional(),
});

export const ItemStats = z.object({
  itemId: z.string(),
  label: Label,
  counted: count,
  dontKnow: count,
  /** 0–6; null when fewer than five answers count. */
  index: z.number().nullable(),
  inOverall: z.boolean(),
  levels: z.array(OptionCount),
});

export const ProblemStats = z.object({
  answered: count,
  items: z.array(ItemStats),
  overall: z.number().nullable(),
});

export const QuestionStats = z.union([ProblemStats, ChoiceStats]);

export const GroupResult = z.object({
  key: z.string(),
  label: Label,
  /** Respondents in the group who answered; null when the group is suppressed. */
  n: count.nullable(),
  suppressed: z.enum(['none', 'too_few', 'secondary']),
  stats: QuestionStats.nullable(),
});

export const Breakdown = z.object({ dimension: z.enum(DIMENSIONS), groups: z.array(GroupResult) });

const COUNTED_KINDS = QUESTION_KINDS.filter((k): k is Exclude<(typeof QUESTION_KINDS)[number], 'text'> => k !== 'text');

export const CountedResult = z.object({
  questionId: z.string(),
  kind: z.enum(COUNTED_KINDS),
  text: Label,
  total: QuestionStats.nullable(),
  breakdowns: z.array(Breakdown),
});

export const TextResult = z.object({
  questionId: z.string(),
  kind: z.literal('text'),
  text: Label,
  answered: count,
  /** Coded answers per category; an answer may have several. */
  categories: z.array(OptionCount),
  uncoded: count,
  /** Redacted, in no particular order. */
  answers: z.array(z.string()),
});

export const QuestionResult = z.discriminatedUnion('kind', [CountedResult, TextResult]);

export const SurveyResults = z.object({
  responses: count,
  /** Fewer than five answers in all: nothing is shown. */
  suppressed: z.boolean(),
  questions: z.array(QuestionResult),
});

export const Comparison = z.object({
  previousSurveyId: z.uuid(),
  previousTitle: Label,
  rows: z.array(
    z.object({
      questionId: z.string(),
      /** Problem item id, or option value of a choice question. */
      key: z.string(),
      label: Label,
      measure: z.enum(['index', 'share']),
      current: z.number(),
      previous: z.number(),
      change: z.number(),
    }),
  ),
});

export const StaffResults = z.object({
  surveyId: z.uuid(),
  title: Label,
  status: z.enum(['draft', 'open', 'closed']),
  results: SurveyResults,
  comparison: Comparison.nullable(),
});
export type StaffResults = z.infer<typeof StaffResults>;
export type SurveyResultsView = z.infer<typeof SurveyResults>;
export type QuestionResultView = z.infer<typeof QuestionResult>;
export type QuestionStatsView = z.infer<typeof QuestionStats>;
export type GroupResultView = z.infer<typeof GroupResult>;
export type OptionCountView = z.infer<typeof OptionCount>;
export type ItemStatsView = z.infer<typeof ItemStats>;
