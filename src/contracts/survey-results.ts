/**
 * Contract of a survey's results as staff read them (GET
 * /api/v1/surveys/:id/results): every question in total and broken down by
 * area, gender and age band, small groups suppressed, free text redacted,
 * and the comparison with the previous survey of the same template. The
 * domain computes them and declares their shapes once (domain/surveys/
 * results.ts, stats.ts, comparison.ts); they are named here with the staff
 * view around them.
 */
import { z } from 'zod';
import { Comparison } from '../domain/surveys/comparison.ts';
import { GroupResult, QuestionResult, SurveyResults } from '../domain/surveys/results.ts';
import { ItemStats, OptionCount, QuestionStats, ResultLabel } from '../domain/surveys/stats.ts';

export { Comparison, GroupResult, ItemStats, OptionCount, QuestionResult, QuestionStats, SurveyResults };

export const StaffResults = z.object({
  surveyId: z.uuid(),
  title: ResultLabel,
  status: z.enum(['draft', 'open', 'closed']),
  results: SurveyResults,
  comparison: Comparison.nullable(),
});
export type StaffResults = z.infer<typeof StaffResults>;

/** GET /api/v1/surveys/:id/results/text-answers: a text question's redacted answers, a page at a time. */
export const TextAnswersQuery = z.object({
  question: z.string().min(1).max(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type TextAnswersQuery = z.infer<typeof TextAnswersQuery>;
export const TextAnswersPage = z.object({
  questionId: z.string(),
  /** Fewer than five answers in all: nothing is shown, as in the results. */
  suppressed: z.boolean(),
  /** How many answered the question in all. */
  answered: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  /** Redacted, in the order the results give them; at most TEXT_ANSWERS_PAGE. */
  answers: z.array(z.string()),
  /** The offset of the next page; null after the last. */
  nextOffset: z.number().int().nonnegative().nullable(),
});
export type TextAnswersPage = z.infer<typeof TextAnswersPage>;
export type SurveyResultsView = z.infer<typeof SurveyResults>;
export type QuestionResultView = z.infer<typeof QuestionResult>;
export type QuestionStatsView = z.infer<typeof QuestionStats>;
export type GroupResultView = z.infer<typeof GroupResult>;
export type OptionCountView = z.infer<typeof OptionCount>;
export type ItemStatsView = z.infer<typeof ItemStats>;
