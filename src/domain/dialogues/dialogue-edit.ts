/**
 * Correcting what was registered: the edit inputs of a dialogue and of an
 * EST report's findings, how an edited list of findings maps onto the
 * stored ones, and when removing something would lose data.
 *
 * The rule for removal (a finding, a dialogue): nothing is removed that
 * something else has built on. A finding's action (owner, action, due date,
 * done) is the record of what the kommun promised to do about it and lives
 * on the finding itself, and a later walk planned "on the same route" points
 * to the walk before it; both would be lost. The lägesbild keeps no copy of
 * or link to a finding (it is computed from the findings whenever it is
 * shown, and its decisions are per problem category), so removing a wrongly
 * registered finding only corrects the evidence; the audit log keeps what
 * was removed.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { areaRefFields, findingInputSchema, isoDate, participantsSchema, walkFieldsSchema } from './dialogue.ts';

const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} får vara högst ${max} tecken`).nullable().optional();

/** A finding in an edited list: with the id of a stored finding it changes that one, without an id it is new. */
export const findingEditSchema = findingInputSchema.extend({
  id: z.uuid({ error: 'Iakttagelsens id är inte giltigt' }).optional(),
});
export type FindingEdit = z.infer<typeof findingEditSchema>;

/** The complete list of findings after the edit, in order: stored findings left out are removed. */
export const findingsEditSchema = z.array(findingEditSchema).max(500, 'Högst 500 iakttagelser');

/**
 * A change to a dialogue: a field left out stays as it is, null clears it.
 * `title` left out keeps a title the user wrote, and renews one that was
 * made from form, place and date; null makes a new one.
 */
export const dialogueUpdateSchema = z
  .object({
    title: optionalText(300, 'Rubriken'),
    date: isoDate.optional(),
    place: optionalText(300, 'Platsen'),
    ...areaRefFields,
    participants: participantsSchema.optional(),
    note: optionalText(5000, 'Anteckningen'),
    walk: walkFieldsSchema.optional(),
    findings: findingsEditSchema.optional(),
  })
  .refine((o) => Object.values(o).some((v) => v !== undefined), { error: 'Skicka minst en uppgift att ändra' });
export type DialogueUpdate = z.infer<typeof dialogueUpdateSchema>;

/** What the store knows about a finding for planning an edit. */
export interface StoredFinding {
  id: string;
  /** An owner, action, due date or done date is set: the follow-up's record. */
  hasAction: boolean;
}

export interface FindingsPlan {
  /** Stored findings that stay, with their new position and contents. */
  keep: { id: string; position: number; finding: FindingEdit }[];
  /** New findings at their position. */
  add: { position: number; finding: FindingEdit }[];
  remove: string[];
}

export function hasAction(f: {
  owner: string | null;
  action: string | null;
  due_date: string | null;
  done_at: string | null;
}): boolean {
  return Boolean(f.owner || f.action || f.due_date || f.done_at);
}

function actionLossMessage(n: number): { sv: string; en: string } {
  return {
    sv: `${n === 1 ? 'En iakttagelse' : `${n} iakttagelser`} har en åtgärd (ansvarig, åtgärd, datum eller klarmarkering) som då skulle försvinna.`,
    en: `${n === 1 ? 'One finding has' : `${n} findings have`} an action (owner, action, due date or done date) that would be lost.`,
  };
}

/** Maps the edited list onto the stored findings; an unknown or repeated id is bad input, removing an acted-on finding a conflict. */
export function planFindings(
  stored: readonly StoredFinding[],
  edited: readonly FindingEdit[],
  field = 'findings',
): FindingsPlan {
  const byId = new Map(stored.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const plan: FindingsPlan = { keep: [], add: [], remove: [] };
  for (const [position, finding] of edited.entries()) {
    if (!finding.id) {
      plan.add.push({ position, finding });
      continue;
    }
    if (!byId.has(finding.id)) {
      throw new AppError(
        'validation_failed',
        'Iakttagelsen hör inte till den här dialogen',
        'The finding does not belong to this dialogue',
        { field: `${field}.${position}.id` },
      );
    }
    if (seen.has(finding.id)) {
      throw new AppError(
        'validation_failed',
        'Samma iakttagelse finns två gånger',
        'The same finding is listed twice',
        { field: `${field}.${position}.id` },
      );
    }
    seen.add(finding.id);
    plan.keep.push({ id: finding.id, position, finding });
  }
  plan.remove = stored.filter((s) => !seen.has(s.id)).map((s) => s.id);
  const lost = stored.filter((s) => s.hasAction && !seen.has(s.id)).map((s) => s.id);
  if (lost.length) {
    const m = actionLossMessage(lost.length);
    throw new AppError(
      'conflict',
      `Iakttagelsen kan inte tas bort: ${m.sv} Rätta texten i stället, eller ta bort åtgärden först.`,
      `The finding cannot be removed: ${m.en} Correct its text instead, or remove the action first.`,
      { reason: 'finding_has_action', findingIds: lost },
    );
  }
  return plan;
}

export interface DeletionFacts {
  /** Findings whose action (owner, action, due date, done) would be lost. */
  findingsWithAction: readonly string[];
  /** Walks planned as the next walk after this one ("planera ny vandring"). */
  laterWalks: readonly { id: string; title: string; date: string }[];
}

/** Why a dialogue may not be deleted, as one 409 naming every reason; null when nothing would be lost. */
export function deletionRefusal(facts: DeletionFacts): AppError | null {
  const sv: string[] = [];
  const en: string[] = [];
  const reasons: string[] = [];
  if (facts.findingsWithAction.length) {
    const m = actionLossMessage(facts.findingsWithAction.length);
    sv.push(m.sv);
    en.push(m.en);
    reasons.push('findings_have_actions');
  }
  if (facts.laterWalks.length) {
    const names = facts.laterWalks.map((w) => `"${w.title}" (${w.date})`).join(', ');
    sv.push(`Vandringen ${names} är planerad som nästa vandring efter den här och skulle tappa kopplingen.`);
    en.push(`The walk ${names} is planned as the next walk after this one and would lose that link.`);
    reasons.push('later_walk');
  }
  if (!reasons.length) return null;
  return new AppError(
    'conflict',
    `Dialogen kan inte tas bort: ${sv.join(' ')} Rätta uppgifterna med Ändra i stället.`,
    `The dialogue cannot be deleted: ${en.join(' ')} Correct it with Edit instead.`,
    { reasons, findingIds: facts.findingsWithAction, laterWalkIds: facts.laterWalks.map((w) => w.id) },
  );
}
