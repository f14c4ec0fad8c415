/** Findings as the lägesbild reads them: every finding of a kommun's dialogues, walks and EST reports in a year. */
import type { Deps } from '../deps.ts';
import { categoryLabel, seriousnessLabel } from '../../domain/dialogues/categories.ts';
import { DIALOGUE_KIND_LABELS, type DialogueKind } from '../../domain/dialogues/dialogue.ts';
import { findingsOfYear } from './queries/findings.ts';

export interface DialogueFinding {
  id: string;
  dialogueId: string;
  sourceKind: DialogueKind;
  sourceLabel: string;
  /** The day of the dialogue or walk (for EST, the Monday of the week). */
  date: string;
  /** Free text, not redacted: redact before it leaves the working group. */
  text: string;
  category: string;
  categoryLabel: string;
  /** The finding's own area, else the area of the dialogue it came from. */
  area: { id: string; name: string } | null;
  seriousness: number;
  seriousnessLabel: string;
  owner: string | null;
  action: string | null;
  dueDate: string | null;
  doneAt: string | null;
}

/**
 * No authorisation here: the caller (the lägesbild use case) checks
 * situation.read or dialogue.read for the kommun first.
 */
export async function dialogueFindingsFor(
  deps: Deps,
  municipalityId: string,
  year: number,
): Promise<DialogueFinding[]> {
  const rows = await findingsOfYear(deps.db, municipalityId, year);
  return rows.map((r) => {
    const areaId = r.area_id ?? r.dialogue_area_id;
    const kind = r.kind as DialogueKind;
    return {
      id: r.id,
      dialogueId: r.dialogue_id,
      sourceKind: kind,
      sourceLabel: DIALOGUE_KIND_LABELS[kind].label,
      date: r.date,
      text: r.text,
      category: r.category,
      categoryLabel: categoryLabel(r.category),
      area: areaId ? { id: areaId, name: (r.area_id ? r.finding_area : r.dialogue_area) ?? '' } : null,
      seriousness: Number(r.seriousness),
      seriousnessLabel: seriousnessLabel(Number(r.seriousness)),
      owner: r.owner,
      action: r.action,
      dueDate: r.due_date,
      doneAt: r.done_at,
    };
  });
}
