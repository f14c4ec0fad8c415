/**
 * Every query of the åtgärdsplan, in one place for review. Each takes the
 * database or the transaction it runs in (inside a transaction only its
 * handle may be used). Authorisation, audit, the plan's rules and the
 * transactions stay in the use cases (read.ts, write.ts, links.ts,
 * commitment-refs.ts).
 */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { ActionPlanTables } from '../../db/schema-action-plans.ts';

type Plans = ActionPlanTables['action_plans'];
type Measures = ActionPlanTables['action_plan_measures'];

// ---- the plan and its measures ----

export type PlanRow = NonNullable<Awaited<ReturnType<typeof planRow>>>;
export type MeasureRow = Awaited<ReturnType<typeof measureRows>>[number];

/** The kommun's plan based on its lägesbild of `year`. */
export function planRow(db: Db, kommunId: string, year: number) {
  return db
    .selectFrom('action_plans')
    .selectAll()
    .where('municipality_id', '=', kommunId)
    .where('situation_year', '=', year)
    .executeTakeFirst();
}

/** The plan's measures by position. */
export function measureRows(db: Db, planId: string) {
  return db.selectFrom('action_plan_measures').selectAll().where('plan_id', '=', planId).orderBy('position').execute();
}

/** Makes the plan of the kommun's lägesbild of `year`, or changes its head; returns its id. */
export function upsertPlan(
  trx: Db,
  kommunId: string,
  year: number,
  values: { title: string; year_from: number; year_to: number },
  now: Date,
) {
  return trx
    .insertInto('action_plans')
    .values({ municipality_id: kommunId, situation_year: year, ...values })
    .onConflict((oc) => oc.columns(['municipality_id', 'situation_year']).doUpdateSet({ ...values, updated_at: now }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Changes the plan's row (its decision, its status, when it was last changed). */
export async function updatePlan(trx: Db, planId: string, changes: Updateable<Plans>): Promise<void> {
  await trx.updateTable('action_plans').set(changes).where('id', '=', planId).execute();
}

/** Adds a measure after the plan's last one; returns its id. */
export async function appendMeasure(
  trx: Db,
  planId: string,
  values: Omit<Insertable<Measures>, 'plan_id' | 'position'>,
) {
  const last = await trx
    .selectFrom('action_plan_measures')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('plan_id', '=', planId)
    .executeTakeFirst();
  return trx
    .insertInto('action_plan_measures')
    .values({ plan_id: planId, position: Number(last?.max ?? 0) + 1, ...values })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateMeasure(trx: Db, id: string, changes: Updateable<Measures>): Promise<void> {
  await trx.updateTable('action_plan_measures').set(changes).where('id', '=', id).execute();
}

export async function deleteMeasure(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('action_plan_measures').where('id', '=', id).execute();
}

// ---- commitments as the plan names them ----

/** The promise sets the commitments belong to. */
export async function setIdsOfCommitments(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('commitments')
    .select('promise_set_id')
    .distinct()
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.promise_set_id);
}

/** Every commitment of the sets in print order (set, focus area, commitment), removed ones too, with the set's title. */
export function commitmentsInPrintOrder(db: Db, setIds: readonly string[]) {
  return db
    .selectFrom('commitments as c')
    .innerJoin('focus_areas as f', 'f.id', 'c.focus_area_id')
    .innerJoin('promise_sets as s', 's.id', 'c.promise_set_id')
    .select([
      'c.id',
      'c.promise_set_id',
      'c.text',
      'c.responsible',
      'c.follow_up',
      'c.removed_at',
      'f.removed_at as area_removed_at',
      's.title',
    ])
    .where('c.promise_set_id', 'in', [...setIds])
    .orderBy('c.promise_set_id')
    .orderBy('f.position')
    .orderBy('c.position')
    .execute();
}

/** Whether the commitment belongs to a medborgarlöfte that covers the kommun. */
export async function commitmentCoversKommun(db: Db, commitmentId: string, kommunId: string): Promise<boolean> {
  const row = await db
    .selectFrom('commitments as c')
    .innerJoin('promise_set_municipalities as m', 'm.promise_set_id', 'c.promise_set_id')
    .select('c.id')
    .where('c.id', '=', commitmentId)
    .where('m.organisation_id', '=', kommunId)
    .executeTakeFirst();
  return row !== undefined;
}

// ---- the link sentences of a follow-up ----

/** The kommuner (as organisations) a promise set covers, in its order. */
export function kommunerOfSet(db: Db, promiseSetId: string) {
  return db
    .selectFrom('promise_set_municipalities as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name'])
    .where('m.promise_set_id', '=', promiseSetId)
    .orderBy('m.position')
    .execute();
}

/** The ids of every commitment of the set, removed ones too. */
export async function commitmentIdsOfSet(db: Db, promiseSetId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('commitments').select('id').where('promise_set_id', '=', promiseSetId).execute();
  return new Set(rows.map((c) => c.id));
}

/** The kommun's latest lägesbild up to `year`. */
export function latestPicture(db: Db, kommunId: string, year: number) {
  return db
    .selectFrom('situation_pictures')
    .select(['id', 'year'])
    .where('municipality_id', '=', kommunId)
    .where('year', '<=', year)
    .orderBy('year', 'desc')
    .executeTakeFirst();
}

/** The problems stored for the picture, by category. */
export function pictureProblems(db: Db, pictureId: string) {
  return db
    .selectFrom('situation_problems')
    .selectAll()
    .where('picture_id', '=', pictureId)
    .orderBy('category')
    .execute();
}
