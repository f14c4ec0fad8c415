/** Queries of EST reports (einsatzstatistik per area and week): the report rows, their answers and the merged views. */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

/** The organisation, when it reports for the kommun: the kommun itself, an organisation under it, or one covering it (the LPO). */
export function reportingOrganisation(db: Db, orgId: string, kommunId: string) {
  return db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.name'])
    .where('o.id', '=', orgId)
    .where((eb) =>
      eb.or([
        eb('o.id', '=', kommunId),
        eb('o.parent_id', '=', kommunId),
        eb.exists(
          eb
            .selectFrom('organisation_coverage as c')
            .select('c.covered_id')
            .whereRef('c.organisation_id', '=', 'o.id')
            .where('c.covered_id', '=', kommunId),
        ),
      ]),
    )
    .executeTakeFirst();
}

/** The reporter's report for the area and week, other than `exceptId`. */
export function reportOfWeek(trx: Db, reporterId: string, areaId: string, week: string, exceptId?: string) {
  let q = trx
    .selectFrom('dialogues')
    .select('id')
    .where('kind', '=', 'est')
    .where('reporter_organisation_id', '=', reporterId)
    .where('area_id', '=', areaId)
    .where('week', '=', week);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}

export interface EstAnswerValues {
  item: string;
  level: number;
  note: string | null;
}

/** The report's answers become exactly `answers`. */
export async function replaceEstAnswers(trx: Db, reportId: string, answers: EstAnswerValues[], fresh: boolean) {
  if (!fresh) await trx.deleteFrom('est_answers').where('report_id', '=', reportId).execute();
  await trx
    .insertInto('est_answers')
    .values(answers.map((a) => ({ report_id: reportId, ...a })))
    .execute();
}

/** The reports with their area and reporter, newest week first. */
export function estReportRows(db: Db, ids: string[]) {
  return db
    .selectFrom('dialogues as d')
    .innerJoin('areas as a', 'a.id', 'd.area_id')
    .innerJoin('organisations as r', 'r.id', 'd.reporter_organisation_id')
    .select([
      'd.id',
      'd.municipality_id',
      'd.week',
      'd.date',
      'd.area_id',
      'a.name as area_name',
      'd.reporter_organisation_id',
      'r.name as reporter_name',
      'd.note',
      'd.created_by',
      'd.created_at',
      'd.updated_at',
    ])
    .where('d.id', 'in', ids)
    .orderBy('d.date', 'desc')
    .orderBy('a.name')
    .orderBy('r.name')
    .execute();
}

export function estAnswerRows(db: Db, ids: string[]) {
  return db.selectFrom('est_answers').selectAll().where('report_id', 'in', ids).execute();
}

/** Ids of reports of the kommuner in reach or filed by organisations in reach, filtered, newest first (at most 1000). */
export async function estReportIds(
  db: Db,
  reach: ReadonlySet<string> | 'all',
  filter: { kommunId?: string; week?: string; areaId?: string },
): Promise<string[]> {
  let q = db.selectFrom('dialogues as d').select('d.id').where('d.kind', '=', 'est');
  if (reach !== 'all') {
    q = q.where((eb) =>
      eb.or([eb('d.municipality_id', 'in', [...reach]), eb('d.reporter_organisation_id', 'in', [...reach])]),
    );
  }
  if (filter.kommunId) q = q.where('d.municipality_id', '=', filter.kommunId);
  if (filter.week) q = q.where('d.week', '=', filter.week);
  if (filter.areaId) q = q.where('d.area_id', '=', filter.areaId);
  return (await q.orderBy('d.date', 'desc').limit(1000).execute()).map((r) => r.id);
}

/** What deciding on a change of the report needs: kommun, reporter, area and week. */
export function estReportHead(db: Db, id: string) {
  return db
    .selectFrom('dialogues as d')
    .innerJoin('organisations as r', 'r.id', 'd.reporter_organisation_id')
    .select([
      'd.id',
      'd.municipality_id',
      'd.reporter_organisation_id',
      'r.name as reporter_name',
      'd.area_id',
      'd.week',
    ])
    .where('d.id', '=', id)
    .where('d.kind', '=', 'est')
    .executeTakeFirst();
}

/** The report's area and week, its row locked for the change. */
export function lockedEstPlace(trx: Db, id: string) {
  return trx.selectFrom('dialogues').select(['area_id', 'week']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function areaNameOf(db: Db, areaId: string) {
  return db.selectFrom('areas').select('name').where('id', '=', areaId).executeTakeFirstOrThrow();
}

/** Reports of the kommun whose week's Thursday lies in [from, to], with their answers, oldest first. */
export function estRowsBetween(db: Db, kommunId: string, from: string, to: string, areaId?: string) {
  let q = db
    .selectFrom('dialogues as d')
    .innerJoin('areas as a', 'a.id', 'd.area_id')
    .innerJoin('organisations as r', 'r.id', 'd.reporter_organisation_id')
    .select([
      'd.id',
      'd.area_id',
      'a.name as area_name',
      'd.week',
      'd.date',
      'd.reporter_organisation_id',
      'r.name as reporter_name',
      'd.note',
      sql<{ item: string; level: number; note: string | null }[]>`coalesce((select json_agg(json_build_object(
        'item', e.item, 'level', e.level, 'note', e.note)) from est_answers e where e.report_id = d.id), '[]'::json)`.as(
        'answers',
      ),
    ])
    .where('d.kind', '=', 'est')
    .where('d.municipality_id', '=', kommunId)
    .where(sql<boolean>`d.date + 3 between ${from}::date and ${to}::date`);
  if (areaId) q = q.where('d.area_id', '=', areaId);
  return q.orderBy('d.date').execute();
}
