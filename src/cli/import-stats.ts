/**
 * `lofte import stats --source bra|polisen|scb [--year ÅR] [--category K] FIL`:
 * reads one statistics file through the same use case as the API. Prints one
 * summary line saying how many rows were new, changed and unchanged; a bad
 * file prints one line on stderr naming the first bad rows, stores nothing
 * and exits 1. BRÅ's yearly file per kommun needs --year; a table from BRÅ's
 * statistics database and SCB's files hold their years.
 */
import { readFile } from 'node:fs/promises';
import type { Config } from '../config.ts';
import { CLI_ACTOR } from '../app/audit.ts';
import { importStatistics, type ImportResult } from '../app/statistics/import.ts';
import { AppError } from '../domain/errors.ts';
import { STAT_SOURCES, type RowProblem, type StatSource } from '../domain/statistics/types.ts';
import { CliError, parseOptions, type Io } from './io.ts';
import { withDeps } from './context.ts';

export const USAGE = 'import stats --source bra|polisen|scb [--year ÅR] [--category KATEGORI] FIL';
const NAMED = 3;

/** UTF-8 (with or without BOM); a CSV saved by older Excel on Windows is often Windows-1252. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readInput(path: string): Promise<string> {
  try {
    return decode(await readFile(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `filen ${path} finns inte (file not found)`
        : `filen ${path} kunde inte läsas (${code ?? 'unreadable'})`,
    );
  }
}

/** "2 rader har fel (rad 5: okänd kommun "Atlantis"; rad 9: ogiltigt antal "x"); inget sparades" */
export function problemsLine(source: StatSource, rows: RowProblem[]): string {
  const unit = source === 'bra' ? 'rad' : 'post';
  const lines = [...new Set(rows.map((r) => r.line))];
  const named = lines.slice(0, NAMED).map(
    (line) =>
      `${unit} ${line}: ${rows
        .filter((r) => r.line === line)
        .map((r) => r.message)
        .join(', ')}`,
  );
  const more = lines.length > NAMED ? `; … och ${lines.length - NAMED} till` : '';
  const count = `${lines.length} ${unit === 'rad' ? (lines.length === 1 ? 'rad' : 'rader') : lines.length === 1 ? 'post' : 'poster'}`;
  return `${count} har fel (${named.join('; ')}${more}); inget sparades`;
}

const span = (years: number[]) =>
  years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0] ?? '');

function heading(r: ImportResult): string {
  if (r.source === 'polisen') return 'Polisens händelser';
  if (r.source === 'scb') return `SCB folkmängd ${span(r.years)}`;
  const what = r.category ?? `${r.categories.length} brottskategorier`;
  return `BRÅ ${r.layout === 'bra-table' ? 'tabell ' : ''}${span(r.years)}, ${what}`;
}

/** "BRÅ 2023, samtliga brott: 6 nya, 0 ändrade, 0 oförändrade från fil.csv; 1 värde "-" (noll) flaggas; …" */
export function summaryLine(file: string, r: ImportResult): string {
  const reasons =
    r.skipped
      .slice(0, NAMED)
      .map((s) => s.reason)
      .join('; ') + (r.skipped.length > NAMED ? '; …' : '');
  const skipped = r.skipped.length ? `; ${r.skipped.length} hoppades över (${reasons})` : '';
  const dashes = r.dashes
    ? `; ${r.dashes} ${r.dashes === 1 ? 'värde skrivet' : 'värden skrivna'} "-" (noll) flaggas i serierna`
    : '';
  return `${heading(r)}: ${r.imported} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade från ${file}${dashes}${skipped}.`;
}

function readArgs(args: string[]): { source: StatSource; year: number | null; category: string | null; file: string } {
  const { values, positionals } = parseOptions(args, {
    source: { type: 'string' },
    year: { type: 'string' },
    category: { type: 'string' },
  });
  const source = values.source as StatSource | undefined;
  if (!source || !STAT_SOURCES.includes(source))
    throw new CliError(`ange --source bra, polisen eller scb. ${USAGE}`, 2);
  if (positionals.length !== 1) throw new CliError(`ange exakt en fil. ${USAGE}`, 2);
  const year = values.year === undefined ? null : Number(values.year);
  if (year !== null && !Number.isInteger(year))
    throw new CliError(`--year ska vara ett årtal, inte "${values.year}"`, 2);
  return { source, year, category: values.category ?? null, file: positionals[0]! };
}

export async function runImportStats(args: string[], io: Io, config: Config): Promise<number> {
  const { source, year, category, file } = readArgs(args);
  const content = await readInput(file);
  return withDeps(config, async (deps) => {
    try {
      const result = await importStatistics(deps, CLI_ACTOR, { source, year, category, content });
      io.stdout(summaryLine(file, result));
      return 0;
    } catch (err) {
      const rows =
        err instanceof AppError && err.code === 'validation_failed'
          ? (err.details as { rows?: RowProblem[] } | undefined)?.rows
          : undefined;
      if (!rows?.length) throw err;
      io.stderr(`Fel: ${problemsLine(source, rows)}`);
      return 1;
    }
  });
}
