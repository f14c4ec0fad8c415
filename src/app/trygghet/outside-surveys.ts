/**
 * Survey results a kommun gets from others (Polisens trygghetsmätning,
 * Brå's NTU, SCB's medborgarundersökning): imported from the report's
 * table as CSV, listed, deleted, and read by the lägesbild and outcomes
 * (outsideSurveyResultsFor). Importing is statistics.write on the kommun;
 * reading is situation.read on it (out of reach: 404). One import per
 * kommun, source and year: a new file replaces the rows and says what it
 * added, updated and removed. A file with any bad row stores nothing.
 * Importing or deleting gives the public pages of the sets whose outcome
 * indicators read the source a new ETag (their kommuner's page version).
 */
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { can, type Actor } from '../../domain/access/permissions.ts';
import { municipalityByCode, type MunicipalityRef } from '../../domain/municipality/municipality.ts';
import type { RowProblem } from '../../domain/statistics/types.ts';
import { parseOutsideSurvey } from '../../domain/trygghet/parse.ts';
import { LAYOUTS, type OutsideSource } from '../../domain/trygghet/sources.ts';
import type {
  OutsideDeleteResult,
  OutsideImportBody,
  OutsideImportResult,
  OutsideResultView,
  OutsideSurveyList,
} from '../../contracts/outside-surveys.ts';
import { byPlace, importViews, replaceResults, resultView, withKommunSpelling } from './store.ts';
import { deleteImport, kommunByCode, resultsOfYear, setsShowingOutside, upsertImport } from './queries.ts';
import { bumpPublicPagesOfSets } from '../public/queries/versions.ts';

export interface OutsideKommun {
  id: string;
  code: string;
  name: string;
  ref: MunicipalityRef;
}

const kommunNotFound = () =>
  new AppError('not_found', 'Hittade ingen kommun som du kan se med den koden', 'No kommun you can see has that code');

/** The kommun by kommunkod; unknown and out of reach answer the same 404; a reader without the right to import, 403. */
export async function outsideKommun(db: Db, actor: Actor, code: string, write: boolean): Promise<OutsideKommun> {
  const row = await kommunByCode(db, code);
  const ref = row?.code ? municipalityByCode(row.code) : undefined;
  if (!row || !ref) throw kommunNotFound();
  const reads = can(actor, 'situation.read', row.id);
  const writes = can(actor, 'statistics.write', row.id);
  if (!reads && !writes) throw kommunNotFound();
  if (write && !writes) throw forbidden();
  return { id: row.id, code: ref.code, name: ref.name, ref };
}

function rowsError(source: OutsideSource, problems: RowProblem[]): AppError {
  const rows = [...problems].sort((a, b) => a.line - b.line);
  const lines = new Set(rows.map((r) => r.line)).size;
  const label = LAYOUTS[source];
  return new AppError(
    'validation_failed',
    `${lines} ${lines === 1 ? 'rad' : 'rader'} i filen (${label.label}) har fel; inget sparades`,
    `${lines} ${lines === 1 ? 'row' : 'rows'} of the file (${label.labelEn}) have errors; nothing was saved`,
    { source, total: rows.length, rows: rows.slice(0, 500) },
  );
}

export async function importOutsideSurvey(
  deps: Deps,
  actor: Actor,
  kommunCode: string,
  input: OutsideImportBody,
): Promise<OutsideImportResult> {
  const kommun = await outsideKommun(deps.db, actor, kommunCode, true);
  const parsed = parseOutsideSurvey(input.source, input.content, kommun.ref);
  if (parsed.problems.length) throw rowsError(input.source, parsed.problems);
  const now = deps.now();
  const counts = await deps.db.transaction().execute(async (trx) => {
    const rows = await withKommunSpelling(trx, kommun.id, parsed.rows);
    // The import row is the lock: a second file for the same kommun, source and year waits for this one.
    const id = await upsertImport(trx, {
      municipalityId: kommun.id,
      source: input.source,
      year: input.year,
      fileName: input.fileName ?? null,
      rows: rows.length,
      importedBy: actor.label,
      now,
    });
    const result = await replaceResults(
      trx,
      { id, municipalityId: kommun.id, source: input.source, year: input.year },
      rows,
      now,
    );
    // Public pages showing these results (an outcome indicator) get a new ETag.
    await bumpPublicPagesOfSets(trx, await setsShowingOutside(trx, kommun.id, input.source), now);
    await writeAudit(trx, actor, {
      action: 'outside_survey.import',
      entityType: 'outside_survey_import',
      entityId: id,
      organisationId: kommun.id,
      after: { source: input.source, year: input.year, fileName: input.fileName ?? null, rows: rows.length, ...result },
    });
    return { id, ...result };
  });
  const view = (await importViews(deps.db, kommun.id, input.year)).find((v) => v.id === counts.id)!;
  const { id: _id, ...rest } = counts;
  return { import: view, ...rest, skipped: parsed.skipped };
}

export async function listOutsideSurveys(
  deps: Deps,
  actor: Actor,
  kommunCode: string,
  year?: number,
): Promise<OutsideSurveyList> {
  const kommun = await outsideKommun(deps.db, actor, kommunCode, false);
  return {
    kommun: { id: kommun.id, code: kommun.code, name: kommun.name },
    imports: await importViews(deps.db, kommun.id, year),
  };
}

export async function deleteOutsideSurvey(
  deps: Deps,
  actor: Actor,
  kommunCode: string,
  year: number,
  source: OutsideSource,
): Promise<OutsideDeleteResult> {
  const kommun = await outsideKommun(deps.db, actor, kommunCode, true);
  return deps.db.transaction().execute(async (trx) => {
    const imp = await deleteImport(trx, kommun.id, source, year);
    if (!imp)
      throw new AppError(
        'not_found',
        `Ingen import från ${LAYOUTS[source].label} ${year} finns för ${kommun.name}`,
        `No import from ${LAYOUTS[source].labelEn} ${year} exists for ${kommun.name}`,
      );
    await bumpPublicPagesOfSets(trx, await setsShowingOutside(trx, kommun.id, source), deps.now());
    await writeAudit(trx, actor, {
      action: 'outside_survey.delete',
      entityType: 'outside_survey_import',
      entityId: imp.id,
      organisationId: kommun.id,
      before: { source, year, fileName: imp.file_name, rows: imp.rows },
    });
    return { source, year, removed: imp.rows };
  });
}

export type OutsideSurveyResult = OutsideResultView & { source: OutsideSource; year: number };

/**
 * Every stored result of the kommun (organisation id) for the year, for the
 * lägesbild and outcomes; no access check: the caller has made it.
 */
export async function outsideSurveyResultsFor(
  db: Db,
  municipalityId: string,
  year: number,
): Promise<OutsideSurveyResult[]> {
  const rows = await resultsOfYear(db, municipalityId, year);
  return rows
    .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : byPlace(a, b)))
    .map((r) => ({ ...resultView(r), source: r.source as OutsideSource, year: r.year }));
}
