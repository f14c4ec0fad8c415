import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { writeAudit } from '../audit.ts';
import { AppError, forbidden } from '../../domain/errors.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import { parseBraCsv } from '../../domain/statistics/bra.ts';
import { parsePolisenEvents, type PoliceEvent } from '../../domain/statistics/polisen.ts';
import { parseScbPopulation } from '../../domain/statistics/scb.ts';
import { normaliseCategory, type RowProblem, type SkipNotice, type StatSource } from '../../domain/statistics/types.ts';
import type { ImportInput, ImportResult } from '../../contracts/statistics.ts';
import { upsertCrimeCounts, upsertPoliceEvents, upsertPopulation } from './store.ts';

export type { ImportInput, ImportResult } from '../../contracts/statistics.ts';

const MAX_REPORTED = 500;
const SOURCE_LABEL: Record<StatSource, string> = { bra: 'BRÅ', polisen: 'Polisen', scb: 'SCB' };

/** Statistics are shared reference data; anyone who may import statistics for some kommun may import them. */
export function mayImportStatistics(actor: Actor): boolean {
  const reach = reachFor(actor, 'statistics.write');
  return reach === 'all' || reach.size > 0;
}

/** Every bad row, in line order: the error the API answers 400 with and the CLI prints as one line. */
export function rowsError(source: StatSource, problems: RowProblem[]): AppError {
  const rows = [...problems].sort((a, b) => a.line - b.line);
  const lines = new Set(rows.map((r) => r.line)).size;
  const unit = source === 'bra' ? ['rad', 'rader', 'row', 'rows'] : ['post', 'poster', 'entry', 'entries'];
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
    'Ange vilket år BRÅ-filen gäller (year, t.ex. 2023)',
    'Give the year the BRÅ file covers (year, e.g. 2023)',
  );
}

type Writer = (trx: Db, now: Date) => Promise<{ imported: number; updated: number }>;

async function save(
  deps: Deps,
  actor: Actor,
  result: Omit<ImportResult, 'imported' | 'updated'>,
  write: Writer,
): Promise<ImportResult> {
  return deps.db.transaction().execute(async (trx) => {
    const counts = await write(trx, deps.now());
    const out = { ...result, ...counts };
    await writeAudit(trx, actor, {
      action: 'statistics.import',
      entityType: 'statistics',
      entityId: null,
      organisationId: null,
      after: {
        source: out.source,
        year: out.year,
        category: out.category,
        imported: out.imported,
        updated: out.updated,
        skipped: out.skipped.length,
      },
    });
    return out;
  });
}

/** Stores parsed Polisen events with an audit entry; the scheduled fetch calls this with its system actor. */
export async function savePoliceEvents(
  deps: Deps,
  actor: Actor,
  events: PoliceEvent[],
  skipped: SkipNotice[],
): Promise<ImportResult> {
  return save(deps, actor, { source: 'polisen', year: null, category: null, skipped }, async (trx, now) => {
    const r = await upsertPoliceEvents(trx, events, now);
    return { imported: r.inserted, updated: r.updated };
  });
}

/** Reads a file from BRÅ, Polisen or SCB. Any bad row: a row-by-row report (validation_failed) and nothing stored. */
export async function importStatistics(deps: Deps, actor: Actor, input: ImportInput): Promise<ImportResult> {
  if (!mayImportStatistics(actor)) throw forbidden();
  if (input.source === 'bra') {
    const year = requireYear(input.year);
    const category = normaliseCategory(input.category);
    const parsed = parseBraCsv(input.content);
    if (parsed.problems.length) throw rowsError('bra', parsed.problems);
    return save(deps, actor, { source: 'bra', year, category, skipped: parsed.skipped }, async (trx, now) => ({
      imported: await upsertCrimeCounts(trx, parsed.rows, year, category, now),
      updated: 0,
    }));
  }
  if (input.source === 'polisen') {
    const parsed = parsePolisenEvents(input.content);
    if (parsed.problems.length) throw rowsError('polisen', parsed.problems);
    return savePoliceEvents(deps, actor, parsed.rows, parsed.skipped);
  }
  const parsed = parseScbPopulation(input.content);
  if (parsed.problems.length) throw rowsError('scb', parsed.problems);
  return save(
    deps,
    actor,
    { source: 'scb', year: null, category: null, skipped: parsed.skipped },
    async (trx, now) => ({ imported: await upsertPopulation(trx, parsed.rows, now), updated: 0 }),
  );
}
