/**
 * Correcting and deleting a registered medborgardialog, medarbetardialog or
 * trygghetsvandring. Same rights as registering (dialogue.write in the
 * kommun); out of sight is 404. Delete refuses (409) when it would lose what
 * something else builds on: see domain/dialogues/dialogue-edit.ts.
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { defaultTitle, normaliseParticipants, type DialogueKind } from '../../domain/dialogues/dialogue.ts';
import { deletionRefusal, hasAction, type DialogueUpdate } from '../../domain/dialogues/dialogue-edit.ts';
import { checkWalkDateOrder } from '../../domain/dialogues/safety-walk.ts';
import { assertNotFuture, checkAreaRef, resolveArea, today } from './context.ts';
import { dialogueForChange } from './dialogues.ts';
import { applyFindingsEdit, findingsForAudit } from './findings-edit.ts';
import { dialogueRow, loadDialogue, type DialogueRow, type DialogueView } from './store.ts';
import { areaName, deleteDialogueRow, laterWalks, lockDialogue, updateDialogueRow } from './queries/dialogues.ts';
import { storedFindings } from './queries/findings.ts';

/** The dialogue as the audit log records it before and after a change. */
async function snapshot(db: Db, id: string): Promise<Record<string, unknown>> {
  const r = (await dialogueRow(db, id))!;
  return {
    kind: r.kind,
    title: r.title,
    date: r.date,
    place: r.place,
    area: r.area_id ? { id: r.area_id, name: r.area_name } : null,
    participants: r.participants,
    note: r.note,
    walk: r.stage
      ? { stage: r.stage, preMeetingDate: r.pre_meeting_date, followUpDate: r.follow_up_date, route: r.route }
      : null,
    findings: await findingsForAudit(db, id),
  };
}

interface Merged {
  date: string;
  place: string | null;
  areaChanged: boolean;
  hasArea: boolean;
  preMeetingDate: string | null;
  followUpDate: string | null;
  route: string | null;
}

function merge(row: DialogueRow, input: DialogueUpdate): Merged {
  const pick = <T>(value: T | undefined, old: T): T => (value === undefined ? old : value);
  const areaChanged = input.areaId !== undefined || input.areaName !== undefined;
  return {
    date: input.date ?? row.date,
    place: input.place === undefined ? row.place : input.place?.trim() || null,
    areaChanged,
    hasArea: areaChanged ? Boolean(input.areaId || input.areaName?.trim()) : Boolean(row.area_id),
    preMeetingDate: pick(input.walk?.preMeetingDate, row.pre_meeting_date),
    followUpDate: pick(input.walk?.followUpDate, row.follow_up_date),
    route: input.walk?.route === undefined ? row.route : input.walk.route?.trim() || null,
  };
}

function checkUpdate(deps: Deps, row: DialogueRow, m: Merged, input: DialogueUpdate): void {
  const isWalk = row.kind === 'trygghetsvandring';
  if (input.walk && !isWalk) {
    throw new AppError(
      'validation_failed',
      'Uppgifter om förmöte och återkoppling hör bara till en trygghetsvandring',
      'Pre-meeting and follow-up details belong only to a safety walk',
      { field: 'walk' },
    );
  }
  // A walk still at its förmöte is planned: its day may lie ahead. Everything else has taken place.
  if (row.stage !== 'formote') assertNotFuture(deps, m.date, 'date');
  if (row.stage === 'aterkoppling' || row.stage === 'klar') {
    if (m.followUpDate) assertNotFuture(deps, m.followUpDate, 'followUpDate');
  }
  checkAreaRef(input, 'area');
  if (!m.place && !m.hasArea && !(isWalk && m.route)) {
    throw new AppError(
      'validation_failed',
      isWalk ? 'Ange plats, område eller slinga för vandringen' : 'Ange plats eller område för dialogen',
      isWalk ? 'Give the place, area or route of the walk' : 'Give the place or area of the dialogue',
      { field: 'place' },
    );
  }
  if (isWalk) checkWalkDateOrder({ preMeetingDate: m.preMeetingDate, date: m.date, followUpDate: m.followUpDate });
  if (input.findings?.length && row.stage === 'formote') {
    throw new AppError(
      'conflict',
      'Vandringen har inte gjorts än; registrera vandringen med dess iakttagelser',
      'The walk has not taken place yet; register the walk with its findings',
    );
  }
}

/** A walk stays after the walk it follows and before the one planned after it. */
async function checkWalkSequence(db: Db, row: DialogueRow, date: string): Promise<void> {
  if (row.previous_walk_date && date <= row.previous_walk_date) {
    throw new AppError(
      'validation_failed',
      `Vandringen måste ligga efter den förra vandringen (${row.previous_walk_date})`,
      `The walk must come after the previous walk (${row.previous_walk_date})`,
      { field: 'date' },
    );
  }
  const [next] = await laterWalks(db, row.id);
  if (next && date >= next.date) {
    throw new AppError(
      'validation_failed',
      `Vandringen måste ligga före nästa planerade vandring (${next.date})`,
      `The walk must come before the next planned walk (${next.date})`,
      { field: 'date' },
    );
  }
}

/** The title after the change: one written by the user stays unless replaced; one made from form, place and date follows them. */
async function titleAfter(
  trx: Db,
  row: DialogueRow,
  input: DialogueUpdate,
  m: Merged,
  areaId: string | null,
): Promise<string> {
  const kind = row.kind as DialogueKind;
  const wasMade = [row.place || row.area_name, row.place, null].some(
    (w) => defaultTitle(kind, row.date, w ?? null) === row.title,
  );
  if (input.title?.trim()) return input.title.trim();
  if (input.title === undefined && !wasMade) return row.title;
  const area = areaId ? await areaName(trx, areaId) : undefined;
  return defaultTitle(kind, m.date, m.place || area?.name || null);
}

/** Changes a dialogue's facts, participants and (when sent) its findings; one audit entry with before and after. */
export async function updateDialogue(
  deps: Deps,
  actor: Actor,
  id: string,
  input: DialogueUpdate,
): Promise<DialogueView> {
  const d = await dialogueForChange(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    // The change is merged into the row locked for it: two edits of different fields at once both stay, and a step of the walk waits.
    await lockDialogue(trx, id);
    const row = await dialogueRow(trx, id);
    if (!row) throw notFound('Dialogen', 'Dialogue');
    const m = merge(row, input);
    checkUpdate(deps, row, m, input);
    if (row.kind === 'trygghetsvandring') await checkWalkSequence(trx, row, m.date);
    const before = await snapshot(trx, id);
    const areaId = m.areaChanged ? await resolveArea(trx, actor, d.municipality_id, input, 'area') : row.area_id;
    await updateDialogueRow(trx, id, {
      title: await titleAfter(trx, row, input, m, areaId),
      date: m.date,
      place: m.place,
      area_id: areaId,
      ...(input.participants ? { participants: JSON.stringify(normaliseParticipants(input.participants)) } : {}),
      ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}),
      pre_meeting_date: m.preMeetingDate,
      follow_up_date: m.followUpDate,
      route: m.route,
      updated_at: deps.now(),
    });
    if (input.findings) await applyFindingsEdit(trx, actor, id, d.municipality_id, input.findings, deps.now());
    await writeAudit(trx, actor, {
      action: 'dialogue.update',
      entityType: 'dialogue',
      entityId: id,
      organisationId: d.municipality_id,
      before,
      after: await snapshot(trx, id),
    });
  });
  return (await loadDialogue(deps.db, id, today(deps)))!;
}

/**
 * Deletes a dialogue with its findings, unless that would lose an action
 * decided for a finding or the link from a later walk (409). The lägesbild
 * is computed from the findings, so it simply no longer counts them.
 */
export async function deleteDialogue(deps: Deps, actor: Actor, id: string): Promise<void> {
  const d = await dialogueForChange(deps.db, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    const findings = await storedFindings(trx, id);
    const refusal = deletionRefusal({
      findingsWithAction: findings.filter(hasAction).map((f) => f.id),
      laterWalks: await laterWalks(trx, id),
    });
    if (refusal) throw refusal;
    const before = await snapshot(trx, id);
    await deleteDialogueRow(trx, id);
    await writeAudit(trx, actor, {
      action: 'dialogue.delete',
      entityType: 'dialogue',
      entityId: id,
      organisationId: d.municipality_id,
      before,
      after: null,
    });
  });
}
