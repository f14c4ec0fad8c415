/**
 * Queries of activities, planned activities and the commitments they are
 * logged against. The use cases beside queries/ check the input and the
 * actor and write the audit; these read and write rows.
 */
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { ActivitiesTable } from '../../../db/schema.ts';
import { logActivityCall, type LogActivityArgs } from '../../../db/sql/pieces.ts';
import { activitiesLoggedFrom } from '../../events/record.ts';
import type { ActivityFilter } from '../../../contracts/activities.ts';

export type ActivityRow = Selectable<ActivitiesTable>;

// ---- commitments ----

/** Commitments with their set's period, status and kommuner; one array parameter, however many ids a file names. */
export function commitmentRows(db: Db, ids: string[]) {
  return (
    db
      .selectFrom('commitments as c')
      .innerJoin('promise_sets as p', 'p.id', 'c.promise_set_id')
      .select([
        'c.id',
        'c.promise_set_id',
        'c.text',
        'c.responsible',
        'c.partners',
        'c.target',
        'c.follow_up',
        'c.removed_at',
        'p.period_from',
        'p.period_to',
        'p.status',
        sql<
          string[]
        >`array(select organisation_id from promise_set_municipalities m where m.promise_set_id = p.id and m.organisation_id is not null)`.as(
          'orgs',
        ),
      ])
      // A list of parameters stops at 65 535.
      .where(sql<boolean>`c.id = any(${ids}::uuid[])`)
      .execute()
  );
}

export function partnerOrganisation(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'partner_type', 'parent_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The parents (kommuner) of the given partner organisations. */
export async function parentsOf(db: Db, ids: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations')
    .select('parent_id')
    .where('id', 'in', ids.concat(['00000000-0000-0000-0000-000000000000']))
    .execute();
  return rows.map((p) => p.parent_id).filter((x): x is string => !!x);
}

/** Commitments (not removed) of agreed and published sets covering `orgs` ('all' for every set), in document order. */
export function openCommitmentRows(db: Db, orgs: string[] | 'all') {
  let q = db
    .selectFrom('commitments as c')
    .innerJoin('promise_sets as p', 'p.id', 'c.promise_set_id')
    .innerJoin('focus_areas as f', 'f.id', 'c.focus_area_id')
    .select(['c.id', 'c.text', 'c.target', 'c.follow_up', 'f.title as area', 'p.id as set_id', 'p.title as set_title'])
    .where('p.status', 'in', ['agreed', 'published'])
    .where('c.removed_at', 'is', null)
    .orderBy('p.title')
    .orderBy('f.position')
    .orderBy('c.position');
  if (orgs !== 'all') {
    q = q.where('p.id', 'in', (eb) =>
      eb.selectFrom('promise_set_municipalities').select('promise_set_id').where('organisation_id', 'in', orgs),
    );
  }
  return q.execute();
}

/** How much was logged on `day` for each of the commitments. */
export function doneOn(db: Db, commitmentIds: string[], day: string) {
  return db
    .selectFrom('activities')
    .select(['commitment_id', sql<string>`sum(quantity)`.as('n')])
    .where('commitment_id', 'in', commitmentIds)
    .where('date', '=', day)
    .groupBy('commitment_id')
    .execute();
}

export async function setKommunNames(db: Db, setId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('promise_set_municipalities')
    .select('name')
    .where('promise_set_id', '=', setId)
    .execute();
  return rows.map((m) => m.name);
}

// ---- activities ----

export function areaKommunRows(db: Db, ids: string[]) {
  return db.selectFrom('areas').select(['id', 'municipality_id']).where('id', 'in', ids).execute();
}

/**
 * One call of log_activity() (src/db/sql/pieces.ts) with the outbox event
 * in the same statement, so it commits with the activity (and is absent
 * when none was stored). Undefined when log_activity() stored nothing.
 */
export async function logActivityRow(db: Db, args: LogActivityArgs, now: Date): Promise<ActivityRow | undefined> {
  const row =
    await sql<ActivityRow>`with stored as (select * from ${logActivityCall(args)}), event as (${activitiesLoggedFrom(sql`stored`, now)})
    select * from stored`.execute(db);
  return row.rows[0];
}

export function activityRows(db: Db, ids: string[]) {
  return db.selectFrom('activities').selectAll().where('id', 'in', ids).execute();
}

export function activityAreaRows(db: Db, ids: string[]) {
  return db.selectFrom('activity_areas').selectAll().where('activity_id', 'in', ids).execute();
}

/** Ids of activities in sets of, or logged by, the organisations in reach ('all' for every one), newest first. */
export async function activityIds(
  db: Db,
  reach: ReadonlySet<string> | 'all',
  filter: ActivityFilter,
): Promise<string[]> {
  let q = db
    .selectFrom('activities as a')
    .select('a.id')
    .orderBy('a.date', 'desc')
    .orderBy('a.created_at', 'desc')
    .limit(filter.limit ?? 500);
  if (reach !== 'all') {
    q = q.where((eb) =>
      eb.or([
        eb(
          'a.promise_set_id',
          'in',
          eb
            .selectFrom('promise_set_municipalities')
            .select('promise_set_id')
            .where('organisation_id', 'in', [...reach]),
        ),
        eb('a.organisation_id', 'in', [...reach]),
      ]),
    );
  }
  if (filter.promiseSetId) q = q.where('a.promise_set_id', '=', filter.promiseSetId);
  if (filter.commitmentId) q = q.where('a.commitment_id', '=', filter.commitmentId);
  if (filter.from) q = q.where('a.date', '>=', filter.from);
  if (filter.to) q = q.where('a.date', '<=', filter.to);
  return (await q.execute()).map((r) => r.id);
}

export async function updateActivityRow(
  trx: Db,
  id: string,
  values: {
    date: string;
    time: string | null;
    duration_minutes: number | null;
    quantity: number;
    people: string;
    outcomes: string;
    note: string | null;
    updated_at: Date;
  },
): Promise<void> {
  await trx.updateTable('activities').set(values).where('id', '=', id).execute();
}

export async function replaceActivityAreas(trx: Db, id: string, areaIds: string[]): Promise<void> {
  await trx.deleteFrom('activity_areas').where('activity_id', '=', id).execute();
  if (areaIds.length)
    await trx
      .insertInto('activity_areas')
      .values(areaIds.map((a) => ({ activity_id: id, area_id: a })))
      .execute();
}

export async function deleteActivityRow(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('activities').where('id', '=', id).execute();
}

// ---- planned activities ----

export function insertPlanned(
  trx: Db,
  values: {
    commitment_id: string;
    promise_set_id: string;
    date: string;
    quantity: number;
    note: string | null;
    created_by: string;
  },
) {
  return trx.insertInto('planned_activities').values(values).returningAll().executeTakeFirstOrThrow();
}

export function plannedRow(db: Db, id: string) {
  return db.selectFrom('planned_activities').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deletePlanned(trx: Db, id: string): Promise<void> {
  await trx.deleteFrom('planned_activities').where('id', '=', id).execute();
}

/** Per day from `from` to `to`: how much of the set was done. */
export function doneByDay(db: Db, setId: string, from: string, to: string) {
  return db
    .selectFrom('activities')
    .select(['date', sql<string>`sum(quantity)`.as('n')])
    .where('promise_set_id', '=', setId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .groupBy('date')
    .execute();
}

export function plannedBetween(db: Db, setId: string, from: string, to: string) {
  return db
    .selectFrom('planned_activities')
    .selectAll()
    .where('promise_set_id', '=', setId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
}
