/**
 * The genomförandeplan as rows of text: one row per commitment, in the
 * columns the real plans use (Vad / När / Samverkan / Ansvarig /
 * Uppföljning), grouped by focus area. Pure, so the CSV, PDF and Word
 * renderers and the web app all show the same cells.
 */
import { planWhat, type PlanCommitment, type PromiseSetDocument } from '../domain/promise-set.ts';
import { describeTargetSv } from './target-text.ts';
import { partiesSv } from './text-sv.ts';

export type ImplementationPlanRow = {
  /** The focus area heading as written; "" when the document has none. */
  focusArea: string;
  /** Vad: the commitment as written; of an imported table row, its Vad cell (planWhat). */
  what: string;
  /** När: as written in the plan, otherwise the target in words ("minst 2 per halvår"). */
  when: string;
  /** Samverkan: the partners. */
  partners: string;
  /** Ansvarig: the responsible parties, with the named owner in parentheses. */
  responsible: string;
  /** Uppföljning: the follow-up indicators. */
  followUp: string;
};

export type ImplementationPlanGroup = { focusArea: string; rows: ImplementationPlanRow[] };

export const PLAN_COLUMNS_SV = ['Vad', 'När', 'Samverkan', 'Ansvarig', 'Uppföljning'] as const;

/** The När cell: the plan's own words win; otherwise the targets, then any condition. */
export function whenSv(commitment: PlanCommitment): string {
  const own = commitment.when?.trim();
  let text = own ? own : describeTargetSv(commitment.target, { compact: true });
  if (!own) {
    for (const extra of commitment.targets) {
      const amount = describeTargetSv(extra.target, { compact: true });
      text += `; ${extra.place ? `${amount} (${extra.place})` : amount}`;
    }
  }
  const condition = commitment.condition?.trim();
  return condition ? `${text} (${condition})` : text;
}

function responsibleSv(commitment: PlanCommitment): string {
  const parties = partiesSv(commitment.responsible);
  const owner = commitment.owner?.trim();
  if (!owner) return parties;
  return parties ? `${parties} (${owner})` : owner;
}

export function implementationPlanRow(focusArea: string, commitment: PlanCommitment): ImplementationPlanRow {
  return {
    focusArea: focusArea.trim(),
    what: planWhat(commitment, focusArea),
    when: whenSv(commitment),
    partners: partiesSv(commitment.partners),
    responsible: responsibleSv(commitment),
    followUp: commitment.followUp
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .join('; '),
  };
}

/** Every commitment as a row, in document order. */
export function implementationPlanRows(doc: PromiseSetDocument): ImplementationPlanRow[] {
  return doc.focusAreas.flatMap((area) => area.commitments.map((c) => implementationPlanRow(area.title, c)));
}

/** The rows under their focus area; areas without commitments are left out. */
export function implementationPlanGroups(doc: PromiseSetDocument): ImplementationPlanGroup[] {
  return doc.focusAreas
    .filter((area) => area.commitments.length > 0)
    .map((area) => ({
      focusArea: area.title.trim(),
      rows: area.commitments.map((c) => implementationPlanRow(area.title, c)),
    }));
}

/** The cells of a row in column order, matching PLAN_COLUMNS_SV. */
export function rowCells(row: ImplementationPlanRow): [string, string, string, string, string] {
  return [row.what, row.when, row.partners, row.responsible, row.followUp];
}
