/**
 * SCB's population per kommun (PxWeb table BE0101A/BefolkningNy, folkmängd
 * 31 December) as PxWeb's JSON answer: `data: [{ key: [region, year],
 * values: ["<number>"] }]`. When `columns` is present it says which key is
 * Region and which is Tid. ".." (not available) and regions that are not a
 * kommun (the country "00", a län "25") are skipped with a notice.
 */
import { municipalityByCode } from '../municipality/municipality.ts';
import { parseCount } from './numbers.ts';
import { readJson } from './text.ts';
import { notice, problem, type ParseResult, type RowProblem } from './types.ts';

export interface PopulationRow {
  line: number;
  code: string;
  year: number;
  population: number;
}

interface KeyOrder {
  region: number;
  year: number;
}

function shapeProblem(): RowProblem {
  return problem(
    1,
    'Fel JSON-format: väntade SCB:s PxWeb-svar med "data": [{ "key": [kommun, år], "values": [antal] }]',
    'Wrong JSON shape: expected SCB\'s PxWeb answer with "data": [{ "key": [kommun, year], "values": [count] }]',
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
  const kommun = /^\d{4}$/.test(region) ? municipalityByCode(region) : undefined;
  if (!kommun) {
    if (/^\d{2}$/.test(region))
      return { skip: `region ${region} är inte en kommun`, skipEn: `region ${region} is not a kommun` };
    return problem(line, `okänd kommunkod "${region}"`, `unknown kommun code "${region}"`);
  }
  const raw = String(values[0] ?? '');
  const n = parseCount(raw);
  if (!n.ok) return problem(line, `ogiltig folkmängd "${raw}"`, `invalid population "${raw}"`);
  if (n.value === null)
    return {
      skip: `folkmängd saknas för ${kommun.name} ${yearText} ("..")`,
      skipEn: `population not available for ${kommun.name} ${yearText} ("..")`,
    };
  return { line, code: kommun.code, year: Number(yearText), population: n.value };
}

export function parseScbPopulation(text: string): ParseResult<PopulationRow> {
  const json = readJson(text);
  if ('problem' in json) return { rows: [], skipped: [], problems: [json.problem] };
  const body = json.value as { data?: unknown; columns?: unknown } | null;
  if (!body || typeof body !== 'object' || !Array.isArray(body.data))
    return { rows: [], skipped: [], problems: [shapeProblem()] };
  const order = keyOrder(body.columns);
  if ('message' in order) return { rows: [], skipped: [], problems: [order] };
  const out: ParseResult<PopulationRow> = { rows: [], skipped: [], problems: [] };
  const seen = new Map<string, number>();
  body.data.forEach((value, i) => {
    const r = readEntry(value, i + 1, order);
    if ('skip' in r) out.skipped.push(notice(i + 1, r.skip, r.skipEn));
    else if ('message' in r) out.problems.push(r);
    else if (seen.has(`${r.code}/${r.year}`)) {
      const first = seen.get(`${r.code}/${r.year}`);
      out.problems.push(
        problem(
          r.line,
          `kommun ${r.code} år ${r.year} finns redan i post ${first}`,
          `kommun ${r.code} year ${r.year} is already in entry ${first}`,
        ),
      );
    } else {
      seen.set(`${r.code}/${r.year}`, r.line);
      out.rows.push(r);
    }
  });
  if (!out.rows.length && !out.problems.length)
    out.problems.push(problem(1, 'Filen innehåller ingen folkmängd', 'The file holds no population figures'));
  return out;
}
