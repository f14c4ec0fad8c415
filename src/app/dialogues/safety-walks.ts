/**
 * The trygghetsvandring's steps: plan (förmöte) → walk (vandring, with its
 * findings) → follow-up meeting (återkoppling: owner, action and due date per
 * finding) → done (klar); and "planera ny vandring" on the same route.
 */
import type { Updateable } from 'kysely';
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import type { DialoguesTable } from '../../db/schema-dialogues.ts';
import { writeAudit } from '../audit.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { defaultTitle, normaliseParticipants } from '../../domain/dialogues/dialogue.ts';
import { assertStage, checkWalkDateOrder, type WalkStage } from '../../domain/dialogues/safety-walk.ts';
import type {
  FollowUpInput,
  PlanNextWalkInput,
  PlanWalkInput,
  RecordWalkInput,
} from '../../domain/dialogues/walk-input.ts';
import { assertMayWrite, assertNotFuture, checkAreaRef, resolveArea, resolveKommun, today } from './context.ts';
import { dialogueForChange } from './dialogues.ts';
import { insertFindings, loadDialogue, type DialogueView } from './store.ts';
import { insertDialogue, moveWalkStage, walkPlace, walkStage } from './queries/dialogues.ts';
import { findingIdsOf, planFindingAction } from './queries/findings.ts';

async function walkForChange(deps: Deps, actor: Actor, id: string) {
  const d = await dialogueForChange(deps.db, actor, id);
  if (d.kind !== 'trygghetsvandring') {
    throw new AppError('conflict', 'Dialogen är ingen trygghetsvandring', 'The dialogue is not a safety walk');
  }
  return { ...d, stage: d.stage as WalkStage };
}

/**
 * Moves the walk on from `from`, only if it is still there: of two requests
 * taking the same step at once, the second finds the step taken and changes
 * nothing (409 with the stage it found), so findings are not added twice.
 */
async function moveStage(
  trx: Db,
  id: string,
  from: WalkStage,
  set: Updateable<DialoguesTable>,
  step: string,
  stepEn: string,
): Promise<void> {
  if (await moveWalkStage(trx, id, from, set)) return;
  const now = await walkStage(trx, id);
  if (!now) throw notFound('Dialogen', 'Dialogue');
  assertStage(now.stage as WalkStage, from, step, stepEn);
  throw new AppError(
    'conflict',
    'Vandringen ändrades samtidigt; försök igen',
    'The walk was changed at the same time; try again',
  );
}

const view = async (deps: Deps, id: string): Promise<DialogueView> => (await loadDialogue(deps.db, id, today(deps)))!;

export async function planWalk(deps: Deps, actor: Actor, input: PlanWalkInput): Promise<DialogueView> {
  const kommun = await resolveKommun(deps.db, input.kommun);
  assertMayWrite(actor, kommun.id);
  checkAreaRef(input, 'area');
  checkWalkDateOrder(input);
  if (!input.place?.trim() && !input.areaId && !input.areaName?.trim() && !input.route?.trim()) {
    throw new AppError(
      'validation_failed',
      'Ange plats, område eller slinga för vandringen',
      'Give the place, area or route of the walk',
      { field: 'place' },
    );
  }
  const id = await deps.db.transaction().execute(async (trx) => {
    const areaId = await resolveArea(trx, actor, kommun.id, input, 'area');
    const row = {
      id: await insertDialogue(trx, {
        municipality_id: kommun.id,
        kind: 'trygghetsvandring',
        stage: 'formote',
        date: input.date,
        title:
          input.title?.trim() ||
          defaultTitle('trygghetsvandring', input.date, input.place?.trim() || input.areaName?.trim() || null),
        place: input.place?.trim() || null,
        area_id: areaId,
        route: input.route?.trim() || null,
        pre_meeting_date: input.preMeetingDate ?? null,
        follow_up_date: input.followUpDate ?? null,
        participants: JSON.stringify(normaliseParticipants(input.participants)),
        note: input.note?.trim() || null,
        created_by: actor.label,
      }),
    };
    await writeAudit(trx, actor, {
      action: 'safety_walk.plan',
      entityType: 'dialogue',
      entityId: row.id,
      organisationId: kommun.id,
      after: { ...input },
    });
    return row.id;
  });
  return view(deps, id);
}

export async function recordWalk(deps: Deps, actor: Actor, id: string, input: RecordWalkInput): Promise<DialogueView> {
  const walk = await walkForChange(deps, actor, id);
  assertStage(walk.stage, 'formote', 'att registrera vandringen', 'registering the walk');
  assertNotFuture(deps, input.date, 'date');
  const before = await view(deps, id);
  const followUpDate = input.followUpDate === undefined ? walk.follow_up_date : input.followUpDate;
  checkWalkDateOrder({ preMeetingDate: before.walk?.preMeetingDate, date: input.date, followUpDate });
  await deps.db.transaction().execute(async (trx) => {
    await moveStage(
      trx,
      id,
      'formote',
      {
        stage: 'vandring',
        date: input.date,
        participants: JSON.stringify(normaliseParticipants(input.participants)),
        follow_up_date: followUpDate,
        updated_at: deps.now(),
        ...(input.route !== undefined ? { route: input.route?.trim() || null } : {}),
        ...(input.note !== undefined ? { note: input.note?.trim() || null } : {}),
      },
      'att registrera vandringen',
      'registering the walk',
    );
    await insertFindings(trx, actor, id, walk.municipality_id, input.findings);
    await writeAudit(trx, actor, {
      action: 'safety_walk.walk',
      entityType: 'dialogue',
      entityId: id,
      organisationId: walk.municipality_id,
      before: { stage: before.walk?.stage, date: before.date },
      after: { stage: 'vandring', ...input },
    });
  });
  return view(deps, id);
}

function checkActions(input: FollowUpInput, findingIds: Set<string>): void {
  const seen = new Set<string>();
  for (const [i, a] of input.actions.entries()) {
    if (!findingIds.has(a.findingId)) {
      throw new AppError(
        'validation_failed',
        'Iakttagelsen hör inte till den här vandringen',
        'The finding does not belong to this walk',
        { field: `actions.${i}.findingId` },
      );
    }
    if (seen.has(a.findingId)) {
      throw new AppError(
        'validation_failed',
        'Samma iakttagelse finns två gånger',
        'The same finding is listed twice',
        { field: `actions.${i}.findingId` },
      );
    }
    seen.add(a.findingId);
    if (a.dueDate < input.date) {
      throw new AppError(
        'validation_failed',
        'Åtgärdens datum ligger före återkopplingsmötet',
        'The action is due before the follow-up meeting',
        { field: `actions.${i}.dueDate` },
      );
    }
  }
}

export async function recordFollowUp(
  deps: Deps,
  actor: Actor,
  id: string,
  input: FollowUpInput,
): Promise<DialogueView> {
  const walk = await walkForChange(deps, actor, id);
  assertStage(walk.stage, 'vandring', 'återkopplingsmötet', 'the follow-up meeting');
  assertNotFuture(deps, input.date, 'date');
  checkWalkDateOrder({ date: walk.date, followUpDate: input.date });
  checkActions(input, await findingIdsOf(deps.db, id));
  await deps.db.transaction().execute(async (trx) => {
    await moveStage(
      trx,
      id,
      'vandring',
      { stage: 'aterkoppling', follow_up_date: input.date, updated_at: deps.now() },
      'återkopplingsmötet',
      'the follow-up meeting',
    );
    for (const a of input.actions) {
      await planFindingAction(trx, a.findingId, { owner: a.owner, action: a.action, due_date: a.dueDate }, deps.now());
    }
    await writeAudit(trx, actor, {
      action: 'safety_walk.follow_up',
      entityType: 'dialogue',
      entityId: id,
      organisationId: walk.municipality_id,
      before: { stage: walk.stage, followUpDate: walk.follow_up_date },
      after: { stage: 'aterkoppling', ...input },
    });
  });
  return view(deps, id);
}

export async function closeWalk(deps: Deps, actor: Actor, id: string): Promise<DialogueView> {
  const walk = await walkForChange(deps, actor, id);
  assertStage(walk.stage, 'aterkoppling', 'att avsluta', 'closing');
  await deps.db.transaction().execute(async (trx) => {
    await moveStage(
      trx,
      id,
      'aterkoppling',
      { stage: 'klar', closed_on: today(deps), updated_at: deps.now() },
      'att avsluta',
      'closing',
    );
    await writeAudit(trx, actor, {
      action: 'safety_walk.close',
      entityType: 'dialogue',
      entityId: id,
      organisationId: walk.municipality_id,
      before: { stage: walk.stage },
      after: { stage: 'klar', closedOn: today(deps) },
    });
  });
  return view(deps, id);
}

/** A new walk at förmöte on the previous walk's route, place and area. */
export async function planNextWalk(
  deps: Deps,
  actor: Actor,
  id: string,
  input: PlanNextWalkInput,
): Promise<DialogueView> {
  const walk = await walkForChange(deps, actor, id);
  if (walk.stage === 'formote') {
    throw new AppError('conflict', 'Den här vandringen har inte gjorts än', 'This walk has not taken place yet');
  }
  if (input.date <= walk.date) {
    throw new AppError(
      'validation_failed',
      'Den nya vandringen måste ligga efter den förra',
      'The new walk must come after the previous one',
      { field: 'date' },
    );
  }
  checkWalkDateOrder(input);
  const prev = await walkPlace(deps.db, id);
  const newId = await deps.db.transaction().execute(async (trx) => {
    const row = {
      id: await insertDialogue(trx, {
        municipality_id: walk.municipality_id,
        kind: 'trygghetsvandring',
        stage: 'formote',
        title: input.title?.trim() || prev.title,
        date: input.date,
        place: prev.place,
        area_id: prev.area_id,
        route: prev.route,
        previous_walk_id: id,
        pre_meeting_date: input.preMeetingDate ?? null,
        follow_up_date: input.followUpDate ?? null,
        participants: '{}',
        created_by: actor.label,
      }),
    };
    await writeAudit(trx, actor, {
      action: 'safety_walk.plan_next',
      entityType: 'dialogue',
      entityId: row.id,
      organisationId: walk.municipality_id,
      after: { previousWalkId: id, ...input },
    });
    return row.id;
  });
  return view(deps, newId);
}
