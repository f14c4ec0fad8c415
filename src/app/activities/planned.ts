import type { Deps } from '../deps.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { isAcceptedDay } from '../../domain/iso-day.ts';
import { loadCommitment } from './commitment-access.ts';
import { getPromiseSet } from '../promises/promise-sets.ts';
import { deletePlanned, doneByDay, insertPlanned, plannedBetween, plannedRow } from './queries/activities.ts';
import type { Calendar, CalendarDay, PlanInput, PlannedView } from '../../contracts/activities.ts';

export type { CalendarDay, PlannedView } from '../../contracts/activities.ts';

/** Coordinators and officers plan future activities (e.g. the two narcotics operations of the first half year). */
export async function planActivity(deps: Deps, actor: Actor, input: PlanInput): Promise<PlannedView> {
  if (!isAcceptedDay(input.date))
    throw new AppError('validation_failed', `Ogiltigt datum: ${input.date}`, `Invalid date: ${input.date}`);
  const c = await loadCommitment(deps.db, input.commitmentId);
  if (!c || !c.municipalityIds.some((m) => can(actor, 'promise.read', m))) throw notFound('Åtagandet', 'Commitment');
  if (!c.municipalityIds.some((m) => can(actor, 'promise.write', m))) throw forbidden();
  return deps.db.transaction().execute(async (trx) => {
    const row = await insertPlanned(trx, {
      commitment_id: c.id,
      promise_set_id: c.promiseSetId,
      date: input.date,
      quantity: input.quantity ?? 1,
      note: input.note ?? null,
      created_by: actor.label,
    });
    await writeAudit(trx, actor, {
      action: 'planned_activity.create',
      entityType: 'planned_activity',
      entityId: row.id,
      organisationId: c.municipalityIds[0] ?? null,
      after: { ...input },
    });
    return {
      id: row.id,
      commitmentId: row.commitment_id,
      promiseSetId: row.promise_set_id,
      date: row.date,
      quantity: Number(row.quantity),
      note: row.note,
    };
  });
}

export async function removePlanned(deps: Deps, actor: Actor, id: string): Promise<void> {
  const row = await plannedRow(deps.db, id);
  const c = row ? await loadCommitment(deps.db, row.commitment_id) : undefined;
  if (!row || !c || !c.municipalityIds.some((m) => can(actor, 'promise.read', m)))
    throw notFound('Den planerade aktiviteten', 'Planned activity');
  if (!c.municipalityIds.some((m) => can(actor, 'promise.write', m))) throw forbidden();
  await deps.db.transaction().execute(async (trx) => {
    await deletePlanned(trx, id);
    await writeAudit(trx, actor, {
      action: 'planned_activity.delete',
      entityType: 'planned_activity',
      entityId: id,
      organisationId: c.municipalityIds[0] ?? null,
      before: { ...row },
      after: null,
    });
  });
}

/** Plan against done, day by day, for a promise set's calendar. */
export async function promiseSetCalendar(
  deps: Deps,
  actor: Actor,
  setId: string,
  from: string,
  to: string,
): Promise<Calendar> {
  await getPromiseSet(deps, actor, setId);
  const done = await doneByDay(deps.db, setId, from, to);
  const planned = await plannedBetween(deps.db, setId, from, to);
  const days = new Map<string, CalendarDay>();
  const day = (d: string) => days.get(d) ?? days.set(d, { date: d, planned: 0, done: 0 }).get(d)!;
  for (const d of done) day(d.date).done += Number(d.n);
  for (const p of planned) day(p.date).planned += Number(p.quantity);
  return {
    days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    planned: planned.map((p) => ({
      id: p.id,
      commitmentId: p.commitment_id,
      promiseSetId: p.promise_set_id,
      date: p.date,
      quantity: Number(p.quantity),
      note: p.note,
    })),
  };
}
