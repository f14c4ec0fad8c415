import { checkWholeQuantity } from '../../domain/activity-check.ts';
import type { Target } from '../../domain/promise-document.ts';
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { auditActor, writeAudit } from '../audit.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import { reachFor, scopeOf, type Actor, type Grant } from '../../domain/access/permissions.ts';
import type { Reach } from '../admin/organisation-graph.ts';
import { assertMayLog, assertOpenForActivities, loadCommitment } from './commitment-access.ts';
import { refreshPieces } from './queries/pieces.ts';
import {
  activityAreaRows,
  activityIds,
  activityRows,
  areaKommunRows,
  deleteActivityRow,
  logActivityRow,
  replaceActivityAreas,
  updateActivityRow,
  type ActivityRow,
} from './queries/activities.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { unknownOutcomes } from '../../domain/activity-limits.ts';
import { checkActivity } from '../../domain/activity-check.ts';
import type { IdempotencyClaim } from '../idempotency.ts';
import { assertMayLogSomewhere, checkOutcomeNames, checkRows, storeRows } from './intake.ts';
import { recordActivitiesLogged, recordEvent } from '../events/record.ts';
import { staffGrantAllowing } from '../../domain/access/policies.ts';
import type { ActivityFilter, ActivityInput, ActivityPatch, ActivityView } from '../../contracts/activities.ts';

export type { ActivityInput, ActivityView } from '../../contracts/activities.ts';
export { checkActivity } from '../../domain/activity-check.ts';

async function checkAreas(db: Db, areaIds: string[], municipalityIds: string[]): Promise<void> {
  if (!areaIds.length) return;
  const rows = await areaKommunRows(db, areaIds);
  if (rows.length !== new Set(areaIds).size || rows.some((r) => !municipalityIds.includes(r.municipality_id))) {
    throw new AppError(
      'validation_failed',
      'Ett eller flera områden hör inte till medborgarlöftets kommun',
      'One or more areas do not belong to the kommun of the promise set',
    );
  }
}

/** A checked input, the organisation it is logged for and its kommun (for places named in a file). */
interface Prepared {
  input: ActivityInput;
  organisationId: string;
  municipalityId: string | null;
}

/** Checks one input fully, before anything is written. */
export async function prepareActivity(deps: Deps, actor: Actor, input: ActivityInput): Promise<Prepared> {
  const today = swedishDay(deps.now());
  checkActivity(input, today);
  const c = await loadCommitment(deps.db, input.commitmentId);
  if (!c) throw notFound('Åtagandet', 'Commitment');
  const organisationId = await assertMayLog(deps.db, actor, c);
  assertOpenForActivities(c);
  checkOutcomeNames(input, c.followUp);
  checkWholeQuantity(input.quantity, c.target as Target);
  await checkAreas(deps.db, input.areaIds ?? [], c.municipalityIds);
  return { input, organisationId, municipalityId: c.municipalityIds[0] ?? null };
}

/**
 * One call of log_activity() (src/db/sql/pieces.ts) stores the activity, its
 * places, its audit entry, the sum of its piece (see pieces.ts) and the
 * set's progress version, atomically and in one round trip. Adding to a
 * piece is exact; edits and deletes recompute. Without `writer` the caller
 * has checked everything (prepareActivity); with it, the function inserts
 * only when the commitment exists, its set is not closed and one of its
 * kommuner lies in the writer's reach, and answers `null` otherwise.
 */
async function insertActivity(
  db: Db,
  actor: Actor,
  i: ActivityInput,
  organisationId: string,
  writer: Reach | null,
  now: Date,
): Promise<ActivityView | null> {
  const who = auditActor(actor);
  const areas = [...new Set(i.areaIds ?? [])];
  const reach = writer === null || writer === 'all' ? null : [...writer];
  // The outbox event rides in the same statement, so it commits with the activity (and is absent when none was stored).
  const inserted = await logActivityRow(
    db,
    {
      commitment: i.commitmentId,
      check: writer !== null,
      reach,
      date: i.date,
      time: i.time ?? null,
      duration: i.durationMinutes ?? null,
      quantity: i.quantity ?? 1,
      organisation: organisationId,
      people: JSON.stringify(i.people ?? []),
      outcomes: JSON.stringify(i.outcomes ?? {}),
      note: i.note ?? null,
      createdBy: actor.label,
      areas,
      actorUser: who.actor_user_id,
      actorToken: who.actor_token_id,
      actorLabel: who.actor_label,
      audit: JSON.stringify(i),
    },
    now,
  );
  return inserted ? present(inserted, areas) : null;
}

export async function insertPrepared(db: Db, actor: Actor, p: Prepared, now: Date): Promise<ActivityView> {
  return (await insertActivity(db, actor, p.input, p.organisationId, null, now))!;
}

/**
 * The one staff grant (not partner) that may log activities, when the
 * actor has exactly one: then that grant decides alone (see assertMayLog),
 * and the check can ride in the insert itself.
 */
function soleStaffWriter(actor: Actor): Grant | null {
  const writers = actor.grants.filter((g) => g.role !== 'partner' && scopeOf(g.role, 'activity.write') !== 'none');
  return writers.length === 1 ? writers[0]! : null;
}

/**
 * One activity. With an Idempotency-Key (`claim`), the activity and the
 * remembered answer commit together in one transaction.
 */
export async function logActivity(
  deps: Deps,
  actor: Actor,
  input: ActivityInput,
  claim?: IdempotencyClaim<ActivityView>,
): Promise<ActivityView> {
  checkActivity(input, swedishDay(deps.now()));
  const once = async (run: (db: Db) => Promise<ActivityView | null>) =>
    claim
      ? deps.db.transaction().execute(async (trx) => {
          const view = await run(trx);
          if (view) await claim.remember(trx, view);
          return view;
        })
      : run(deps.db);
  const writer = soleStaffWriter(actor);
  // Outcomes other than part and whole need the commitment's indicators, and a fraction its unit (whole for
  // counted things), which only the full check reads.
  const simple = !input.areaIds?.length && !unknownOutcomes(input.outcomes ?? {}, []).length;
  if (writer && simple && Number.isInteger(input.quantity ?? 1)) {
    // The common case in one round trip; when it inserts nothing, the full check below says why.
    const reach = scopeOf(writer.role, 'activity.write') === 'any' ? 'all' : writer.reach;
    const view = await once((db) => insertActivity(db, actor, input, writer.organisationId, reach, deps.now()));
    if (view) return view;
  }
  const prepared = await prepareActivity(deps, actor, input);
  return (await once((db) => insertPrepared(db, actor, prepared, deps.now())))!;
}

/**
 * All or nothing: every row is checked first; one bad row stores none, and
 * the error says which. Stored set-wise (intake.ts), with one audit entry.
 */
export async function logActivities(
  deps: Deps,
  actor: Actor,
  inputs: ActivityInput[],
  claim?: IdempotencyClaim<ActivityView[]>,
): Promise<ActivityView[]> {
  assertMayLogSomewhere(actor);
  const { checked, problems } = await checkRows(
    deps,
    actor,
    inputs.map((input) => ({ input })),
  );
  if (problems.length) {
    const rows = problems.map(({ index, error }) => ({
      index,
      code: error.code,
      message: error.message,
      messageEn: error.messageEn,
    }));
    throw new AppError(
      'validation_failed',
      `${problems.length} av ${inputs.length} aktiviteter är felaktiga; inget sparades`,
      `${problems.length} of ${inputs.length} activities are invalid; nothing was saved`,
      { rows },
    );
  }
  return deps.db.transaction().execute(async (trx) => {
    const views = await storeRows(trx, actor, checked, [], { action: 'activity.batch', extra: {} });
    await recordActivitiesLogged(trx, deps.now(), views);
    await claim?.remember(trx, views);
    return views;
  });
}

/** Activities in promise sets of kommuner the actor may read. */
export async function listActivities(deps: Deps, actor: Actor, filter: ActivityFilter): Promise<ActivityView[]> {
  const reach = reachFor(actor, 'activity.read');
  if (reach !== 'all' && reach.size === 0) return [];
  return loadActivities(deps.db, await activityIds(deps.db, reach, filter));
}

export async function loadActivities(db: Db, ids: string[]): Promise<ActivityView[]> {
  if (!ids.length) return [];
  const rows = await activityRows(db, ids);
  const areas = await activityAreaRows(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id)!)
    .map((r) =>
      present(
        r,
        areas.filter((a) => a.activity_id === r.id).map((a) => a.area_id),
      ),
    );
}

function present(r: ActivityRow, areaIds: string[]): ActivityView {
  return {
    id: r.id,
    commitmentId: r.commitment_id,
    promiseSetId: r.promise_set_id,
    date: r.date,
    time: r.time,
    durationMinutes: r.duration_minutes,
    quantity: Number(r.quantity),
    organisationId: r.organisation_id,
    areaIds,
    people: r.people,
    outcomes: r.outcomes,
    note: r.note,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

async function loadForChange(deps: Deps, actor: Actor, id: string) {
  const [before] = await loadActivities(deps.db, [id]).catch(() => []);
  if (!before) throw notFound('Aktiviteten', 'Activity');
  const c = await loadCommitment(deps.db, before.commitmentId);
  if (!c) throw notFound('Aktiviteten', 'Activity');
  const orgId = await assertMayLog(deps.db, actor, c);
  // A partner changes only what its own organisation logged.
  const isPartnerOnly = !staffGrantAllowing(actor, 'activity.write', c.municipalityIds);
  if (isPartnerOnly && before.organisationId !== orgId) throw notFound('Aktiviteten', 'Activity');
  return { before, c };
}

export async function updateActivity(
  deps: Deps,
  actor: Actor,
  id: string,
  patch: ActivityPatch,
): Promise<ActivityView> {
  const { before, c } = await loadForChange(deps, actor, id);
  const next: ActivityInput = { ...before, ...patch, commitmentId: before.commitmentId };
  checkActivity(next, swedishDay(deps.now()));
  // Names stored before a commitment's indicators changed stay editable.
  if (patch.outcomes) checkOutcomeNames(patch as ActivityInput, [...c.followUp, ...Object.keys(before.outcomes)]);
  // A fraction stored before the rule stays editable; a new one is refused.
  if (patch.quantity !== undefined) checkWholeQuantity(patch.quantity, c.target as Target);
  await checkAreas(deps.db, next.areaIds ?? [], c.municipalityIds);
  await deps.db.transaction().execute(async (trx) => {
    await updateActivityRow(trx, id, {
      date: next.date,
      time: next.time ?? null,
      duration_minutes: next.durationMinutes ?? null,
      quantity: next.quantity ?? 1,
      people: JSON.stringify(next.people ?? []),
      outcomes: JSON.stringify(next.outcomes ?? {}),
      note: next.note ?? null,
      updated_at: deps.now(),
    });
    if (patch.areaIds) await replaceActivityAreas(trx, id, [...new Set(patch.areaIds)]);
    await refreshPieces(trx, before.commitmentId, [before.date, next.date]);
    await recordEvent(trx, deps.now(), {
      kind: 'activity.corrected',
      subjectId: id,
      organisationId: c.municipalityIds[0] ?? null,
      payload: { promiseSetId: before.promiseSetId },
    });
    await writeAudit(trx, actor, {
      action: 'activity.update',
      entityType: 'activity',
      entityId: id,
      organisationId: c.municipalityIds[0] ?? null,
      before: { ...before },
      after: { ...next } as Record<string, unknown>,
    });
  });
  return (await loadActivities(deps.db, [id]))[0]!;
}

export async function deleteActivity(deps: Deps, actor: Actor, id: string): Promise<void> {
  const { before, c } = await loadForChange(deps, actor, id);
  await deps.db.transaction().execute(async (trx) => {
    await deleteActivityRow(trx, id);
    await refreshPieces(trx, before.commitmentId, [before.date]);
    await recordEvent(trx, deps.now(), {
      kind: 'activity.deleted',
      subjectId: id,
      organisationId: c.municipalityIds[0] ?? null,
      payload: { promiseSetId: before.promiseSetId },
    });
    await writeAudit(trx, actor, {
      action: 'activity.delete',
      entityType: 'activity',
      entityId: id,
      organisationId: c.municipalityIds[0] ?? null,
      before: { ...before },
      after: null,
    });
  });
}
