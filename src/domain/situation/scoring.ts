/**
 * The lägesbild's ranking: every piece of evidence gives points to a
 * problem category, each source's points are multiplied by a weight people
 * can see and change, and the problems are ordered by the sum. The parts
 * per source are kept, so the score explains itself.
 */
export const EVIDENCE_SOURCES = ['survey', 'dialogue', 'est', 'events', 'police'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

export const SOURCE_SV: Record<EvidenceSource, string> = {
  survey: 'Trygghetsmätning',
  dialogue: 'Dialoger och trygghetsvandringar',
  est: 'EST-rapporter',
  events: 'Polisens händelser',
  police: 'Polisens underlag (sekretess)',
};

/**
 * Default weights: one serious finding (5 points) weighs as much as a
 * survey item at index 5; a police event a tenth of a finding point.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<EvidenceSource, number>> = Object.freeze({
  survey: 1,
  dialogue: 1,
  est: 0.5,
  events: 0.1,
  police: 1,
});

export interface Evidence {
  source: EvidenceSource;
  category: string;
  /** Points before weighting, e.g. a finding's seriousness 1–5 or a survey item's index 0–6. */
  points: number;
  /** What it is, in Swedish, for the evidence list. */
  description: string;
  confidential: boolean;
}

export interface ScorePart {
  source: EvidenceSource;
  points: number;
  weight: number;
  score: number;
  items: number;
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

export function rankProblems(evidence: readonly Evidence[], weights: Record<EvidenceSource, number>): RankedProblem[] {
  const byCategory = new Map<string, Map<EvidenceSource, { points: number; items: number }>>();
  for (const e of evidence) {
    const parts = byCategory.get(e.category) ?? new Map();
    const part = parts.get(e.source) ?? { points: 0, items: 0 };
    part.points += e.points;
    part.items += 1;
    parts.set(e.source, part);
    byCategory.set(e.category, parts);
  }
  const problems = [...byCategory.entries()].map(([category, parts]) => {
    const list: ScorePart[] = EVIDENCE_SOURCES.filter((s) => parts.has(s)).map((s) => {
      const p = parts.get(s)!;
      return {
        source: s,
        points: round(p.points),
        weight: weights[s],
        score: round(p.points * weights[s]),
        items: p.items,
      };
    });
    return { category, score: round(list.reduce((n, p) => n + p.score, 0)), parts: list, scoreRank: 0 };
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
