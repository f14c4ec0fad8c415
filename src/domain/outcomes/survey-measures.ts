/**
 * What one survey round says for an outcome indicator, from its answers:
 * the share giving chosen answers, or each respondent's problem points
 * (for a mean index and its variance). "Vet inte" never counts; a group
 * under the small-cell rule gives nothing.
 */
import { MIN_CELL } from '../surveys/small-cell.ts';
import { pointsFor, type ProblemScoring } from '../surveys/scoring.ts';
import type { Answers, ProblemLevel } from '../surveys/types.ts';
import { summarise, type SampleSummary } from './estimates.ts';

const DONT_KNOW = 'dont_know';

/** Only the answers from one area, when an area is asked for. */
function inArea(answers: readonly Answers[], area: { questionId: string; value: string } | null): readonly Answers[] {
  return area ? answers.filter((a) => a[area.questionId] === area.value) : answers;
}

export function shareOf(
  answers: readonly Answers[],
  questionId: string,
  options: readonly string[],
  area: { questionId: string; value: string } | null = null,
): { yes: number; n: number } | null {
  let yes = 0;
  let n = 0;
  for (const a of inArea(answers, area)) {
    const v = a[questionId];
    const chosen = typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
    if (!chosen.length || chosen.every((c) => c === DONT_KNOW)) continue;
    n++;
    if (chosen.some((c) => options.includes(c))) yes++;
  }
  return n >= MIN_CELL ? { yes, n } : null;
}

/** Each respondent's points for one statement, or their mean over the question's statements. */
export function indexSummaryOf(
  answers: readonly Answers[],
  questionId: string,
  itemId: string | null,
  scoring: ProblemScoring,
  area: { questionId: string; value: string } | null = null,
): SampleSummary | null {
  const values: number[] = [];
  for (const a of inArea(answers, area)) {
    const v = a[questionId];
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const levels = v as Record<string, ProblemLevel>;
    const items = itemId
      ? [itemId]
      : Object.keys(levels).filter((k) => !scoring.excludedItems?.[questionId]?.includes(k));
    const points = items
      .map((k) => (levels[k] ? pointsFor(levels[k]!, scoring) : null))
      .filter((p): p is number => p !== null);
    if (points.length) values.push(points.reduce((s, p) => s + p, 0) / points.length);
  }
  return values.length >= MIN_CELL ? summarise(values) : null;
}
