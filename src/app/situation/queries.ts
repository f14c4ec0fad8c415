/**
 * Every query of the lägesbild, in one place for review. Each takes the
 * database or the transaction it runs in (inside a transaction only its
 * handle may be used). Authorisation (who is police), audit, the ranking
 * and the transactions stay in the use cases (situation.ts, police.ts,
 * police-notes.ts, evidence*.ts); the crime section reads through
 * statistics/queries/section-rows.ts.
 */
import { sql, type Updateable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { SituationTables } from '../../db/schema-situation.ts';

// ---- the picture and its problems ----

export function pictureRow(db: Db, municipalityId: string, year: number) {
  return db
    .selectFrom('situation_pictures')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .executeTakeFirst();
}

export function problemRows(db: Db, pictureId: string) {
  return db.selectFrom('situation_problems').selectAll().where('picture_id', '=', pictureId).execute();
}

/** The id of the kommun's picture of the year, made (empty) when there is none. */
export async function ensurePicture(trx: Db, municipalityId: string, year: number): Promise<string> {
  const existing = await trx
    .selectFrom('situation_pictures')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .executeTakeFirst();
  if (existing) return existing.id;
  return (
    await trx
      .insertInto('situation_pictures')
      .values({ municipality_id: municipalityId, year, weights: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export async function updatePicture(
  trx: Db,
  id: string,
  changes: Updateable<SituationTables['situation_pictures']>,
): Promise<void> {
  await trx.updateTable('situation_pictures').set(changes).where('id', '=', id).execute();
}

/** Stores what was said of one problem; a problem not yet stored starts with no links. */
export async function upsertProblem(
  trx: Db,
  pictureId: string,
  category: string,
  values: Updateable<SituationTables['situation_problems']>,
): Promise<void> {
  await trx
    .insertInto('situation_problems')
    .values({ picture_id: pictureId, category, focus_area_ids: '[]', commitment_ids: '[]', ...values })
    .onConflict((oc) => oc.columns(['picture_id', 'category']).doUpdateSet(values))
    .execute();
}

// ---- police organisations and notes ----

/** Those of the organisations that are police (a lokalpolisområde or a polisregion). */
export async function policeOrganisationsAmong(db: Db, ids: string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations')
    .select('id')
    .where('id', 'in', ids)
    .where('kind', 'in', ['police_area', 'region'])
    .execute();
  return rows.map((r) => r.id);
}

export function insertPoliceNote(
  trx: Db,
  note: { municipalityId: string; year: number; category: string; seriousness: number; text: string; by: string },
) {
  return trx
    .insertInto('police_notes')
    .values({
      municipality_id: note.municipalityId,
      year: note.year,
      category: note.category,
      seriousness: note.seriousness,
      text: note.text,
      created_by: note.by,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The kommun's notes of the year, oldest first. */
export function policeNotesOf(db: Db, municipalityId: string, year: number) {
  return db
    .selectFrom('police_notes')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .orderBy('created_at')
    .execute();
}

/** Deletes the kommun's note; undefined when it has no such note. */
export function deletePoliceNoteRow(trx: Db, municipalityId: string, id: string) {
  return trx
    .deleteFrom('police_notes')
    .where('id', '=', id)
    .where('municipality_id', '=', municipalityId)
    .returning('id')
    .executeTakeFirst();
}

// ---- evidence ----

/** What the notes of the year say, as evidence (no order). */
export function policeNoteFindingRows(db: Db, municipalityId: string, year: number) {
  return db
    .selectFrom('police_notes')
    .select(['category', 'seriousness', 'text'])
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .execute();
}

/** The items EST reports of the year marked as present (level > 0), with the report's day and area, by day. */
export async function estChecklistRows(db: Db, municipalityId: string, year: number) {
  const rows = await sql<{ item: string; level: number; date: string; area_id: string | null; area: string | null }>`
    select e.item, e.level, to_char(d.date, 'YYYY-MM-DD') as date, d.area_id, a.name as area
    from est_answers e join dialogues d on d.id = e.report_id left join areas a on a.id = d.area_id
    where d.municipality_id = ${municipalityId} and d.kind = 'est' and e.level > 0
      and d.date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
    order by d.date, e.item`.execute(db);
  return rows.rows;
}

/** The kommun's surveys (not drafts) that opened in the year; one without an opening date opened when published. */
export function surveysOpenedIn(db: Db, municipalityId: string, year: number) {
  return db
    .selectFrom('surveys')
    .select('id')
    .where('municipality_id', '=', municipalityId)
    .where('status', '!=', 'draft')
    .where(sql<boolean>`extract(year from coalesce(opens_on, published_at::date, created_at::date)) = ${year}`)
    .execute();
}

/** Outside survey results of the year with a problem category, for the whole kommun or its areas. */
export function outsideResultRows(db: Db, municipalityId: string, year: number) {
  return db
    .selectFrom('outside_survey_results')
    .select(['source', 'level', 'area_name', 'item', 'category', 'measure', 'value', 'answers'])
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .where('category', 'is not', null)
    .where('level', 'in', ['kommun', 'area'])
    .execute();
}

/** The organisation's kommunkod (null when it has none). */
export async function organisationCode(db: Db, organisationId: string): Promise<string | null> {
  const org = await db.selectFrom('organisations').select('code').where('id', '=', organisationId).executeTakeFirst();
  return org?.code ?? null;
}

/**
 * BRÅ's counts of the regions over the trend's years up to `year`, every
 * kommun's population over the same years (the events' reference is the
 * kommuner the feed covered) and Polisen's events of the year per kommun,
 * type and category.
 */
export function rateRows(db: Db, codes: string[], year: number, sinceAfter: number) {
  return Promise.all([
    db
      .selectFrom('stats_crime_counts')
      .select(['municipality_code', 'year', 'category', 'count', 'rate_per_100k', 'marker', 'category_label'])
      .where('municipality_code', 'in', codes)
      .where('year', '<=', year)
      .where('year', '>', sinceAfter)
      .execute(),
    db
      .selectFrom('stats_population')
      .select(['municipality_code', 'year', 'population'])
      .where('year', '<=', year)
      .where('year', '>', sinceAfter)
      .execute(),
    sql<{ code: string; type: string; category: string; n: string }>`
      select municipality_code as code, type, category, count(*) as n from stats_police_events
      where municipality_code is not null
        and local_date between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
      group by municipality_code, type, category`
      .execute(db)
      .then((r) => r.rows),
  ]);
}
