/**
 * The results staff choose to publish on the kommun's public page: a
 * question in total or broken down by one dimension. They are cut from the
 * already-suppressed results; a free-text question is published only as
 * its coded categories, never its answers.
 */
import { z } from 'zod';
import { DIMENSIONS, type Dimension, type GroupResult, type SurveyResults } from './results.ts';
import type { ChoiceStats, QuestionStats } from './stats.ts';
import type { LocalizedText, QuestionKind } from './types.ts';

export const publicChartSchema = z.object({
  questionId: z.string().min(1).max(40),
  breakdown: z.enum(['none', ...DIMENSIONS]).default('none'),
});
export type PublicChart = z.infer<typeof publicChartSchema>;

export interface PublishedChart {
  questionId: string;
  kind: QuestionKind;
  text: LocalizedText;
  breakdown: 'none' | Dimension;
  /** The whole survey (null when the survey has fewer than five answers). */
  total: QuestionStats | null;
  /** Only with a breakdown; small groups come suppressed. */
  groups: GroupResult[] | null;
}

export function pickPublicCharts(results: SurveyResults, charts: readonly PublicChart[]): PublishedChart[] {
  if (results.suppressed) return [];
  const out: PublishedChart[] = [];
  for (const chart of charts) {
    const q = results.questions.find((r) => r.questionId === chart.questionId);
    if (!q) continue;
    if (q.kind === 'text') {
      const total: ChoiceStats = { answered: q.answered, options: q.categories };
      out.push({ questionId: q.questionId, kind: 'text', text: q.text, breakdown: 'none', total, groups: null });
      continue;
    }
    const groups =
      chart.breakdown === 'none' ? null : (q.breakdowns.find((b) => b.dimension === chart.breakdown)?.groups ?? null);
    if (chart.breakdown !== 'none' && !groups) continue;
    out.push({
      questionId: q.questionId,
      kind: q.kind,
      text: q.text,
      breakdown: chart.breakdown,
      total: q.total,
      groups,
    });
  }
  return out;
}
