/**
 * Every query of the follow-ups feature, in one place for review. Each takes
 * the database or the transaction it runs in (inside a transaction only its
 * handle may be used). Authorisation, audit, the workflow's transition and
 * the transactions stay in the use cases (followups.ts, workflow.ts,
 * carry-over.ts, view.ts, report-data.ts).
 */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { FollowUpItemsTable, FollowUpsTable } from '../../db/schema.ts';

// ---- the follow-up as the view reads it ----

/** The follow-up with its promise set's title and period. */
export function followUpWithSet(db: Db, id: string) {
  return db
    .selectFrom('follow_ups as f')
    .innerJoin('promise_sets as p', 'p.id', 'f.promise_set_id')
    .selectAll('f')
    .select(['p.title as set_title', 'p.period_from as set_from', 'p.period_to as set_to'])
    .where('f.id', '=', id)
    .executeTakeFirst();
}

/** The kommuner a promise set covers, in its order (a kommun not yet an organisation has no organisation_id). */
export function setMunicipalities(db: Db, setId: string) {
  return db
    .selectFrom('promise_set_municipalities')
    .select(['organisation_id', 'name'])
    .where('promise_set_id', '=', setId)
    .orderBy('position')
    .execute();
}

/** The organisations of the kommuner a set covers. */
export async function setOrganisationIds(db: Db, setId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('promise_set_municipalities')
    .select('organisation_id')
    .where('promise_set_id', '=', setId)
    .execute();
  return rows.map((r) => r.organisation_id).filter((x): x is string => !!x);
}

/** The follow-up's items with their commitment's text and target and its focus area, in order. */
export function followUpItems(db: Db, id: string) {
  return db
    .selectFrom('follow_up_items as i')
    .innerJoin('commitments as c', 'c.id', 'i.commitment_id')
    .innerJoin('focus_areas as fa', 'fa.id', 'c.focus_area_id')
    .select([
      'i.commitment_id',
      'i.done',
      'i.required',
      'i.activities',
      'i.proposed',
      'i.verdict',
      'i.comment',
      'c.text',
      'c.target',
      'fa.title',
    ])
    .where('i.follow_up_id', '=', id)
    .orderBy('i.position')
    .execute();
}

/** The ids of a set's follow-ups, by period. */
export function followUpIdsOfSet(db: Db, setId: string) {
  return db.selectFrom('follow_ups').select('id').where('promise_set_id', '=', setId).orderBy('period_from').execute();
}

// ---- making and editing a draft ----

/** Per commitment: the quantity logged inside the window, and how many activities. */
export async function windowTotals(
  db: Db,
  setId: string,
  from: string,
  to: string,
): Promise<Map<string, { done: number; count: number }>> {
  const rows = await db
    .selectFrom('activities')
    .select(['commitment_id', sql<string>`sum(quantity)`.as('q'), sql<string>`count(*)`.as('n')])
    .where('promise_set_id', '=', setId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy('commitment_id')
    .execute();
  return new Map(rows.map((r) => [r.commitment_id, { done: Number(r.q), count: Number(r.n) }]));
}

/** The set's follow-up of that cadence starting on `periodFrom`, if there is one. */
export function followUpForPeriod(db: Db, setId: string, cadence: string, periodFrom: string) {
  return db
    .selectFrom('follow_ups')
    .select('id')
    .where('promise_set_id', '=', setId)
    .where('cadence', '=', cadence)
    .where('period_from', '=', periodFrom)
    .executeTakeFirst();
}

export function insertFollowUp(
  trx: Db,
  row: { promiseSetId: string; cadence: string; from: string; to: string; dueDate: string },
) {
  return trx
    .insertInto('follow_ups')
    .values({
      promise_set_id: row.promiseSetId,
      cadence: row.cadence,
      period_from: row.from,
      period_to: row.to,
      due_date: row.dueDate,
      recipients: '[]',
      reviews: '[]',
      approvals: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertFollowUpItems(trx: Db, items: Insertable<FollowUpItemsTable>[]): Promise<void> {
  if (items.length) await trx.insertInto('follow_up_items').values(items).execute();
}

/** Changes the follow-up only while it is a draft; undefined when it no longer is. */
export function updateDraft(trx: Db, id: string, changes: Updateable<FollowUpsTable>) {
  return trx
    .updateTable('follow_ups')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();
}

export async function setItemVerdict(
  trx: Db,
  id: string,
  commitmentId: string,
  verdict: string,
  comment: string | null,
): Promise<void> {
  await trx
    .updateTable('follow_up_items')
    .set({ verdict, comment })
    .where('follow_up_id', '=', id)
    .where('commitment_id', '=', commitmentId)
    .execute();
}

// ---- the workflow ----

/** The kind of each organisation (police area, kommun …) by id. */
export async function organisationKinds(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('organisations').select(['id', 'kind']).where('id', 'in', ids).execute();
  return new Map(rows.map((k) => [k.id, k.kind]));
}

/** The follow-up's workflow state, its row locked until the transaction ends. */
export function lockedWorkflowRow(trx: Db, id: string) {
  return trx
    .selectFrom('follow_ups')
    .select(['status', 'reviews', 'approvals', 'period_to'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

/** Writes the next workflow state if the status is still `fromStatus`; undefined when it was not. */
export function moveWorkflow(
  trx: Db,
  id: string,
  fromStatus: string,
  next: { status: string; reviews: unknown; approvals: unknown; now: Date },
) {
  return trx
    .updateTable('follow_ups')
    .set({
      status: next.status,
      reviews: JSON.stringify(next.reviews),
      approvals: JSON.stringify(next.approvals),
      updated_at: next.now,
      ...(next.status === 'published' ? { published_at: next.now } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .returning('id')
    .executeTakeFirst();
}

// ---- carry-over ----

/** The newest commitment of the set with this text that came from nowhere yet (the copy just added). */
export function uncarriedCommitment(trx: Db, setId: string, text: string) {
  return trx
    .selectFrom('commitments')
    .select('id')
    .where('promise_set_id', '=', setId)
    .where('text', '=', text)
    .where('carried_from', 'is', null)
    .where('removed_at', 'is', null)
    .orderBy('position', 'desc')
    .executeTakeFirst();
}

export async function setCarriedFrom(trx: Db, id: string, fromId: string): Promise<void> {
  await trx.updateTable('commitments').set({ carried_from: fromId }).where('id', '=', id).execute();
}

// ---- the report ----

/** The activities of a set's commitments inside the period, by date, with the organisation that logged each. */
export function periodActivities(db: Db, setId: string, commitmentIds: string[], period: { from: string; to: string }) {
  return db
    .selectFrom('activities as a')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'a.commitment_id', 'a.date', 'o.kind', 'o.name'])
    .where('a.promise_set_id', '=', setId)
    .where('a.commitment_id', 'in', commitmentIds)
    .where('a.date', '>=', period.from)
    .where('a.date', '<=', period.to)
    .orderBy('a.date')
    .orderBy('a.created_at')
    .execute();
}

/** The area names of the activities, by name. */
export function activityPlaceNames(db: Db, activityIds: string[]) {
  return db
    .selectFrom('activity_areas as aa')
    .innerJoin('areas as ar', 'ar.id', 'aa.area_id')
    .select(['aa.activity_id', 'ar.name'])
    .where('aa.activity_id', 'in', activityIds)
    .orderBy('ar.name')
    .execute();
}

/** The signatories stored on the promise set (undefined when the set is gone). */
export async function setSignatories(db: Db, setId: string): Promise<unknown[] | undefined> {
  const set = await db.selectFrom('promise_sets').select('signatories').where('id', '=', setId).executeTakeFirst();
  return set?.signatories as unknown[] | undefined;
}
