/**
 * One source's results table as CSV, for one kommun: every row read into a
 * result, or a problem with its line (Swedish and English). A file with any
 * problem stores nothing; rows the source prints without a figure ("..")
 * are left out with a notice. Layouts per source: sources.ts.
 */
import { parseCsv, type CsvRecord } from '../csv.ts';
import type { MunicipalityRef } from '../municipality/municipality.ts';
import { categoryOfSurveyItem } from '../situation/survey-categories.ts';
import { fileProblem } from '../statistics/text.ts';
import { notice, problem, type ParseResult, type RowProblem, type SkipNotice } from '../statistics/types.ts';
import { answersCell, intervalCell, marginCell, valueCell } from './cells.ts';
import { placeOf } from './places.ts';
import {
  foldHeader,
  LAYOUTS,
  type Column,
  type OutsideLevel,
  type OutsideMeasure,
  type OutsideSource,
  type SourceLayout,
} from './sources.ts';

export interface OutsideRow {
  line: number;
  level: OutsideLevel;
  /** null for the whole kommun; the area's, län's or LPO's name otherwise. */
  areaName: string | null;
  item: string;
  /** The lägesbild's problem category the item speaks of, or null. */
  category: string | null;
  measure: OutsideMeasure;
  value: number;
  answers: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export const ITEM_MAX = 500;

type Columns = Record<Column, number>;
const REQUIRED: readonly Column[] = ['place', 'item', 'value'];

/** The problem category of an item; a general question of feeling safe is about places that feel unsafe. */
export function categoryOfOutsideItem(item: string): string | null {
  return categoryOfSurveyItem(item) ?? (/trygg/i.test(item) ? 'otrygga_platser' : null);
}

function columnsOf(layout: SourceLayout, header: string[]): Columns | RowProblem {
  const folded = header.map(foldHeader);
  const at = (c: Column) => folded.findIndex((h) => layout.columns[c].includes(h));
  const cols = Object.fromEntries((Object.keys(layout.columns) as Column[]).map((c) => [c, at(c)])) as Columns;
  const missing = REQUIRED.filter((c) => cols[c] < 0).map((c) => layout.columns[c][0]!);
  if (!missing.length) return cols;
  const names = missing.map((m) => `"${m}"`).join(', ');
  return problem(
    1,
    `Rubrikraden saknar ${names}; den ska vara ${layout.header} (som i källans rapport)`,
    `The header row lacks ${names}; it should be ${layout.header} (as in the source's report)`,
  );
}

function earlyProblem(text: string): RowProblem | null {
  const early = fileProblem(text);
  if (early) return early;
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('['))
    return problem(1, 'Filen ser ut att vara JSON, inte en CSV-tabell', 'The file looks like JSON, not a CSV table');
  return null;
}

type Outcome = { row: OutsideRow } | { skip: SkipNotice } | { problems: RowProblem[] };

/** The interval the row gives, or value ± margin within the scale; null when it gives none. */
function uncertainty(
  line: number,
  cells: string[],
  cols: Columns,
  value: number,
  layout: SourceLayout,
): { low: number; high: number } | null | RowProblem {
  const rawInterval = cols.interval >= 0 ? (cells[cols.interval] ?? '') : '';
  const interval = intervalCell(rawInterval);
  if (interval && 'bad' in interval)
    return problem(
      line,
      `ogiltigt konfidensintervall "${rawInterval.trim()}" (skriv t.ex. 2,1–2,5)`,
      `invalid confidence interval "${rawInterval.trim()}" (write e.g. 2,1–2,5)`,
    );
  if (interval) {
    if (interval.low <= value && value <= interval.high && interval.high <= layout.max) return interval;
    return problem(
      line,
      `konfidensintervallet ${rawInterval.trim()} innehåller inte värdet ${value}`,
      `the confidence interval ${rawInterval.trim()} does not hold the value ${value}`,
    );
  }
  const rawMargin = cols.margin >= 0 ? (cells[cols.margin] ?? '') : '';
  const margin = marginCell(rawMargin);
  if (margin !== null && typeof margin === 'object')
    return problem(line, `ogiltig felmarginal "${rawMargin.trim()}"`, `invalid margin of error "${rawMargin.trim()}"`);
  if (margin === null) return null;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { low: round(Math.max(0, value - margin)), high: round(Math.min(layout.max, value + margin)) };
}

function readValue(line: number, raw: string, layout: SourceLayout): number | 'absent' | RowProblem {
  const cell = valueCell(raw);
  if ('absent' in cell) return 'absent';
  if ('bad' in cell || cell.value > layout.max) {
    const scale = layout.measure === 'share' ? 'en andel i procent, 0–100' : `ett index 0–${layout.max}`;
    const scaleEn = layout.measure === 'share' ? 'a share in percent, 0–100' : `an index 0–${layout.max}`;
    return problem(
      line,
      raw.trim() ? `ogiltigt värde "${raw.trim()}": väntade ${scale}` : `värde saknas: väntade ${scale}`,
      raw.trim() ? `invalid value "${raw.trim()}": expected ${scaleEn}` : `value missing: expected ${scaleEn}`,
    );
  }
  return cell.value;
}

function readRow(
  { line, cells, broken }: CsvRecord,
  cols: Columns,
  layout: SourceLayout,
  kommun: MunicipalityRef,
): Outcome {
  if (broken)
    return {
      problems: [problem(line, 'Ett citattecken (") stängs aldrig', 'A quotation mark (") is never closed')],
    };
  const problems: RowProblem[] = [];
  const place = placeOf(layout.source, cells[cols.place] ?? '', kommun);
  if ('problem' in place) problems.push(problem(line, place.problem, place.problemEn));
  const item = (cells[cols.item] ?? '').trim().replace(/\s+/g, ' ');
  if (!item) problems.push(problem(line, 'Påstående/fråga saknas', 'The statement or question is missing'));
  if (item.length > ITEM_MAX)
    problems.push(
      problem(line, `Texten är längre än ${ITEM_MAX} tecken`, `The text is longer than ${ITEM_MAX} characters`),
    );
  const value = readValue(line, cells[cols.value] ?? '', layout);
  if (typeof value === 'object') problems.push(value);
  const rawAnswers = cols.answers >= 0 ? (cells[cols.answers] ?? '') : '';
  const answers = answersCell(rawAnswers);
  if ('bad' in answers)
    problems.push(
      problem(line, `ogiltigt antal svar "${rawAnswers.trim()}"`, `invalid number of answers "${rawAnswers.trim()}"`),
    );
  const ci = typeof value === 'number' ? uncertainty(line, cells, cols, value, layout) : null;
  if (ci && 'line' in ci) problems.push(ci);
  if (problems.length || 'problem' in place || 'bad' in answers || (ci && 'line' in ci)) return { problems };
  if (value === 'absent')
    return {
      skip: notice(
        line,
        `"${item}" har inget värde i källan; hoppades över`,
        `"${item}" has no figure in the source; skipped`,
      ),
    };
  return {
    row: {
      line,
      level: place.level,
      areaName: place.name,
      item,
      category: categoryOfOutsideItem(item),
      measure: layout.measure,
      value: value as number,
      answers: answers.answers,
      ciLow: ci?.low ?? null,
      ciHigh: ci?.high ?? null,
    },
  };
}

/** The key two rows clash on: the same item for the same place. */
export function resultKey(r: Pick<OutsideRow, 'level' | 'areaName' | 'item'>): string {
  return [r.level, (r.areaName ?? '').toLocaleLowerCase('sv'), r.item.toLocaleLowerCase('sv')].join('\u0000');
}

/** Line number of the header: the first line with any text. */
function headerLine(text: string): number {
  const i = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .findIndex((l) => l.trim() !== '');
  return i < 0 ? 1 : i + 1;
}

export function parseOutsideSurvey(
  source: OutsideSource,
  text: string,
  kommun: MunicipalityRef,
): ParseResult<OutsideRow> {
  const early = earlyProblem(text);
  if (early) return { rows: [], skipped: [], problems: [early], unreadable: true };
  const layout = LAYOUTS[source];
  const table = parseCsv(text);
  const cols = columnsOf(layout, table.header);
  if ('line' in cols)
    return { rows: [], skipped: [], problems: [{ ...cols, line: headerLine(text) }], unreadable: true };
  const out: ParseResult<OutsideRow> = { rows: [], skipped: [], problems: [] };
  const seen = new Map<string, number>();
  for (const record of table.rows) {
    const r = readRow(record, cols, layout, kommun);
    if ('skip' in r) out.skipped.push(r.skip);
    else if ('problems' in r) out.problems.push(...r.problems);
    else if (seen.has(resultKey(r.row))) {
      const first = seen.get(resultKey(r.row));
      out.problems.push(
        problem(
          r.row.line,
          `"${r.row.item}" för ${r.row.areaName ?? kommun.name} finns redan på rad ${first}`,
          `"${r.row.item}" for ${r.row.areaName ?? kommun.name} is already on line ${first}`,
        ),
      );
    } else {
      seen.set(resultKey(r.row), r.row.line);
      out.rows.push(r.row);
    }
  }
  if (!out.rows.length && !out.problems.length)
    out.problems.push(problem(1, 'Filen innehåller inga resultat', 'The file holds no results'));
  return out;
}
