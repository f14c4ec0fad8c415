/**
 * Comparison with the previous survey made from the same template: the
 * problem index per item and the share per option of single-choice
 * questions, matched by the template's stable ids. Both surveys are scored
 * with the current survey's points, so a change in weighting never looks
 * like a change in the neighbourhood. Suppressed values are not compared.
 */
import { z } from 'zod';
import { ResultLabel, type ChoiceStats, type ProblemStats } from './stats.ts';
import type { SurveyResults } from './results.ts';
import type { LocalizedText } from './types.ts';

export const ComparisonRow = z.object({
  questionId: z.string(),
  /** Problem item id, or option value of a choice question. */
  key: z.string(),
  label: ResultLabel,
  measure: z.enum(['index', 'share']),
  current: z.number(),
  previous: z.number(),
  change: z.number(),
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const Comparison = z.object({
  previousSurveyId: z.uuid(),
  previousTitle: ResultLabel,
  rows: z.array(ComparisonRow),
});
export type Comparison = z.infer<typeof Comparison>;

const SHARE_KINDS = new Set(['single', 'area', 'age_band', 'gender', 'scale']);

function row(
  questionId: string,
  key: string,
  label: LocalizedText,
  measure: 'index' | 'share',
  current: number,
  previous: number,
): ComparisonRow {
  return { questionId, key, label, measure, current, previous, change: current - previous };
}

export function compareResults(
  current: SurveyResults,
  previous: SurveyResults,
  previousSurvey: { id: string; title: LocalizedText },
): Comparison {
  const rows: ComparisonRow[] = [];
  if (!current.suppressed && !previous.suppressed) {
    for (const q of current.questions) {
      const before = previous.questions.find((p) => p.questionId === q.questionId && p.kind === q.kind);
      if (!before || q.kind === 'text' || before.kind === 'text' || !q.total || !before.total) continue;
      if (q.kind === 'problem') {
        for (const item of (q.total as ProblemStats).items) {
          const old = (before.total as ProblemStats).items.find((i) => i.itemId === item.itemId);
          if (item.index !== null && old?.index != null)
            rows.push(row(q.questionId, item.itemId, item.label, 'index', item.index, old.index));
        }
      } else if (SHARE_KINDS.has(q.kind)) {
        for (const option of (q.total as ChoiceStats).options) {
          const old = (before.total as ChoiceStats).options.find((o) => o.value === option.value);
          if (old) rows.push(row(q.questionId, option.value, option.label, 'share', option.share, old.share));
        }
      }
    }
  }
  return { previousSurveyId: previousSurvey.id, previousTitle: previousSurvey.title, rows };
}
