/** Reading and writing dialogue rows and their findings; presenters keep database rows out of responses. */
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { categoryLabel, seriousnessLabel } from '../../domain/dialogues/categories.ts';
import { DIALOGUE_KIND_LABELS, participantTotal, type FindingInput } from '../../domain/dialogues/dialogue.ts';
import {
  ACTION_STATUS_LABELS,
  actionStatus,
  WALK_STAGE_LABELS,
  walkWarnings,
  type WalkStage,
} from '../../domain/dialogues/safety-walk.ts';
import { kommunById, resolveArea, type Kommun } from './context.ts';
import type { DialogueView, FindingView, RegisteredKind, WalkView } from '../../contracts/dialogues.ts';
import { dialogueRow } from './queries/dialogues.ts';
import { findingRows, insertFindingRows } from './queries/findings.ts';

export { dialogueRow } from './queries/dialogues.ts';

export type { DialogueView, FindingView, WalkView } from '../../contracts/dialogues.ts';

/** Findings of the given dialogues, in order, keyed by dialogue id. */
export async function loadFindings(db: Db, dialogueIds: string[], today: string): Promise<Map<string, FindingView[]>> {
  const out = new Map<string, FindingView[]>();
  if (!dialogueIds.length) return out;
  const rows = await findingRows(db, dialogueIds);
  for (const r of rows) {
    const status = actionStatus({ action: r.action, dueDate: r.due_date, doneAt: r.done_at }, today);
    const list = out.get(r.dialogue_id) ?? [];
    out.set(r.dialogue_id, list);
    list.push({
      id: r.id,
      position: r.position,
      text: r.text,
      category: r.category,
      categoryLabel: categoryLabel(r.category),
      seriousness: Number(r.seriousness),
      seriousnessLabel: seriousnessLabel(Number(r.seriousness)),
      area: r.area_id ? { id: r.area_id, name: r.area_name ?? '' } : null,
      owner: r.owner,
      action: r.action,
      dueDate: r.due_date,
      doneAt: r.done_at,
      status,
      statusLabel: ACTION_STATUS_LABELS[status],
    });
  }
  return out;
}

/** Stores findings after `startPosition`; area names new to the kommun become areas. */
export async function insertFindings(
  trx: Db,
  actor: Actor,
  dialogueId: string,
  kommunId: string,
  findings: readonly FindingInput[],
  startPosition = 0,
): Promise<void> {
  if (!findings.length) return;
  const rows = [];
  for (const [i, f] of findings.entries()) {
    const areaId = await resolveArea(trx, actor, kommunId, f, `findings.${i}.area`);
    rows.push({
      position: startPosition + i,
      text: f.text,
      category: f.category,
      seriousness: f.seriousness,
      area_id: areaId,
    });
  }
  await insertFindingRows(trx, dialogueId, rows);
}

export type DialogueRow = NonNullable<Awaited<ReturnType<typeof dialogueRow>>>;

function walkOf(row: DialogueRow): WalkView | null {
  if (!row.stage) return null;
  const stage = row.stage as WalkStage;
  return {
    stage,
    stageLabel: WALK_STAGE_LABELS[stage].label,
    preMeetingDate: row.pre_meeting_date,
    walkDate: row.date,
    followUpDate: row.follow_up_date,
    route: row.route,
    previousWalkId: row.previous_walk_id,
    closedOn: row.closed_on,
  };
}

/** An EST report's row is not presented as a dialogue: it has its own view (est.ts). */
export function presentDialogue(row: DialogueRow, kommun: Kommun, findings: FindingView[]): DialogueView {
  const kind = row.kind as RegisteredKind;
  const walk = walkOf(row);
  const total = participantTotal(row.participants);
  const warnings = walk
    ? walkWarnings({
        stage: walk.stage,
        date: row.date,
        followUpDate: row.follow_up_date,
        walkers: total,
        findingsWithoutAction: findings.filter((f) => !f.action && !f.doneAt).length,
        previousWalkDate: row.previous_walk_date,
      })
    : [];
  return {
    id: row.id,
    kind,
    kindLabel: DIALOGUE_KIND_LABELS[kind].label,
    kommun,
    title: row.title,
    date: row.date,
    place: row.place,
    area: row.area_id ? { id: row.area_id, name: row.area_name ?? '' } : null,
    participants: row.participants,
    participantTotal: total,
    note: row.note,
    findings,
    walk,
    warnings,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function loadDialogue(db: Db, id: string, today: string): Promise<DialogueView | undefined> {
  const row = await dialogueRow(db, id);
  if (!row || row.kind === 'est') return undefined;
  const [kommun, findings] = await Promise.all([kommunById(db, row.municipality_id), loadFindings(db, [id], today)]);
  return presentDialogue(row, kommun, findings.get(id) ?? []);
}
