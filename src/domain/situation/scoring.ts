/**
 * The lägesbild's ranking: every source gives each problem category a
 * normalised measure, 0–10 points (measures.ts says how, per source), the
 * points are multiplied by a weight people can see and change, and the
 * problems are ordered by the sum. Each part keeps its points, weight and
 * the reason in words, so the score explains itself.
 */
import type { ScorePart } from './shapes.ts';

export const EVIDENCE_SOURCES = ['survey', 'dialogue', 'est', 'statistics', 'events', 'police'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const SOURCE_SV: Record<EvidenceSource, string> = {
  survey: 'Trygghetsmätning',
  dialogue: 'Dialoger och trygghetsvandringar',
  est: 'EST-rapporter',
  statistics: 'Brottsstatistik',
  events: 'Polisens händelser',
  police: 'Polisens underlag (sekretess)',
};

/**
 * Default weights: every source's measure is already on the same 0–10
 * scale, so they count alike; Polisen's events by half, because the feed is
 * a partial, unchecked record of what BRÅ's statistics count in full.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<EvidenceSource, number>> = Object.freeze({
  survey: 1,
  dialogue: 1,
  est: 1,
  statistics: 1,
  events: 0.5,
  police: 1,
});

/** One source's measure of one problem category, 0–10 points, and why. */
export interface SourceMeasure {
  source: EvidenceSource;
  category: string;
  points: number;
  /** What was counted: distinct problems, questions, or statistics series. */
  items: number;
  why: string;
  whyEn: string;
}

/** One line of evidence shown under a problem: what it is, in Swedish, and its value on its source's scale. */
export interface Evidence {
  source: EvidenceSource;
  category: string;
  points: number;
  description: string;
  confidential: boolean;
}

export interface RankedProblem {
  category: string;
  score: number;
  parts: ScorePart[];
  /** 1 = most pressing, by score. */
  scoreRank: number;
}

export function weightsWith(overrides: Partial<Record<string, number>>): Record<EvidenceSource, number> {
  const out = { ...DEFAULT_WEIGHTS };
  for (const s of EVIDENCE_SOURCES) {
    const w = overrides[s];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0) out[s] = w;
  }
  return out;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** A measure with no points (a rate without a comparison) is shown as a part but adds nothing. */
export function rankProblems(
  measures: readonly SourceMeasure[],
  weights: Record<EvidenceSource, number>,
): RankedProblem[] {
  const byCategory = new Map<string, SourceMeasure[]>();
  for (const m of measures) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  const problems = [...byCategory.entries()].map(([category, list]) => {
    const parts: ScorePart[] = EVIDENCE_SOURCES.flatMap((s) => {
      const of = list.filter((m) => m.source === s);
      if (of.length === 0) return [];
      // The measures come one per source and category; should two arrive, their points add up and both reasons show.
      const points = round(of.reduce((n, m) => n + m.points, 0));
      return [
        {
          source: s,
          points,
          weight: weights[s],
          score: round(points * weights[s]),
          items: of.reduce((n, m) => n + m.items, 0),
          why: of.map((m) => m.why).join('; '),
          whyEn: of.map((m) => m.whyEn).join('; '),
        },
      ];
    });
    return { category, score: round(parts.reduce((n, p) => n + p.score, 0)), parts, scoreRank: 0 };
  });
  problems.sort((a, b) => b.score - a.score || a.category.localeCompare(b.category));
  problems.forEach((p, i) => {
    p.scoreRank = i + 1;
  });
  return problems;
}

/** Order shown to people: manual ranks first where set (with their reasons), then the rest by score. */
export function finalOrder<T extends { category: string; scoreRank: number; manualRank: number | null }>(
  problems: T[],
): T[] {
  return [...problems].sort(
    (a, b) => (a.manualRank ?? a.scoreRank + 0.5) - (b.manualRank ?? b.scoreRank + 0.5) || a.scoreRank - b.scoreRank,
  );
}
