import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import { parseBraCsv } from '../../domain/statistics/bra.ts';
import { findTableHeader, parseBraTable, type CrimeRow } from '../../domain/statistics/bra-table.ts';
import { categoryLabel } from '../../domain/statistics/categories.ts';
import { parsePolisenEvents, type PoliceEvent } from '../../domain/statistics/polisen.ts';
import { parseScbPopulation } from '../../domain/statistics/scb.ts';
import { normaliseCategory, type RowProblem, type SkipNotice, type StatSource } from '../../domain/statistics/types.ts';
import type { ImportInput, ImportLayout, ImportResult } from '../../contracts/statistics.ts';
import { upsertCrimeCounts, upsertPoliceEvents, upsertPopulation, type StoreCounts } from './queries/store.ts';
import { pagesOfSets, setsShowingStatistics } from './queries/public-pages.ts';
import { forgetCachedPages } from '../public/cache.ts';
import { bumpPublicPagesOfSets } from '../public/queries/versions.ts';

export type { ImportInput, ImportResult } from '../../contracts/statistics.ts';

const MAX_REPORTED = 500;
const SOURCE_LABEL: Record<StatSource, string> = { bra: 'BRÅ', polisen: 'Polisen', scb: 'SCB' };

/** Statistics are shared reference data; anyone who may import statistics for some kommun may import them. */
export function mayImportStatistics(actor: Actor): boolean {
  const reach = reachFor(actor, 'statistics.write');
  return reach === 'all' || reach.size > 0;
}

/** Every bad row, in line order: the error the API answers 400 with and the CLI prints as one line. */
export function rowsError(source: StatSource, problems: RowProblem[], byLine = source === 'bra'): AppError {
  const rows = [...problems].sort((a, b) => a.line - b.line);
  const lines = new Set(rows.map((r) => r.line)).size;
  const unit = byLine ? ['rad', 'rader', 'row', 'rows'] : ['post', 'poster', 'entry', 'entries'];
  return new AppError(
    'validation_failed',
    `${lines} ${lines === 1 ? unit[0] : unit[1]} i filen från ${SOURCE_LABEL[source]} har fel; inget sparades`,
    `${lines} ${lines === 1 ? unit[2] : unit[3]} of the ${SOURCE_LABEL[source]} file have errors; nothing was saved`,
    { source, total: rows.length, rows: rows.slice(0, MAX_REPORTED) },
  );
}

function requireYear(year: number | null | undefined): number {
  if (typeof year === 'number' && Number.isInteger(year) && year >= 1950 && year <= 2100) return year;
  throw new AppError(
    'validation_failed',
    'Ange vilket år BRÅ:s årsfil per kommun gäller (year, t.ex. 2023); en tabell ur statistikdatabasen har åren i sig',
    "Give the year BRÅ's yearly file per kommun covers (year, e.g. 2023); a table from the statistics database holds its years",
  );
}

type Writer = (trx: Db, now: Date) => Promise<StoreCounts>;
type Described = Omit<ImportResult, 'imported' | 'updated' | 'unchanged'>;

/**
 * Stores the rows with an audit entry. The public kommun pages show the
 * numbers of crime outcome indicators: the public page version of the
 * kommuner of the sets whose numbers changed is raised with the rows (their
 * pages' ETag changes; the sets are not touched), and once committed the
 * stored copies of those pages go.
 */
async function save(deps: Deps, actor: Actor, result: Described, write: Writer): Promise<ImportResult> {
  const { out, touched } = await deps.db.transaction().execute(async (trx) => {
    const counts = await write(trx, deps.now());
    const touched = await setsShowingStatistics(trx, counts.codes);
    await bumpPublicPagesOfSets(trx, touched, deps.now());
    const out = { ...result, imported: counts.inserted, updated: counts.updated, unchanged: counts.unchanged };
    await writeAudit(trx, actor, {
      action: 'statistics.import',
      entityType: 'statistics',
      entityId: null,
      organisationId: null,
      after: {
        source: out.source,
        year: out.year,
        category: out.category,
        layout: out.layout,
        years: out.years,
        categories: out.categories,
        imported: out.imported,
        updated: out.updated,
        unchanged: out.unchanged,
        dashes: out.dashes,
        skipped: out.skipped.length,
      },
    });
    return { out, touched };
  });
  if (touched.length) {
    const pages = await pagesOfSets(deps.db, touched);
    await forgetCachedPages(deps, pages.kommuner, pages.lpoSlugs);
  }
  return out;
}

/** Stores parsed Polisen events with an audit entry; the scheduled fetch calls this with its system actor. */
export async function savePoliceEvents(
  deps: Deps,
  actor: Actor,
  events: PoliceEvent[],
  skipped: SkipNotice[],
): Promise<ImportResult> {
  const described: Described = {
    source: 'polisen',
    layout: 'polisen-events',
    year: null,
    category: null,
    years: [],
    categories: [],
    dashes: 0,
    skipped,
  };
  return save(deps, actor, described, (trx, now) => upsertPoliceEvents(trx, events, now));
}

/** BRÅ's file as rows: a table from the statistics database, or the yearly file per kommun (which needs the year). */
function readBra(input: ImportInput): { layout: ImportLayout; rows: CrimeRow[]; skipped: SkipNotice[] } {
  const category = normaliseCategory(input.category);
  const label = categoryLabel(category, input.category?.trim() || null);
  if (findTableHeader(input.content)) {
    const parsed = parseBraTable(input.content, input.category?.trim() || label);
    if (parsed.problems.length) throw rowsError('bra', parsed.problems);
    return { layout: 'bra-table', rows: parsed.rows, skipped: parsed.skipped };
  }
  const parsed = parseBraCsv(input.content);
  if (parsed.problems.length) throw rowsError('bra', parsed.problems);
  const year = requireYear(input.year);
  const rows = parsed.rows.map((r) => ({ ...r, year, category, categoryLabel: label }));
  return { layout: 'bra-kommun-year', rows, skipped: parsed.skipped };
}

const distinct = <T>(values: T[]) => [...new Set(values)].sort() as T[];

function covering(rows: { year: number; category?: string }[]) {
  const years = distinct(rows.map((r) => r.year));
  const categories = distinct(rows.flatMap((r) => (r.category ? [r.category] : [])));
  return { years, categories, year: years.length === 1 ? years[0]! : null };
}

/** Reads a file from BRÅ, Polisen or SCB. Any bad row: a row-by-row report (validation_failed) and nothing stored. */
export async function importStatistics(deps: Deps, actor: Actor, input: ImportInput): Promise<ImportResult> {
  if (!mayImportStatistics(actor)) throw forbidden();
  if (input.source === 'bra') {
    const { layout, rows, skipped } = readBra(input);
    const cover = covering(rows);
    const described: Described = {
      source: 'bra',
      layout,
      ...cover,
      category: cover.categories.length === 1 ? cover.categories[0]! : null,
      dashes: rows.filter((r) => r.dash).length,
      skipped,
    };
    return save(deps, actor, described, (trx, now) => upsertCrimeCounts(trx, rows, now));
  }
  if (input.source === 'polisen') {
    const parsed = parsePolisenEvents(input.content);
    if (parsed.problems.length) throw rowsError('polisen', parsed.problems);
    return savePoliceEvents(deps, actor, parsed.rows, parsed.skipped);
  }
  const parsed = parseScbPopulation(input.content);
  if (parsed.problems.length) throw rowsError('scb', parsed.problems, parsed.layout === 'scb-csv');
  const described: Described = {
    source: 'scb',
    layout: parsed.layout,
    ...covering(parsed.rows),
    category: null,
    dashes: 0,
    skipped: parsed.skipped,
  };
  return save(deps, actor, described, (trx, now) => upsertPopulation(trx, parsed.rows, now));
}
