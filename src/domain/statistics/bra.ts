/**
 * BRÅ's yearly file of reported crimes per kommun. Two layouts:
 * since 2023 a header `Kommun;Antal;Per 100 000 inv.`; in 2021 no header,
 * "Ale kommun"/genitive names and Stockholm's city districts as extra rows.
 * UTF-8 with BOM, `;`, CRLF. Rows are joined to the kommun list by name;
 * the national total is kept as region "00" and a län as its two-digit code.
 */
import { parseCsv } from '../csv.ts';
import { parseCount, parseDecimal } from './numbers.ts';
import { regionOf, resolvePlaceName } from './names.ts';
import { fileProblem } from './text.ts';
import { notice, problem, type ParseResult, type RowProblem, type SkipNotice } from './types.ts';

export interface BraRow {
  line: number;
  code: string;
  name: string;
  /** null: suppressed ("..") */
  count: number | null;
  /** BRÅ's own rate; null when the file has none for the row */
  ratePer100k: number | null;
  /** The count was written "-" (zero) */
  dash: boolean;
}

interface Columns {
  count: number;
  rate: number;
}

const NO_HEADER: Columns = { count: 1, rate: 2 };

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The header's columns, null when the first row is data (the 2021 layout), or a problem. */
function readHeader(cells: string[]): Columns | null | RowProblem {
  if (fold(cells[0] ?? '') !== 'kommun') return null;
  const count = cells.findIndex((c) => /^antal/.test(fold(c)));
  const rate = cells.findIndex((c) => /100\s*000/.test(fold(c)));
  if (count < 0) {
    return problem(1, 'Rubrikraden saknar kolumnen "Antal"', 'The header row has no "Antal" (count) column');
  }
  return { count, rate };
}

/** Line number of the first non-blank line: parseCsv calls it the header, but without a header it is data. */
function firstLineNumber(text: string): number {
  const lines = text.split(/\r\n|\n|\r/);
  const i = lines.findIndex((l) => l.replace(/[;\s\uFEFF]/g, '') !== '');
  return i < 0 ? 1 : i + 1;
}

function delimiterProblem(text: string): RowProblem | null {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) {
    return problem(1, 'Filen ser ut att vara JSON, inte BRÅ:s CSV-fil', "The file looks like JSON, not BRÅ's CSV file");
  }
  const first = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  if (first.includes(';')) return null;
  return problem(
    1,
    'Fel avgränsare: kolumnerna i BRÅ:s fil ska skiljas med semikolon (;)',
    "Wrong delimiter: the columns of BRÅ's file must be separated by semicolons (;)",
  );
}

type RowOutcome = { row: BraRow } | { skip: SkipNotice } | { problems: RowProblem[] };

function readRow(line: number, cells: string[], cols: Columns): RowOutcome {
  const name = (cells[0] ?? '').trim();
  if (cells.length < 2) {
    return {
      problems: [
        problem(
          line,
          'Raden har för få kolumner (väntade Kommun;Antal)',
          'The row has too few columns (expected Kommun;Antal)',
        ),
      ],
    };
  }
  if (!name) return { problems: [problem(line, 'Kommunnamn saknas', 'The kommun name is missing')] };
  const place = resolvePlaceName(name);
  if (place.kind === 'district') {
    return {
      skip: notice(
        line,
        `"${name}" är en stadsdel i Stockholm, inte en kommun; hoppades över`,
        `"${name}" is a Stockholm city district, not a kommun; skipped`,
      ),
    };
  }
  const problems: RowProblem[] = [];
  if (place.kind === 'unknown') problems.push(problem(line, `okänd kommun "${name}"`, `unknown kommun "${name}"`));
  const countCell = cells[cols.count] ?? '';
  const count = countCell.trim() === '' ? { ok: false as const } : parseCount(countCell);
  if (!count.ok)
    problems.push(problem(line, `ogiltigt antal "${countCell.trim()}"`, `invalid count "${countCell.trim()}"`));
  const rateCell = cols.rate >= 0 ? (cells[cols.rate] ?? '') : '';
  const rate = parseDecimal(rateCell);
  if (!rate.ok)
    problems.push(
      problem(
        line,
        `ogiltigt värde per 100 000 invånare "${rateCell.trim()}"`,
        `invalid rate per 100 000 "${rateCell.trim()}"`,
      ),
    );
  const region = regionOf(place);
  if (problems.length || !region || !count.ok || !rate.ok) return { problems };
  return { row: { line, ...region, count: count.value, ratePer100k: rate.value, dash: count.dash === true } };
}

export function parseBraCsv(text: string): ParseResult<BraRow> {
  const early = fileProblem(text) ?? delimiterProblem(text);
  if (early) return { rows: [], skipped: [], problems: [early] };
  const table = parseCsv(text);
  const header = readHeader(table.header);
  if (header && 'line' in header) return { rows: [], skipped: [], problems: [header] };
  const cols = header ?? NO_HEADER;
  const records = header ? table.rows : [{ line: firstLineNumber(text), cells: table.header }, ...table.rows];
  const out: ParseResult<BraRow> = { rows: [], skipped: [], problems: [] };
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    const r = readRow(line, cells, cols);
    if ('skip' in r) out.skipped.push(r.skip);
    else if ('problems' in r) out.problems.push(...r.problems);
    else if (seen.has(r.row.code)) {
      out.problems.push(
        problem(
          line,
          `${r.row.name} finns redan på rad ${seen.get(r.row.code)}`,
          `${r.row.name} is already on line ${seen.get(r.row.code)}`,
        ),
      );
    } else {
      seen.set(r.row.code, line);
      out.rows.push(r.row);
    }
  }
  if (!out.rows.some((r) => r.code.length === 4) && !out.problems.length) {
    out.rows = [];
    out.problems.push(problem(1, 'Filen innehåller inga kommuner', 'The file holds no kommuner'));
  }
  return out;
}
