/**
 * Gathers the evidence of a kommun's year into the lägesbild's measures:
 * one normalised measure per source and problem category (0–10 points, the
 * reason in words) and the evidence lines shown under each problem. The
 * rules are pure functions in src/domain/situation/measures.ts; here each
 * source is read, one small function each.
 */
import type { Deps } from '../deps.ts';
import type { Evidence, SourceMeasure } from '../../domain/situation/scoring.ts';
import {
  distinctProblems,
  findingMeasures,
  SERIOUSNESS_DIVISOR,
  type FindingInput,
} from '../../domain/situation/measures.ts';
import { dialogueFindingsFor } from '../dialogues/findings.ts';
import { EST_CHECKLIST, estLevelLabel } from '../../domain/dialogues/est.ts';
import { redact } from '../../domain/surveys/redaction.ts';
import { knownNamesFor } from '../surveys/known-names.ts';
import { surveyEvidence } from './evidence-surveys.ts';
import { rateEvidence } from './evidence-rates.ts';
import { estChecklistRows, policeNoteFindingRows } from './queries.ts';

export interface Gathered {
  measures: SourceMeasure[];
  evidence: Evidence[];
}

async function dialogueFindings(deps: Deps, municipalityId: string, year: number): Promise<FindingInput[]> {
  const [findings, keep] = await Promise.all([
    dialogueFindingsFor(deps, municipalityId, year),
    knownNamesFor(deps.db, municipalityId),
  ]);
  // The lägesbild leaves the working group (public view, exports): the finding's free text goes masked.
  return findings.map((f) => ({
    source: f.sourceKind === 'est' ? 'est' : 'dialogue',
    category: f.category,
    seriousness: f.seriousness,
    place: f.area ? { key: f.area.id, name: f.area.name } : null,
    date: f.date,
    text: f.text,
    description: `${f.sourceLabel} ${f.date}${f.area ? `, ${f.area.name}` : ''}: ${redact(f.text, { keep }).text}`,
  }));
}

/** EST checklists: an item reported as förekommer counts as seriousness 2, påtagligt as 4, in the report's area and week. */
async function estChecklistFindings(deps: Deps, municipalityId: string, year: number): Promise<FindingInput[]> {
  const rows = await estChecklistRows(deps.db, municipalityId, year);
  return rows.flatMap((r) => {
    const item = EST_CHECKLIST.find((i) => i.key === r.item);
    if (!item) return [];
    const level = Number(r.level);
    return [
      {
        source: 'est' as const,
        category: item.category,
        seriousness: level * 2,
        place: r.area_id ? { key: r.area_id, name: r.area ?? '' } : null,
        date: r.date,
        text: item.key,
        description: `EST ${r.date}${r.area ? `, ${r.area}` : ''}: ${item.label} – ${estLevelLabel(level).toLowerCase()}`,
      },
    ];
  });
}

/** Confidential: only gathered for police staff. A note has no place or date, so its text tells notes apart. */
async function policeNoteFindings(deps: Deps, municipalityId: string, year: number): Promise<FindingInput[]> {
  const rows = await policeNoteFindingRows(deps.db, municipalityId, year);
  return rows.map((r) => ({
    source: 'police' as const,
    category: r.category,
    seriousness: r.seriousness,
    place: null,
    date: null,
    text: r.text,
    description: r.text,
  }));
}

/** One evidence line per distinct problem; the findings it merged are counted in its line. */
export function findingEvidence(findings: readonly FindingInput[]): Gathered {
  const evidence = distinctProblems(findings).map((p) => {
    const first = [...p.findings].sort((a, b) => b.seriousness - a.seriousness)[0]!;
    const more = p.findings.length - 1;
    return {
      source: p.source,
      category: p.category,
      points: p.seriousness / SERIOUSNESS_DIVISOR,
      confidential: p.source === 'police',
      description:
        more > 0
          ? `${first.description} (samma problem som ${more} ${more === 1 ? 'iakttagelse' : 'iakttagelser'} till på samma plats och tertial)`
          : first.description,
    };
  });
  return { measures: findingMeasures(findings), evidence };
}

export async function gatherEvidence(
  deps: Deps,
  municipalityId: string,
  year: number,
  includeConfidential: boolean,
): Promise<Gathered> {
  const [dialogues, est, notes, surveys, rates] = await Promise.all([
    dialogueFindings(deps, municipalityId, year),
    estChecklistFindings(deps, municipalityId, year),
    includeConfidential ? policeNoteFindings(deps, municipalityId, year) : Promise.resolve([]),
    surveyEvidence(deps, municipalityId, year),
    rateEvidence(deps, municipalityId, year),
  ]);
  const findings = findingEvidence([...dialogues, ...est, ...notes]);
  return {
    measures: [...findings.measures, ...surveys.measures, ...rates.measures],
    evidence: [...findings.evidence, ...surveys.evidence, ...rates.evidence],
  };
}
