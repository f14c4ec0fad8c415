/**
 * SCB's PxWeb API v2 answer in JSON-stat 2.0: `version: "2.0"`,
 * `class: "dataset"`, `id` (the dimensions in order, e.g. ["Region",
 * "ContentsCode", "Tid"]), `size` (categories per dimension), `dimension.<id>
 * .category.index` (code → position, or a list of codes) and `.label`, and
 * `value`: one number per cell in row-major order (the last dimension
 * changes fastest), null where SCB has no figure (`status` then says "..").
 * Dimensions other than region and year must hold one category each
 * (ContentsCode may hold several if BE0101N1, folkmängd, is one of them).
 */
import { collectPopulation, noPopulation, regionCode, type PopulationRow } from './scb-common.ts';
import { notice, problem, type ParseResult, type RowProblem, type SkipNotice } from './types.ts';

interface Dimension {
  id: string;
  /** The variable's name as SCB shows it ("tabellinnehåll", "kön") */
  label: string;
  codes: string[];
}

interface Dataset {
  id: unknown;
  size: unknown;
  dimension: Record<string, { label?: string; category?: { index?: unknown; label?: unknown } }>;
  value: unknown;
  status?: unknown;
  role?: { time?: unknown; geo?: unknown; metric?: unknown };
}

const POPULATION = 'BE0101N1';
/** Every region and year of Sweden for a century is about 31 000 cells; this leaves room and keeps a hostile size from looping for ever. */
const MAX_CELLS = 1_000_000;

export function isJsonStat(value: unknown): value is Dataset {
  const v = value as { class?: unknown; dimension?: unknown; id?: unknown } | null;
  return !!v && typeof v === 'object' && (v.class === 'dataset' || (Array.isArray(v.id) && !!v.dimension));
}

function shape(message: string, messageEn: string): ParseResult<PopulationRow> {
  return { rows: [], skipped: [], problems: [problem(1, message, messageEn)] };
}

/** A dimension's codes in their positions: `index` is either { code: position } or [code, …]. */
function dimensionOf(ds: Dataset, id: string, size: number): Dimension | null {
  const category = ds.dimension[id]?.category;
  const index = category?.index;
  let codes: string[];
  if (Array.isArray(index)) codes = index.map(String);
  else if (index && typeof index === 'object') {
    codes = [];
    for (const [code, pos] of Object.entries(index as Record<string, unknown>)) codes[Number(pos)] = code;
  } else if (size === 1 && category?.label && typeof category.label === 'object') {
    codes = Object.keys(category.label);
  } else return null;
  if (codes.length !== size || codes.some((c) => c === undefined)) return null;
  return { id, label: ds.dimension[id]?.label ?? id, codes };
}

/** The value of cell `flat`: a number, null (no figure) or undefined (not a number at all). */
function cell(ds: Dataset, flat: number): number | null | undefined {
  const v = Array.isArray(ds.value) ? ds.value[flat] : (ds.value as Record<string, unknown>)[String(flat)];
  if (v === null || v === undefined) return null;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}

function statusOf(ds: Dataset, flat: number): string {
  const s = ds.status;
  if (typeof s === 'string') return s;
  if (Array.isArray(s)) return String(s[flat] ?? '');
  if (s && typeof s === 'object') return String((s as Record<string, unknown>)[String(flat)] ?? '');
  return '';
}

interface Plan {
  dims: Dimension[];
  region: number;
  time: number;
  /** The position to read in every other dimension */
  fixed: Map<number, number>;
}

function planOf(ds: Dataset): Plan | RowProblem {
  const ids = (ds.id as unknown[]).map(String);
  const sizes = ds.size as number[];
  const dims: Dimension[] = [];
  for (const [i, id] of ids.entries()) {
    const d = dimensionOf(ds, id, sizes[i]!);
    if (!d) return problem(1, `dimensionen "${id}" saknar kategorier`, `the dimension "${id}" lacks categories`);
    dims.push(d);
  }
  const find = (re: RegExp, role: unknown) =>
    ids.findIndex((id) => re.test(id) || (Array.isArray(role) && role.includes(id)));
  const role = ds.role && typeof ds.role === 'object' ? ds.role : {};
  const region = find(/^region$/i, role.geo);
  const time = find(/^tid$/i, role.time);
  if (region < 0 || time < 0) {
    return problem(1, 'Tabellen saknar variablerna Region och Tid', 'The table lacks the variables Region and Tid');
  }
  const fixed = new Map<number, number>();
  for (const [i, d] of dims.entries()) {
    if (i === region || i === time) continue;
    const at = d.codes.length === 1 ? 0 : d.codes.indexOf(POPULATION);
    if (at < 0) {
      return problem(
        1,
        `Tabellen har flera värden för ${d.label} (${d.codes.slice(0, 4).join(', ')}); välj ett enda, t.ex. totalt, i PxWeb`,
        `The table has several values for ${d.label} (${d.codes.slice(0, 4).join(', ')}); choose one, e.g. the total, in PxWeb`,
      );
    }
    fixed.set(i, at);
  }
  return { dims, region, time, fixed };
}

function flatIndex(plan: Plan, positions: number[]): number {
  return positions.reduce((flat, pos, i) => flat * plan.dims[i]!.codes.length + pos, 0);
}

/** One region and year: its population, a notice for a missing figure, or what is wrong. */
function readCell(
  ds: Dataset,
  flat: number,
  regionRaw: string,
  yearRaw: string,
): PopulationRow | { skip: SkipNotice } | RowProblem {
  const line = flat + 1;
  const place = regionCode(line, regionRaw);
  if ('message' in place) return place;
  if (!/^\d{4}$/.test(yearRaw)) return problem(line, `ogiltigt år "${yearRaw}"`, `invalid year "${yearRaw}"`);
  const v = cell(ds, flat);
  const where = `${place.name} ${yearRaw}`;
  if (v === undefined) return problem(line, `ogiltig folkmängd för ${where}`, `invalid population for ${where}`);
  if (v === null) {
    const status = statusOf(ds, flat) || '..';
    return {
      skip: notice(
        line,
        `folkmängd saknas för ${where} ("${status}")`,
        `population not available for ${where} ("${status}")`,
      ),
    };
  }
  return { line, code: place.code, year: Number(yearRaw), population: v };
}

export function parseJsonStat(ds: Dataset): ParseResult<PopulationRow> {
  const sizes = ds.size;
  if (
    !Array.isArray(ds.id) ||
    !Array.isArray(sizes) ||
    ds.id.length !== sizes.length ||
    !sizes.every((n) => Number.isInteger(n) && n >= 0) ||
    !ds.dimension ||
    typeof ds.dimension !== 'object' ||
    !ds.value ||
    typeof ds.value !== 'object'
  ) {
    return shape(
      'Fel JSON-stat-format: väntade "id", "size", "dimension" och "value"',
      'Wrong JSON-stat shape: expected "id", "size", "dimension" and "value"',
    );
  }
  const cells = (sizes as number[]).reduce((n, x) => n * x, 1);
  if (cells > MAX_CELLS) {
    return shape(
      `Tabellen har ${cells} celler; som mest ${MAX_CELLS} kan läsas in åt gången`,
      `The table has ${cells} cells; at most ${MAX_CELLS} can be imported at a time`,
    );
  }
  if (Array.isArray(ds.value) && ds.value.length !== cells) {
    return shape(
      `"value" har ${ds.value.length} värden men tabellen har ${cells} celler`,
      `"value" has ${ds.value.length} values but the table has ${cells} cells`,
    );
  }
  const plan = planOf(ds);
  if ('message' in plan) return { rows: [], skipped: [], problems: [plan] };
  const out: ParseResult<PopulationRow> = { rows: [], skipped: [], problems: [] };
  const seen = new Map<string, number>();
  const regions = plan.dims[plan.region]!;
  const years = plan.dims[plan.time]!;
  for (const [r, regionRaw] of regions.codes.entries()) {
    for (const [t, yearRaw] of years.codes.entries()) {
      const positions = plan.dims.map((_, i) => (i === plan.region ? r : i === plan.time ? t : plan.fixed.get(i)!));
      const flat = flatIndex(plan, positions);
      const got = readCell(ds, flat, regionRaw, yearRaw);
      if ('message' in got) out.problems.push(got);
      else if ('skip' in got) out.skipped.push(got.skip);
      else collectPopulation(out, seen, got, { sv: 'värde', en: 'value' });
    }
  }
  if (!out.rows.length && !out.problems.length) out.problems.push(noPopulation());
  return out;
}
