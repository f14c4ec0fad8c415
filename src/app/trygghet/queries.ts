/** The SQL of survey results from outside (tables outside_survey_imports and outside_survey_results, migration 0023). */
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { OutsideSurveyImportsTable, OutsideSurveyResultsTable } from '../../db/schema-trygghet.ts';
import type { OutsideRow } from '../../domain/trygghet/parse.ts';
import type { OutsideSource } from '../../domain/trygghet/sources.ts';

export type ImportRow = Selectable<OutsideSurveyImportsTable>;
export type ResultRow = Selectable<OutsideSurveyResultsTable>;

export async function kommunByCode(db: Db, code: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'code', 'name'])
    .where('code', '=', code)
    .where('kind', '=', 'municipality')
    .executeTakeFirst();
}

export async function areaNamesOf(db: Db, municipalityId: string): Promise<string[]> {
  const rows = await db.selectFrom('areas').select('name').where('municipality_id', '=', municipalityId).execute();
  return rows.map((r) => r.name);
}

/** The import of the kommun, source and year, made or refreshed; its row stays locked until the transaction ends. */
export async function upsertImport(
  trx: Db,
  values: {
    municipalityId: string;
    source: OutsideSource;
    year: number;
    fileName: string | null;
    rows: number;
    importedBy: string;
    now: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('outside_survey_imports')
    .values({
      municipality_id: values.municipalityId,
      source: values.source,
      year: values.year,
      file_name: values.fileName,
      rows: values.rows,
      imported_by: values.importedBy,
      imported_at: values.now,
      created_at: values.now,
      updated_at: values.now,
    })
    .onConflict((oc) =>
      oc.columns(['municipality_id', 'source', 'year']).doUpdateSet((eb) => ({
        file_name: eb.ref('excluded.file_name'),
        rows: eb.ref('excluded.rows'),
        imported_by: eb.ref('excluded.imported_by'),
        imported_at: eb.ref('excluded.imported_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteImport(trx: Db, municipalityId: string, source: OutsideSource, year: number) {
  return trx
    .deleteFrom('outside_survey_imports')
    .where('municipality_id', '=', municipalityId)
    .where('source', '=', source)
    .where('year', '=', year)
    .returning(['id', 'rows', 'file_name'])
    .executeTakeFirst();
}

/** The columns a parsed row sets. */
export function resultColumns(r: OutsideRow) {
  return {
    level: r.level,
    area_name: r.areaName,
    item: r.item,
    category: r.category,
    measure: r.measure,
    value: r.value,
    answers: r.answers,
    ci_low: r.ciLow,
    ci_high: r.ciHigh,
  };
}

export async function resultsOfImport(trx: Db, importId: string): Promise<ResultRow[]> {
  return trx.selectFrom('outside_survey_results').selectAll().where('import_id', '=', importId).execute();
}

export async function updateResult(trx: Db, id: string, r: OutsideRow, now: Date): Promise<void> {
  await trx
    .updateTable('outside_survey_results')
    .set({ ...resultColumns(r), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function deleteResults(trx: Db, ids: string[]): Promise<void> {
  if (ids.length) await trx.deleteFrom('outside_survey_results').where('id', 'in', ids).execute();
}

export async function insertResults(
  trx: Db,
  imp: { id: string; municipalityId: string; source: OutsideSource; year: number },
  rows: OutsideRow[],
  now: Date,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('outside_survey_results')
      .values(
        rows.slice(i, i + 500).map((r) => ({
          import_id: imp.id,
          municipality_id: imp.municipalityId,
          source: imp.source,
          year: imp.year,
          ...resultColumns(r),
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
  }
}

/** The kommun's imports (of one year, or all), newest year first, and their results in the order they were stored. */
export async function importsWithResults(
  db: Db,
  municipalityId: string,
  year?: number,
): Promise<{ imports: ImportRow[]; results: ResultRow[] }> {
  let q = db.selectFrom('outside_survey_imports').selectAll().where('municipality_id', '=', municipalityId);
  if (year !== undefined) q = q.where('year', '=', year);
  const imports = await q.orderBy('year', 'desc').orderBy('source').execute();
  if (!imports.length) return { imports, results: [] };
  const ids = imports.map((i) => i.id);
  const results = await db
    .selectFrom('outside_survey_results')
    .selectAll()
    .where('import_id', 'in', ids)
    .orderBy('created_at')
    .orderBy('item')
    .execute();
  return { imports, results };
}

export async function resultsOfYear(db: Db, municipalityId: string, year: number): Promise<ResultRow[]> {
  return db
    .selectFrom('outside_survey_results')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .orderBy('source')
    .orderBy('created_at')
    .orderBy('item')
    .execute();
}

/**
 * The published promise sets covering the kommun with an outcome indicator
 * read from this outside survey: their public pages show its results
 * (app/outcomes/results.ts), so an import or a deletion raises their
 * kommuner's public page version.
 */
export async function setsShowingOutside(trx: Db, municipalityId: string, source: OutsideSource): Promise<string[]> {
  const rows = await trx
    .selectFrom('promise_sets as p')
    .select('p.id')
    .where('p.published_at', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('promise_set_municipalities as m')
          .select('m.promise_set_id')
          .whereRef('m.promise_set_id', '=', 'p.id')
          .where('m.organisation_id', '=', municipalityId),
      ),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('outcome_indicators as i')
          .select('i.id')
          .whereRef('i.promise_set_id', '=', 'p.id')
          .where(sql<string>`i.definition -> 'outside' ->> 'source'`, '=', source),
      ),
    )
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.id);
}
