/**
 * The SQL of the survey rows themselves: read, lock, list, create, change
 * and delete; the kommun and its areas as a survey needs them; the
 * counts of codes a survey shows.
 */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { SurveysTable } from '../../../db/schema-surveys.ts';

export function surveyRow(db: Db, id: string) {
  return db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
}

export type SurveyRow = NonNullable<Awaited<ReturnType<typeof surveyRow>>>;

/** The survey's row locked for the rest of the transaction (FOR UPDATE). */
export function lockedSurveyRow(trx: Db, id: string): Promise<SurveyRow | undefined> {
  return trx.selectFrom('surveys').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Newest first; `municipalityIds` limits to those kommuner (undefined: every kommun). */
export function surveyRows(
  db: Db,
  filter: { municipalityIds?: string[]; municipalityId?: string },
): Promise<SurveyRow[]> {
  let q = db.selectFrom('surveys').selectAll().orderBy('created_at', 'desc');
  if (filter.municipalityIds) q = q.where('municipality_id', 'in', filter.municipalityIds);
  if (filter.municipalityId) q = q.where('municipality_id', '=', filter.municipalityId);
  return q.execute();
}

export function insertSurvey(trx: Db, values: Insertable<SurveysTable>): Promise<SurveyRow> {
  return trx.insertInto('surveys').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Changes the survey's row (one the transaction has locked) and returns it as it is now. */
export function updateSurveyRow(trx: Db, id: string, set: Updateable<SurveysTable>): Promise<SurveyRow> {
  return trx.updateTable('surveys').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Changes the survey's row only while it has `status`; undefined when it has not (or is gone). */
export function updateSurveyWithStatus(
  trx: Db,
  id: string,
  status: string,
  set: Updateable<SurveysTable>,
): Promise<SurveyRow | undefined> {
  return trx
    .updateTable('surveys')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', status)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes the survey while it is a draft; false when it is not (or gone). */
export async function deleteDraftSurvey(trx: Db, id: string): Promise<boolean> {
  const gone = await trx
    .deleteFrom('surveys')
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .returning('id')
    .executeTakeFirst();
  return !!gone;
}

/** Whether another survey uses `slug` as its address or public id. */
export async function addressTaken(trx: Db, surveyId: string, slug: string): Promise<boolean> {
  const taken = await trx
    .selectFrom('surveys')
    .select('id')
    .where('id', '!=', surveyId)
    .where((eb) => eb.or([eb('slug', '=', slug), eb('public_id', '=', slug)]))
    .executeTakeFirst();
  return !!taken;
}

export function organisationKind(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
}

export async function organisationName(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}

/** The kommun's areas by name. */
export function areaRows(db: Db, municipalityId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .orderBy('name')
    .execute();
}

/** Codes issued for the survey and how many of them are used. */
export async function codeCounts(db: Db, surveyId: string): Promise<{ issued: number; used: number }> {
  const row = await db
    .selectFrom('survey_codes')
    .select((eb) => [
      eb.fn.countAll<string>().as('issued'),
      eb.fn.sum<string>(eb.case().when('used', '=', true).then(1).else(0).end()).as('used'),
    ])
    .where('survey_id', '=', surveyId)
    .executeTakeFirstOrThrow();
  return { issued: Number(row.issued), used: Number(row.used ?? 0) };
}
