/**
 * A table exported from BRÅ's statistics database (anmälda brott by
 * region, crime category and year), saved as CSV. What the export gives:
 * a title line or two ("Anmälda brott, antal"), then a header, then one row
 * per region and category, then footnotes ("..  = uppgift saknas"). Two
 * layouts of the header:
 *   long:  Region;Brottskategori;År;Antal[;Per 100 000 inv.]
 *   wide:  Region;Brottskategori;2019;2020;2021;… (years as columns; a
 *          Mått/Enhet column or a title saying "per 100 000" makes them rates)
 * A blank region or category cell repeats the one above (as the export
 * groups rows). Numbers as Swedish statistics write them: "2 537", "..",
 * "-" (zero, flagged), comma decimals. `;`, tab or `,` separated.
 */
import { parseCsv } from '../csv.ts';
import { knownCategory, normaliseCategory } from './categories.ts';
import { regionOf, resolvePlaceName } from './names.ts';
import { parseCount, parseDecimal } from './numbers.ts';
import { fileProblem } from './text.ts';
import { notice, problem, type ParseResult, type RowProblem, type SkipNotice } from './types.ts';

export interface CrimeRow {
  line: number;
  /** "2514" a kommun, "25" a län, "00" the whole country */
  code: string;
  name: string;
  year: number;
  /** The stable key (categories.ts) */
  category: string;
  /** The name as the file wrote it */
  categoryLabel: string;
  /** null: suppressed ("..") */
  count: number | null;
  ratePer100k: number | null;
  /** The count was written "-" (zero) */
  dash: boolean;
}

interface Header {
  /** 0-based index of the header among the file's lines */
  lineIndex: number;
  region: number;
  category: number;
  measure: number;
  /** long layout */
  year: number;
  count: number;
  rate: number;
  /** A "Värde" column whose unit the Mått column or the title gives */
  value: number;
  /** wide layout: column index → year */
  years: Map<number, number>;
}

const fold = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/^"|"$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const REGION = /^(region|område|kommun|län|geografi|regioner)$/;
const CATEGORY = /^(brottskategori|brottstyp|brott|kategori|huvudbrott|brottsrubricering)$/;
const YEAR = /^(år|period|tid|årtal)$/;
const MEASURE = /^(mått|enhet|redovisning|tabellinnehåll|innehåll|variabel)$/;
const YEAR_COLUMN = /^(?:år )?(\d{4})(?: helår)?$/;

function delimiterOf(line: string): string {
  const counts = [';', '\t', ','].map((d) => line.split(d).length);
  return counts[0]! >= counts[1]! && counts[0]! >= counts[2]! ? ';' : counts[1]! >= counts[2]! ? '\t' : ',';
}

function headerOf(cells: string[], lineIndex: number): Header | null {
  const at = (re: RegExp) => cells.findIndex((c) => re.test(c));
  const years = new Map<number, number>();
  cells.forEach((c, i) => {
    const m = YEAR_COLUMN.exec(c);
    if (m) years.set(i, Number(m[1]));
  });
  const region = at(REGION);
  const category = at(CATEGORY);
  const year = at(YEAR);
  if (region < 0 || (category < 0 && year < 0 && !years.size)) return null;
  return {
    lineIndex,
    region,
    category,
    measure: at(MEASURE),
    year,
    count: at(/^antal/),
    rate: at(/100 ?000/),
    value: at(/^(värde|value)$/),
    years,
  };
}

/** The header of a BRÅ table export among the first lines, or null when the file is the yearly per-kommun file. */
export function findTableHeader(text: string): Header | null {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .slice(0, 12);
  for (let i = 0; i < lines.length; i++) {
    const delimiter = delimiterOf(lines[i]!);
    const cells = lines[i]!.split(delimiter).map(fold);
    if (cells.length < 2) continue;
    // The yearly file's own header ("Kommun;Antal;…") has neither category nor years: not a table export.
    const header = headerOf(cells, i);
    if (!header) continue;
    // Only title lines (one cell of text) may stand above the header.
    const titles = lines.slice(0, i).every((l) => l.split(delimiter).filter((c) => fold(c) !== '').length <= 1);
    return titles ? header : null;
  }
  return null;
}

function layoutProblem(h: Header): RowProblem | null {
  if (h.years.size) return null;
  if (h.year >= 0 && (h.count >= 0 || h.rate >= 0 || h.value >= 0)) return null;
  return problem(
    h.lineIndex + 1,
    'Rubrikraden har varken en kolumn "År" med "Antal" eller åren som kolumner',
    'The header row has neither a "År" (year) column with "Antal" (count) nor the years as columns',
  );
}

type Value = { kind: 'count' | 'rate'; year: number; raw: string; column: string };

/** The values one data row holds, by year. */
function valuesOf(cells: string[], h: Header, rateTable: boolean, header: string[]): Value[] | RowProblem[] {
  const measure = h.measure >= 0 ? fold(cells[h.measure] ?? '') : '';
  const kind = /100 ?000/.test(measure) || (rateTable && !/^antal/.test(measure)) ? 'rate' : 'count';
  if (h.years.size) {
    return [...h.years].map(([i, year]) => ({ kind, year, raw: cells[i] ?? '', column: header[i] ?? '' }));
  }
  const yearText = (cells[h.year] ?? '').trim();
  const m = /^(\d{4})(?:\s*helår)?$/i.exec(yearText);
  if (!m) {
    const quarter = /^\d{4}\s*[-_]?\s*(k|q|m)?\d{1,2}$/i.test(yearText);
    return [
      problem(
        0,
        quarter
          ? `perioden "${yearText}" är inte ett helt år; välj år (helår) i statistikdatabasen`
          : `ogiltigt år "${yearText}"`,
        quarter
          ? `the period "${yearText}" is not a whole year; choose years in the database`
          : `invalid year "${yearText}"`,
      ),
    ];
  }
  const year = Number(m[1]);
  const out: Value[] = [];
  if (h.count >= 0) out.push({ kind: 'count', year, raw: cells[h.count] ?? '', column: header[h.count] ?? '' });
  if (h.rate >= 0) out.push({ kind: 'rate', year, raw: cells[h.rate] ?? '', column: header[h.rate] ?? '' });
  if (h.value >= 0 && !out.length) out.push({ kind, year, raw: cells[h.value] ?? '', column: header[h.value] ?? '' });
  return out;
}

interface Context {
  header: Header;
  headerCells: string[];
  rateTable: boolean;
  fallbackCategory: string;
  last: { region: string; category: string };
}

type RowOutcome = { rows: CrimeRow[] } | { skip: SkipNotice } | { problems: RowProblem[] } | { note: true };

function placeOf(line: number, name: string): { code: string; name: string } | { skip: SkipNotice } | RowProblem {
  if (!name) return problem(line, 'Region saknas', 'The region is missing');
  const place = resolvePlaceName(name);
  if (place.kind === 'district') {
    return {
      skip: notice(
        line,
        `"${name}" är en stadsdel, inte en kommun, ett län eller riket; hoppades över`,
        `"${name}" is a city district, not a kommun, a län or the country; skipped`,
      ),
    };
  }
  return regionOf(place) ?? problem(line, `okänd region "${name}"`, `unknown region "${name}"`);
}

function readValue(
  line: number,
  v: Value,
): { count?: number | null; rate?: number | null; dash?: boolean } | RowProblem {
  const raw = v.raw.trim();
  if (v.kind === 'rate') {
    const r = parseDecimal(raw);
    // An empty rate is one the table does not give (as in the yearly file); a count must be there or "..".
    if (!r.ok) {
      return problem(
        line,
        `ogiltigt värde per 100 000 invånare "${raw}" (${v.year})`,
        `invalid rate "${raw}" (${v.year})`,
      );
    }
    return { rate: r.value };
  }
  const n = parseCount(raw);
  if (!n.ok) return problem(line, `ogiltigt antal "${raw}" (${v.year})`, `invalid count "${raw}" (${v.year})`);
  return { count: n.value, dash: n.dash === true };
}

function readRow(line: number, raw: string[], ctx: Context): RowOutcome {
  const cells = raw.map((c) => c.trim());
  const filled = cells.filter((c) => c !== '');
  // A title or a footnote ("Källa: Brå", ".. = uppgift saknas") is one cell of text.
  if (filled.length <= 1) return { note: true };
  const h = ctx.header;
  const values = valuesOf(cells, h, ctx.rateTable, ctx.headerCells);
  const regionName = cells[h.region] || ctx.last.region;
  const categoryName = h.category >= 0 ? cells[h.category] || ctx.last.category : ctx.fallbackCategory;
  ctx.last = { region: regionName, category: categoryName };
  const place = placeOf(line, regionName);
  if ('skip' in place) return { skip: place.skip };
  if (values.every((v) => 'raw' in v && v.raw.trim() === '')) {
    // A footnote with a delimiter in it, or a row the export left without figures.
    if ('message' in place) return { note: true };
    return {
      skip: notice(
        line,
        `${place.name}: raden har inga värden; hoppades över`,
        `${place.name}: the row has no values; skipped`,
      ),
    };
  }
  const problems: RowProblem[] = [];
  if ('message' in place) problems.push(place);
  if (!categoryName) problems.push(problem(line, 'Brottskategori saknas', 'The crime category is missing'));
  const byYear = new Map<number, CrimeRow>();
  for (const v of values) {
    if ('message' in v) {
      problems.push({ ...v, line });
      continue;
    }
    const r = readValue(line, v);
    if ('message' in r) {
      problems.push(r);
      continue;
    }
    if (problems.length) continue;
    const row = byYear.get(v.year) ?? {
      line,
      ...(place as { code: string; name: string }),
      year: v.year,
      category: normaliseCategory(categoryName),
      categoryLabel: knownCategory(categoryName)?.label ?? categoryName.replace(/\s+/g, ' '),
      count: null,
      ratePer100k: null,
      dash: false,
    };
    if (r.rate !== undefined) row.ratePer100k = r.rate;
    if (r.count !== undefined) Object.assign(row, { count: r.count, dash: r.dash === true });
    byYear.set(v.year, row);
  }
  return problems.length ? { problems } : { rows: [...byYear.values()] };
}

/** Adds a row's figures to what the file has said for the same region, category and year (count and rate may come on two rows). */
function merge(into: Map<string, CrimeRow>, row: CrimeRow, measured: boolean): RowProblem | null {
  const key = `${row.code}/${row.category}/${row.year}`;
  const seen = into.get(key);
  if (!seen) {
    into.set(key, row);
    return null;
  }
  const countTwice = row.count !== null && seen.count !== null;
  const rateTwice = row.ratePer100k !== null && seen.ratePer100k !== null;
  if (!measured || countTwice || rateTwice) {
    return problem(
      row.line,
      `${row.name}, ${row.categoryLabel}, ${row.year} finns redan på rad ${seen.line}`,
      `${row.name}, ${row.categoryLabel}, ${row.year} is already on line ${seen.line}`,
    );
  }
  into.set(key, {
    ...seen,
    count: seen.count ?? row.count,
    ratePer100k: seen.ratePer100k ?? row.ratePer100k,
    dash: seen.dash || row.dash,
  });
  return null;
}

/** Reads a BRÅ table export; `fallbackCategory` names the category when the table has no category column. */
export function parseBraTable(text: string, fallbackCategory: string): ParseResult<CrimeRow> {
  const early = fileProblem(text);
  if (early) return { rows: [], skipped: [], problems: [early] };
  const header = findTableHeader(text);
  if (!header)
    return { rows: [], skipped: [], problems: [problem(1, 'Ingen rubrikrad hittades', 'No header row found')] };
  const bad = layoutProblem(header);
  if (bad) return { rows: [], skipped: [], problems: [bad] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const title = lines.slice(0, header.lineIndex).join(' ');
  const table = parseCsv(lines.slice(header.lineIndex).join('\n'));
  const ctx: Context = {
    header,
    headerCells: table.header,
    rateTable: /100\s*000/.test(title),
    fallbackCategory,
    last: { region: '', category: '' },
  };
  const out: ParseResult<CrimeRow> = { rows: [], skipped: [], problems: [] };
  const found = new Map<string, CrimeRow>();
  for (const { line, cells } of table.rows) {
    const at = line + header.lineIndex;
    const r = readRow(at, cells, ctx);
    if ('skip' in r) out.skipped.push(r.skip);
    else if ('problems' in r) out.problems.push(...r.problems);
    else if ('rows' in r) {
      for (const row of r.rows) {
        const dup = merge(found, row, header.measure >= 0);
        if (dup) out.problems.push(dup);
      }
    }
  }
  out.rows = [...found.values()];
  if (!out.rows.length && !out.problems.length) {
    out.problems.push(problem(1, 'Tabellen innehåller inga värden', 'The table holds no values'));
  }
  return out;
}
