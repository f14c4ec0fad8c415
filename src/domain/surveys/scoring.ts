/**
 * The problem index of the police trygghetsmätning: every answer on the
 * problem scale gives points, the index is their mean, from 0 (närmast
 * obefintligt problem) to 6 (alarmerande påtagligt problem). The police do
 * not publish their exact weighting, so the points are configured per
 * survey; "vet inte" never counts.
 */
import { z } from 'zod';
import { pointsProblems } from './rules.ts';
import type { ProblemLevel, ScoredLevel } from './types.ts';

export const INDEX_MIN = 0;
export const INDEX_MAX = 6;

const points = z.number().min(INDEX_MIN).max(INDEX_MAX);
const itemKey = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/);

/** The shape the API accepts; whether the points grow is checked with a clear message by the use case. */
export const scoringInputSchema = z.object({
  none: points,
  small: points,
  fairly_big: points,
  very_big: points,
  /** Problem items that keep their own index but are left out of the question's overall index, per question id. */
  excludedItems: z.record(itemKey, z.array(itemKey).max(40)).optional(),
});

export const problemScoringSchema = scoringInputSchema.refine((s) => pointsProblems(s).length === 0, {
  message: 'Poängen måste öka från "Inget problem" till "Mycket stort problem"',
});
export type ProblemScoring = z.infer<typeof problemScoringSchema>;

/** Evenly spread over 0–6. */
export const DEFAULT_SCORING: Readonly<ProblemScoring> = Object.freeze({
  none: 0,
  small: 2,
  fairly_big: 4,
  very_big: 6,
});

export interface IndexResult {
  /** Mean points of the answers that count; null when none do. */
  index: number | null;
  /** Answers that count (every level but "vet inte"). */
  counted: number;
  dontKnow: number;
}

/** Whether an item's answers count in its question's overall index. */
export function countsInOverall(scoring: ProblemScoring, questionId: string, itemId: string): boolean {
  return !scoring.excludedItems?.[questionId]?.includes(itemId);
}

export function pointsFor(level: ProblemLevel, scoring: ProblemScoring): number | null {
  return level === 'dont_know' ? null : scoring[level as ScoredLevel];
}

export function problemIndex(levels: readonly ProblemLevel[], scoring: ProblemScoring = DEFAULT_SCORING): IndexResult {
  let sum = 0;
  let counted = 0;
  let dontKnow = 0;
  for (const level of levels) {
    const p = pointsFor(level, scoring);
    if (p === null) dontKnow++;
    else {
      sum += p;
      counted++;
    }
  }
  return { index: counted ? sum / counted : null, counted, dontKnow };
}

/** Shown with one decimal, as the police reports do. */
export function roundIndex(index: number | null): number | null {
  return index === null ? null : Math.round(index * 10) / 10;
}
