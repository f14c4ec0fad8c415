/** Registering and reading medborgardialoger, medarbetardialoger and trygghetsvandringar with their findings. */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { can, reachFor, type Actor } from '../../domain/access/permissions.ts';
import {
  defaultTitle,
  DIALOGUE_KIND_LABELS,
  normaliseParticipants,
  participantTotal,
  type FindingInput,
} from '../../domain/dialogues/dialogue.ts';
import type { DialogueFilter, DialogueInput, DialogueSummary, RegisteredKind } from '../../contracts/dialogues.ts';
import { checkWalkDateOrder, WALK_STAGE_LABELS, type WalkStage } from '../../domain/dialogues/safety-walk.ts';
import {
  assertMayReadKommun,
  assertMayWrite,
  assertNotFuture,
  checkAreaRef,
  resolveArea,
  resolveKommun,
  today,
} from './context.ts';
import { insertFindings, loadDialogue, type DialogueView } from './store.ts';
import { dialogueHead, dialogueSummaries, insertDialogue, lockDialogue } from './queries/dialogues.ts';
import { nextFindingPosition } from './queries/findings.ts';

function checkInput(deps: Deps, input: DialogueInput): void {
  assertNotFuture(deps, input.date, 'date');
  checkAreaRef(input, 'area');
  if (!input.place?.trim() && !input.areaId && !input.areaName?.trim()) {
    throw new AppError(
      'validation_failed',
      'Ange plats eller område för dialogen',
      'Give the place or area of the dialogue',
      { field: 'place' },
    );
  }
  if (input.walk && input.kind !== 'trygghetsvandring') {
    throw new AppError(
      'validation_failed',
      'Uppgifter om förmöte och återkoppling hör bara till en trygghetsvandring',
      'Pre-meeting and follow-up details belong only to a safety walk',
      { field: 'walk' },
    );
  }
  if (input.walk) checkWalkDateOrder({ ...input.walk, date: input.date });
}

/** Registers a dialogue that has taken place. A walk registered this way is at the step after the walk (vandring). */
export async function registerDialogue(deps: Deps, actor: Actor, input: DialogueInput): Promise<DialogueView> {
  const kommun = await resolveKommun(deps.db, input.kommun);
  assertMayWrite(actor, kommun.id);
  checkInput(deps, input);
  const id = await deps.db.transaction().execute(async (trx) => {
    const areaId = await resolveArea(trx, actor, kommun.id, input, 'area');
    const participants = normaliseParticipants(input.participants);
    const row = {
      id: await insertDialogue(trx, {
        municipality_id: kommun.id,
        kind: input.kind,
        title:
          input.title?.trim() ||
          defaultTitle(input.kind, input.date, input.place?.trim() || input.areaName?.trim() || null),
        date: input.date,
        place: input.place?.trim() || null,
        area_id: areaId,
        participants: JSON.stringify(participants),
        note: input.note?.trim() || null,
        stage: input.kind === 'trygghetsvandring' ? 'vandring' : null,
        pre_meeting_date: input.walk?.preMeetingDate ?? null,
        follow_up_date: input.walk?.followUpDate ?? null,
        route: input.walk?.route?.trim() || null,
        created_by: actor.label,
      }),
    };
    await insertFindings(trx, actor, row.id, kommun.id, input.findings);
    await writeAudit(trx, actor, {
      action: 'dialogue.create',
      entityType: 'dialogue',
      entityId: row.id,
      organisationId: kommun.id,
      after: { ...input, participants, participantTotal: participantTotal(participants) },
    });
    return row.id;
  });
  return (await loadDialogue(deps.db, id, today(deps)))!;
}

/** A dialogue the actor may read; EST reports are read through their own routes. */
export async function getDialogue(deps: Deps, actor: Actor, id: string): Promise<DialogueView> {
  const d = await loadDialogue(deps.db, id, today(deps));
  if (!d || !can(actor, 'dialogue.read', d.kommun.id)) throw notFound('Dialogen', 'Dialogue');
  return d;
}

/** The dialogue for a change: 404 when out of sight, 403 when only readable. */
export async function dialogueForChange(db: Db, actor: Actor, id: string) {
  const row = await dialogueHead(db, id);
  if (!row || row.kind === 'est' || !can(actor, 'dialogue.read', row.municipality_id))
    throw notFound('Dialogen', 'Dialogue');
  assertMayWrite(actor, row.municipality_id);
  return row;
}

export async function addFindings(
  deps: Deps,
  actor: Actor,
  id: string,
  findings: FindingInput[],
): Promise<DialogueView> {
  const d = await dialogueForChange(deps.db, actor, id);
  if (d.stage === 'formote') {
    throw new AppError(
      'conflict',
      'Vandringen har inte gjorts än; registrera vandringen med dess iakttagelser',
      'The walk has not taken place yet; register the walk with its findings',
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    // Findings added from two places at once take turns, so each batch numbers on from the other's last.
    if (!(await lockDialogue(trx, id))) throw notFound('Dialogen', 'Dialogue');
    await insertFindings(trx, actor, id, d.municipality_id, findings, await nextFindingPosition(trx, id));
    await writeAudit(trx, actor, {
      action: 'dialogue.findings_add',
      entityType: 'dialogue',
      entityId: id,
      organisationId: d.municipality_id,
      after: { findings },
    });
  });
  return (await loadDialogue(deps.db, id, today(deps)))!;
}

export type { DialogueFilter, DialogueSummary } from '../../contracts/dialogues.ts';

export async function listDialogues(deps: Deps, actor: Actor, filter: DialogueFilter): Promise<DialogueSummary[]> {
  const reach = reachFor(actor, 'dialogue.read');
  let kommuner: { kommunId: string } | ReadonlySet<string> | 'all' = reach;
  if (filter.kommun) {
    const kommun = await resolveKommun(deps.db, filter.kommun);
    assertMayReadKommun(actor, kommun);
    kommuner = { kommunId: kommun.id };
  } else if (reach !== 'all' && !reach.size) return [];
  const rows = await dialogueSummaries(deps.db, kommuner, filter);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as RegisteredKind,
    kindLabel: DIALOGUE_KIND_LABELS[r.kind as RegisteredKind].label,
    kommun: { id: r.kommun_id, code: r.kommun_code ?? '', name: r.kommun_name },
    title: r.title,
    date: r.date,
    place: r.place,
    area: r.area_id ? { id: r.area_id, name: r.area_name ?? '' } : null,
    participantTotal: participantTotal(r.participants),
    findingCount: Number(r.finding_count),
    openActions: Number(r.open_actions),
    stage: r.stage as WalkStage | null,
    stageLabel: r.stage ? WALK_STAGE_LABELS[r.stage as WalkStage].label : null,
  }));
}
