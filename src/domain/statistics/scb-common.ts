/** What SCB's three population forms share: the row, the region codes and one row per region and year. */
import { regionOf, resolvePlaceName } from './names.ts';
import { problem, type ParseResult, type RowProblem } from './types.ts';

export interface PopulationRow {
  line: number;
  /** "2514" a kommun, "25" a län, "00" the whole country */
  code: string;
  year: number;
  population: number;
}

/** A region as SCB writes it ("2514", "25", "00", "2514 Kalix", "Kalix") to its stored code and name. */
export function regionCode(line: number, raw: string): { code: string; name: string } | RowProblem {
  const place = regionOf(resolvePlaceName(raw));
  if (place) return place;
  return /^\d{4}$/.test(raw)
    ? problem(line, `okänd kommunkod "${raw}"`, `unknown kommun code "${raw}"`)
    : problem(line, `okänd region "${raw}"`, `unknown region "${raw}"`);
}

/** Keeps one row per region and year; a second is a problem naming where the first was. */
export function collectPopulation(
  out: ParseResult<PopulationRow>,
  seen: Map<string, number>,
  r: PopulationRow,
  unit: { sv: string; en: string },
): void {
  const key = `${r.code}/${r.year}`;
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, r.line);
    out.rows.push(r);
    return;
  }
  out.problems.push(
    problem(
      r.line,
      `region ${r.code} år ${r.year} finns redan i ${unit.sv} ${first}`,
      `region ${r.code} year ${r.year} is already in ${unit.en} ${first}`,
    ),
  );
}

export const noPopulation = () =>
  problem(1, 'Filen innehåller ingen folkmängd', 'The file holds no population figures');
