/**
 * A small lägesbild for the report tests, built the way buildSituation
 * builds it for a police user: with confidential police parts and evidence.
 * SECRET marks every piece of police material, so a test can prove it never
 * reaches a public file; FREE_TEXT marks an open evidence description, which
 * the public version must not print either.
 */
import type { ProblemView, SituationView } from '../app/situation/situation.ts';
import type { EvidenceSource } from '../domain/situation/scoring.ts';
import type { ScorePart } from '../domain/situation/shapes.ts';

export const SECRET = 'HEMLIGT-Xq7-underrättelse';
export const FREE_TEXT = 'Boende på Storgatan 3 nämnde grannen Sven';

export function part(source: EvidenceSource, points: number, weight: number, items: number): ScorePart {
  return { source, points, weight, score: Math.round(points * weight * 100) / 100, items, why: '', whyEn: '' };
}

export function problem(category: string, label: string, over: Partial<ProblemView> = {}): ProblemView {
  const parts = over.parts ?? [];
  return {
    category,
    label,
    score: Math.round(parts.reduce((n, p) => n + p.score, 0) * 100) / 100,
    scoreRank: 1,
    manualRank: null,
    rankReason: null,
    rank: 1,
    parts,
    evidence: [],
    prioritised: false,
    cause: { type: null, horizon: null, text: null },
    focusAreaIds: [],
    commitmentIds: [],
    ...over,
  };
}

const WEIGHTS = { survey: 1, dialogue: 1, est: 0.5, events: 0.1, police: 1 };

/**
 * In the full ranking Narkotika leads only because of police material (12
 * of its 15 points) and Bedrägerier is known only from the police. On open
 * evidence alone Trafik leads. Skadegörelse was moved up to place 2 by hand.
 */
export function kalixSituation(over: Partial<SituationView> = {}): SituationView {
  const problems: ProblemView[] = [
    problem('narkotika', 'Narkotika', {
      parts: [part('dialogue', 3, 1, 1), part('police', 12, 1, 2)],
      rank: 1,
      scoreRank: 1,
      prioritised: true,
      evidence: [
        { source: 'dialogue', description: FREE_TEXT, points: 3 },
        { source: 'police', description: `${SECRET}: handel vid busstationen`, points: 12 },
      ],
      cause: { type: 'both', horizon: 'long', text: 'Unga saknar meningsfull fritid på kvällarna.' },
    }),
    problem('skadegorelse', 'Skadegörelse', {
      parts: [part('est', 2, 0.5, 1)],
      rank: 2,
      scoreRank: 5,
      manualRank: 2,
      rankReason: 'Klotter på skolan oroar föräldrarna mer än poängen visar.',
    }),
    problem('trafik', 'Trafik', {
      parts: [part('survey', 4.5, 1, 1), part('est', 6, 0.5, 3), part('events', 20, 0.1, 20)],
      rank: 3,
      scoreRank: 2,
      prioritised: true,
      evidence: [{ source: 'survey', description: 'Trygghetsmätningen: fortkörning index 4,5', points: 4.5 }],
      cause: { type: 'situational', horizon: 'short', text: 'Raksträckan genom Töre inbjuder till fortkörning.' },
    }),
    problem('ordningsstorningar', 'Ordningsstörningar', {
      parts: [part('dialogue', 5, 1, 2)],
      rank: 4,
      scoreRank: 3,
      evidence: [{ source: 'dialogue', description: 'Bråk vid kiosken på fredagar', points: 5 }],
    }),
    problem('bedragerier', 'Bedrägerier', {
      parts: [part('police', 3, 1, 1)],
      rank: 5,
      scoreRank: 4,
      evidence: [{ source: 'police', description: `${SECRET}: bedrägerier mot äldre`, points: 3 }],
    }),
  ];
  return {
    municipalityId: 'm-kalix',
    year: 2024,
    confidentialIncluded: true,
    texts: {
      crimeSurvey: 'Anmälda brott i Kalix har legat stilla de senaste tre åren.',
      consequences: 'Otryggheten kvällstid gör att äldre undviker centrum.',
      otherInformation: 'Skolan rapporterar mer skadegörelse under våren.',
      analysis: 'Narkotika och trafik är de problem som väger tyngst.',
    },
    weights: WEIGHTS,
    problems,
    ...over,
  };
}
