/**
 * SCB's population per region and year (PxWeb table BE0101A/BefolkningNy,
 * folkmängd 31 December), in the three forms SCB hands it out:
 *  - PxWeb API v1 JSON: `data: [{ key: [region, year], values: ["<number>"] }]`;
 *    when `columns` is present it says which key is Region and which is Tid;
 *  - PxWeb API v2 JSON-stat 2.0 (scb-jsonstat.ts);
 *  - a CSV download, long or with the years as columns (scb-csv.ts).
 * A kommun is stored under its code ("2514"), a län under its own ("25"),
 * the whole country as "00". ".." (not available) is skipped with a notice.
 */
import { parseCount } from './numbers.ts';
import { collectPopulation, noPopulation, regionCode, type PopulationRow } from './scb-common.ts';
import { parseScbCsv } from './scb-csv.ts';
import { isJsonStat, parseJsonStat } from './scb-jsonstat.ts';
import { looksBinary, readJson } from './text.ts';
import { notice, problem, type ParseResult, type RowProblem } from './types.ts';

export type { PopulationRow } from './scb-common.ts';

interface KeyOrder {
  region: number;
  year: number;
}

function shapeProblem(): RowProblem {
  return problem(
    1,
    'Fel JSON-format: väntade SCB:s PxWeb-svar, JSON-stat 2 ("class": "dataset") eller "data": [{ "key": [kommun, år], "values": [antal] }]',
    'Wrong JSON shape: expected SCB\'s PxWeb answer, JSON-stat 2 ("class": "dataset") or "data": [{ "key": [kommun, year], "values": [count] }]',
  );
}

/** Positions of Region and Tid in each key; a table with more dimensions would need summing and is refused. */
function keyOrder(columns: unknown): KeyOrder | RowProblem {
  if (!Array.isArray(columns)) return { region: 0, year: 1 };
  const keys = columns
    .filter((c) => c && typeof c === 'object' && (c as { type?: unknown }).type !== 'c')
    .map((c) => String((c as { code?: unknown }).code ?? '').toLowerCase());
  const region = keys.indexOf('region');
  const year = keys.indexOf('tid');
  if (region < 0 || year < 0 || keys.length !== 2) {
    return problem(
      1,
      'Tabellen ska ha exakt variablerna Region och Tid',
      'The table must have exactly the variables Region and Tid',
    );
  }
  return { region, year };
}

function readEntry(
  value: unknown,
  line: number,
  order: KeyOrder,
): PopulationRow | { skip: string; skipEn: string } | RowProblem {
  const e = value as { key?: unknown; values?: unknown } | null;
  const key = Array.isArray(e?.key) ? e.key : null;
  const values = Array.isArray(e?.values) ? e.values : null;
  if (!key || !values || key.length < 2 || values.length < 1) {
    return problem(line, `post ${line} saknar "key" eller "values"`, `entry ${line} lacks "key" or "values"`);
  }
  const region = String(key[order.region] ?? '').trim();
  const yearText = String(key[order.year] ?? '').trim();
  if (!/^\d{4}$/.test(yearText)) return problem(line, `ogiltigt år "${yearText}"`, `invalid year "${yearText}"`);
  const place = regionCode(line, region);
  if ('message' in place) return place;
  const raw = String(values[0] ?? '');
  const n = parseCount(raw);
  if (!n.ok) return problem(line, `ogiltig folkmängd "${raw}"`, `invalid population "${raw}"`);
  if (n.value === null)
    return {
      skip: `folkmängd saknas för ${place.name} ${yearText} ("..")`,
      skipEn: `population not available for ${place.name} ${yearText} ("..")`,
    };
  return { line, code: place.code, year: Number(yearText), population: n.value };
}

export type ScbLayout = 'scb-pxweb-json' | 'scb-json-stat' | 'scb-csv';

/** SCB's population in any of its forms: JSON (PxWeb v1 or JSON-stat 2) or a CSV download. */
export function parseScbPopulation(text: string): ParseResult<PopulationRow> & { layout: ScbLayout } {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (!body.startsWith('{') && !body.startsWith('[') && body !== '' && !/^PK\u0003\u0004/.test(body)) {
    if (!looksBinary(text)) return { ...parseScbCsv(text), layout: 'scb-csv' };
  }
  const json = readJson(text);
  if ('problem' in json) return { rows: [], skipped: [], problems: [json.problem], layout: 'scb-pxweb-json' };
  if (isJsonStat(json.value)) return { ...parseJsonStat(json.value), layout: 'scb-json-stat' };
  return { ...parsePxWebV1(json.value), layout: 'scb-pxweb-json' };
}

function parsePxWebV1(value: unknown): ParseResult<PopulationRow> {
  const body = value as { data?: unknown; columns?: unknown } | null;
  if (!body || typeof body !== 'object' || !Array.isArray(body.data))
    return { rows: [], skipped: [], problems: [shapeProblem()] };
  const order = keyOrder(body.columns);
  if ('message' in order) return { rows: [], skipped: [], problems: [order] };
  const out: ParseResult<PopulationRow> = { rows: [], skipped: [], problems: [] };
  const seen = new Map<string, number>();
  body.data.forEach((entry, i) => {
    const r = readEntry(entry, i + 1, order);
    if ('skip' in r) out.skipped.push(notice(i + 1, r.skip, r.skipEn));
    else if ('message' in r) out.problems.push(r);
    else collectPopulation(out, seen, r, { sv: 'post', en: 'entry' });
  });
  if (!out.rows.length && !out.problems.length) out.problems.push(noPopulation());
  return out;
}
