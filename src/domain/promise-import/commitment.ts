/**
 * Builds one commitment from its text (a bullet, a paragraph, or a table
 * row's cells) and the context that introduced it.
 */
import type { Commitment } from '../promise-document.ts';
import { unique } from './parties.ts';
import { hasVagueVerb } from './quality.ts';
import { readParties } from './responsible.ts';
import { readTargets } from './targets.ts';
import { excerpt } from './text.ts';

export interface CommitmentInput {
  /** The whole bullet or row, verbatim. */
  text: string;
  /** Texts to read the target from, in order of trust (a När cell before a Vad cell). */
  targetTexts?: string[];
  /** Text to read parties from, when it differs from `text` (a row's Vad cell). */
  partyText?: string;
  /** Parties from an Ansvarig cell. */
  responsible?: string[];
  /** Parties from a Samverkan cell. */
  partners?: string[];
  followUp?: string[];
  /** Responsible named by the line that introduces the list. */
  inherited?: string[];
}

export interface BuiltCommitment {
  commitment: Commitment;
  warnings: string[];
}

const FOLLOW_UP_LABEL = /(?:Uppföljning|Mått|Indikator(?:er)?)\s*:\s*([^.;)\n]+)/u;

function readAllTargets(texts: string[]): ReturnType<typeof readTargets> {
  const readings = texts.filter((t) => t.trim() !== '').map(readTargets);
  const chosen = readings.find((r) => r.target.kind !== 'none') ?? readings[0] ?? readTargets('');
  const places = unique(readings.flatMap((r) => r.places));
  return { ...chosen, places };
}

export function buildCommitment(input: CommitmentInput): BuiltCommitment {
  const reading = readParties(input.partyText ?? input.text);
  const fromCell = input.responsible && input.responsible.length > 0 ? input.responsible : null;
  const responsible =
    fromCell ?? reading.explicit ?? (reading.subjects.length > 0 ? reading.subjects : (input.inherited ?? []));
  const partners = unique([...(input.partners ?? []), ...reading.partners]).filter((p) => !responsible.includes(p));
  const targets = readAllTargets(input.targetTexts ?? [input.text]);
  const labelled = FOLLOW_UP_LABEL.exec(input.text)?.[1]?.trim();
  const followUp = input.followUp ?? (labelled ? [labelled] : []);
  const warnings = [...targets.warnings];
  if (targets.target.kind === 'none' && hasVagueVerb(input.text)) {
    warnings.push(`Vagt formulerat åtagande utan mätbart mål: "${excerpt(input.text)}"`);
  }
  return {
    commitment: {
      text: input.text,
      responsible,
      partners,
      places: targets.places,
      target: targets.target,
      targets: targets.targets,
      followUp,
    },
    warnings,
  };
}
