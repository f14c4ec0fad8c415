/**
 * SCB's population as a CSV download from PxWeb (the web table's "Spara
 * som" or API v2 with outputFormat=csv). Perhaps a title line first, then
 * a header, in one of two layouts:
 *   long:  "region","år","Folkmängd"            one row per region and year
 *   wide:  "region","2022","2023"                years as columns (also
 *          "Folkmängd 2023" or "2023 Folkmängd")
 * Regions as code and text ("2514 Kalix", "25 Norrbottens län", "00 Riket"),
 * code or text only. `,`, `;` or tab separated; ".." is not available.
 */
import { parseCsv } from '../csv.ts';
import { parseCount } from './numbers.ts';
import { collectPopulation, noPopulation, regionCode, type PopulationRow } from './scb-common.ts';
import { fileProblem } from './text.ts';
import { notice, problem, type ParseResult } from './types.ts';

interface Header {
  lineIndex: number;
  region: number;
  /** long layout */
  year: number;
  value: number;
  /** wide layout: column → year */
  years: Map<number, number>;
}

const fold = (s: string) =>
  s
    .replace(/^\uFEFF/, '')
    .replace(/"/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

function headerOf(cells: string[], lineIndex: number): Header | null {
  const region = cells.findIndex((c) => /^(region|kommun|län|område)$/.test(c));
  if (region < 0) return null;
  const years = new Map<number, number>();
  cells.forEach((c, i) => {
    const m = /(?:^|\D)(\d{4})(?:\D|$)/.exec(c);
    if (i !== region && m) years.set(i, Number(m[1]));
  });
  const year = cells.findIndex((c) => /^(år|tid|year)$/.test(c));
  if (year >= 0) {
    const rest = cells.map((_, i) => i).filter((i) => i !== region && i !== year && cells[i] !== '');
    return rest.length === 1 ? { lineIndex, region, year, value: rest[0]!, years: new Map() } : null;
  }
  const others = cells.filter((c, i) => i !== region && !years.has(i) && c !== '');
  return years.size && !others.length ? { lineIndex, region, year: -1, value: -1, years } : null;
}

function findHeader(lines: string[]): Header | { columns: string[] } | null {
  for (let i = 0; i < Math.min(lines.length, 10); i++) {
    const line = lines[i]!;
    const delimiter = [';', '\t', ','].find((d) => line.includes(d));
    if (!delimiter) continue;
    const cells = line.split(delimiter).map(fold);
    const header = headerOf(cells, i);
    if (header) return header;
    if (cells.some((c) => /^(region|kommun)$/.test(c)) && cells.length > 3) return { columns: cells };
  }
  return null;
}

export function parseScbCsv(text: string): ParseResult<PopulationRow> {
  const early = fileProblem(text);
  if (early) return { rows: [], skipped: [], problems: [early] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const header = findHeader(lines);
  if (!header || 'columns' in header) {
    const message = header
      ? [
          `Tabellen har fler variabler än region och år (${header.columns.join(', ')}); välj ett enda värde för de övriga i PxWeb`,
          `The table has more variables than region and year (${header.columns.join(', ')}); choose one value for the others in PxWeb`,
        ]
      : [
          'Ingen rubrikrad med "region" och år hittades: väntade SCB:s CSV ("region","år","Folkmängd" eller åren som kolumner)',
          'No header row with "region" and years found: expected SCB\'s CSV ("region","år","Folkmängd" or the years as columns)',
        ];
    return { rows: [], skipped: [], problems: [problem(1, message[0]!, message[1]!)] };
  }
  const table = parseCsv(lines.slice(header.lineIndex).join('\n'));
  const out: ParseResult<PopulationRow> = { rows: [], skipped: [], problems: [] };
  const seen = new Map<string, number>();
  for (const { line: at, cells } of table.rows) {
    const line = at + header.lineIndex;
    const filled = cells.filter((c) => c.trim() !== '');
    if (filled.length <= 1) continue; // a footnote
    const place = regionCode(line, (cells[header.region] ?? '').trim());
    if ('message' in place) {
      out.problems.push(place);
      continue;
    }
    const values: [string, string][] = header.years.size
      ? [...header.years].map(([i, year]) => [String(year), cells[i] ?? ''])
      : [[(cells[header.year] ?? '').trim(), cells[header.value] ?? '']];
    for (const [yearText, raw] of values) {
      if (!/^\d{4}$/.test(yearText)) {
        out.problems.push(problem(line, `ogiltigt år "${yearText}"`, `invalid year "${yearText}"`));
        continue;
      }
      const n = parseCount(raw);
      if (!n.ok)
        out.problems.push(problem(line, `ogiltig folkmängd "${raw.trim()}"`, `invalid population "${raw.trim()}"`));
      else if (n.value === null) {
        out.skipped.push(
          notice(
            line,
            `folkmängd saknas för ${place.name} ${yearText} ("..")`,
            `population not available for ${place.name} ${yearText} ("..")`,
          ),
        );
      } else
        collectPopulation(
          out,
          seen,
          { line, code: place.code, year: Number(yearText), population: n.value },
          { sv: 'rad', en: 'line' },
        );
    }
  }
  if (!out.rows.length && !out.problems.length) out.problems.push(noPopulation());
  return out;
}
