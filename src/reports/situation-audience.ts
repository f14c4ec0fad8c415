/**
 * What a printed lägesbild may show, decided before anything is laid out.
 *
 * Police intelligence is confidential, and free text from dialogues and
 * reports may name people. So the open part of every lägesbild is built
 * here from the non-police evidence alone: police parts and police evidence
 * are dropped whatever the view passed in holds (defence in depth), scores
 * are the sums of what remains and the order by score is taken again from
 * them, so no number in the open part is derived from police material. The
 * public version carries no evidence descriptions at all, only counts per
 * source. Police material is handed out separately, and only for an
 * internal report of a view that was built with it.
 */
import type { ProblemView, SituationView } from '../app/situation/situation.ts';
import { EVIDENCE_SOURCES, finalOrder, type EvidenceSource } from '../domain/situation/scoring.ts';
import type { ScorePart } from '../domain/situation/shapes.ts';

export type SituationAudience = 'public' | 'internal';

const POLICE: EvidenceSource = 'police';

export type OpenEvidence = { source: string; description: string; points: number };

export type OpenProblem = {
  category: string;
  label: string;
  rank: number;
  scoreRank: number;
  manualRank: number | null;
  rankReason: string | null;
  score: number;
  parts: ScorePart[];
  /** Empty in the public version: descriptions are free text. */
  evidence: OpenEvidence[];
  prioritised: boolean;
  cause: ProblemView['cause'];
};

export type PoliceProblem = {
  rank: number;
  label: string;
  score: number;
  part: ScorePart | null;
  evidence: OpenEvidence[];
};

export type SituationForPrint = {
  audience: SituationAudience;
  problems: OpenProblem[];
  /** Weights of the open sources, in source order. */
  weights: { source: EvidenceSource; weight: number }[];
  /** The police material, or null when it may not be printed. */
  police: PoliceProblem[] | null;
};

const round = (n: number) => Math.round(n * 100) / 100;

function isManual(problem: ProblemView): boolean {
  return problem.manualRank !== null || problem.prioritised;
}

/** A problem that exists only through police material (and no one ranked or prioritised it) is not in the open part. */
function onlyPolice(problem: ProblemView): boolean {
  const sources = [...problem.parts.map((p) => p.source), ...problem.evidence.map((e) => e.source)];
  return sources.length > 0 && sources.every((s) => s === POLICE) && !isManual(problem);
}

function openProblem(problem: ProblemView, audience: SituationAudience): OpenProblem {
  const parts = problem.parts.filter((part) => part.source !== POLICE);
  const evidence =
    audience === 'public'
      ? []
      : problem.evidence
          .filter((e) => e.source !== POLICE)
          .map((e) => ({ source: e.source, description: e.description, points: e.points }));
  return {
    category: problem.category,
    label: problem.label,
    rank: 0,
    scoreRank: 0,
    manualRank: problem.manualRank,
    rankReason: problem.rankReason,
    score: round(parts.reduce((sum, part) => sum + part.score, 0)),
    parts,
    evidence,
    prioritised: problem.prioritised,
    cause: problem.cause,
  };
}

/** The same order rankProblems gives: by score, then by category; manual ranks first where set. */
function reorder(problems: OpenProblem[]): OpenProblem[] {
  const byScore = [...problems].sort((a, b) => b.score - a.score || a.category.localeCompare(b.category));
  byScore.forEach((problem, index) => {
    problem.scoreRank = index + 1;
  });
  return finalOrder(byScore).map((problem, index) => ({ ...problem, rank: index + 1 }));
}

function policeMaterial(view: SituationView): PoliceProblem[] {
  return view.problems.map((problem) => ({
    rank: problem.rank,
    label: problem.label,
    score: problem.score,
    part: problem.parts.find((part) => part.source === POLICE) ?? null,
    evidence: problem.evidence
      .filter((e) => e.source === POLICE)
      .map((e) => ({ source: e.source, description: e.description, points: e.points })),
  }));
}

export function situationForPrint(view: SituationView, audience: SituationAudience): SituationForPrint {
  const problems = reorder(view.problems.filter((p) => !onlyPolice(p)).map((p) => openProblem(p, audience)));
  const weights = EVIDENCE_SOURCES.filter(
    (source) => source !== POLICE && typeof view.weights[source] === 'number',
  ).map((source) => ({ source, weight: view.weights[source] ?? 0 }));
  const withPolice = audience === 'internal' && view.confidentialIncluded;
  return { audience, problems, weights, police: withPolice ? policeMaterial(view) : null };
}
