/**
 * The activity upload format: one activity per row. Columns (header names,
 * any case, any order): åtagande (the commitment's id), datum (YYYY-MM-DD),
 * antal (default 1), platser (area names separated by |), anteckning,
 * and any number of utfall:<indikator> columns with numbers. Other columns
 * (e.g. the commitment text in the template) are ignored.
 */
import { parseCsv, type CsvRecord } from './csv.ts';
import { ACTIVITY_LIMITS as L } from './activity-limits.ts';
import { areaNameProblem, normaliseAreaName } from './areas/areas.ts';
import type { RowProblem } from './row-problem.ts';

export interface CsvActivity {
  line: number;
  commitmentId: string;
  date: string;
  quantity: number;
  places: string[];
  note: string | null;
  outcomes: Record<string, number>;
}

const COLUMNS = {
  commitment: ['åtagande', 'atagande', 'commitment', 'commitmentid', 'åtagande_id'],
  date: ['datum', 'date'],
  quantity: ['antal', 'quantity'],
  places: ['platser', 'plats', 'places', 'areas'],
  note: ['anteckning', 'note', 'kommentar'],
};

/** Swedish numbers: "1 200", "2,5". */
export function parseSwedishNumber(raw: string): number | null {
  if (/^\d{1,15}$/.test(raw)) return Number(raw);
  const s = raw.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** A cell as shown in a message: a 2 MB cell need not come back whole. */
function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function columnIndex(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(h.toLowerCase()));
}

type Columns = Record<keyof typeof COLUMNS, number> & { outcomes: (readonly [string, number])[] };

/** A file opened for reading row by row (a caller with 100 000 rows can pause between them); `headerProblem` when it cannot be read at all. */
export interface ActivityCsvReader {
  rows: CsvRecord[];
  headerProblem: RowProblem | null;
  read(row: CsvRecord): CsvActivity | RowProblem;
}

export function openActivityCsv(text: string): ActivityCsvReader {
  const { header, rows } = parseCsv(text);
  const idx = Object.fromEntries(
    Object.entries(COLUMNS).map(([k, names]) => [k, columnIndex(header, names)]),
  ) as Record<keyof typeof COLUMNS, number>;
  const columns: Columns = {
    ...idx,
    outcomes: header.map((h, i) => [h, i] as const).filter(([h]) => /^utfall:/i.test(h)),
  };
  const headerProblem =
    idx.commitment < 0 || idx.date < 0
      ? {
          line: 1,
          message: 'Rubrikraden måste ha kolumnerna "åtagande" och "datum"',
          messageEn: 'The header row must have the columns "åtagande" and "datum"',
        }
      : null;
  return { rows: headerProblem ? [] : rows, headerProblem, read: (row) => readRow(row, columns) };
}

export function readActivityCsv(text: string): { activities: CsvActivity[]; problems: RowProblem[] } {
  const reader = openActivityCsv(text);
  if (reader.headerProblem) return { activities: [], problems: [reader.headerProblem] };
  const activities: CsvActivity[] = [];
  const problems: RowProblem[] = [];
  for (const row of reader.rows) {
    const read = reader.read(row);
    if ('commitmentId' in read) activities.push(read);
    else problems.push(read);
  }
  return { activities, problems };
}

function readRow({ line, cells, broken }: CsvRecord, idx: Columns): CsvActivity | RowProblem {
  if (broken) {
    return {
      line,
      message: 'raden har ett citattecken (") som inte avslutas där cellen slutar',
      messageEn: 'the row has a quote (") that does not end where its cell ends',
    };
  }
  const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
  const errors: [string, string][] = [];
  const commitmentId = cell(idx.commitment);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(commitmentId))
    errors.push(['åtagande saknas eller är inget id', 'commitment missing or not an id']);
  const date = cell(idx.date);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
    errors.push([`datum "${date}" är inte ÅÅÅÅ-MM-DD`, `date "${date}" is not YYYY-MM-DD`]);
  const quantityRaw = cell(idx.quantity);
  const quantity = quantityRaw === '' ? 1 : parseSwedishNumber(quantityRaw);
  if (quantity === null)
    errors.push([`antal "${short(quantityRaw)}" är inget tal`, `quantity "${short(quantityRaw)}" is not a number`]);
  else if (quantity > L.quantityMax)
    errors.push([`antal ${quantityRaw} är över ${L.quantityMax}`, `quantity ${quantityRaw} is over ${L.quantityMax}`]);
  const outcomes: Record<string, number> = {};
  for (const [h, i] of idx.outcomes) {
    const raw = cell(i);
    if (raw === '') continue;
    const n = parseSwedishNumber(raw);
    const name = h.slice('utfall:'.length).trim();
    if (!name || name.length > L.outcomeKeyMax)
      errors.push([
        `kolumnen "${short(h)}" behöver ett namn på 1–${L.outcomeKeyMax} tecken efter utfall:`,
        `the column "${short(h)}" needs a name of 1–${L.outcomeKeyMax} characters after utfall:`,
      ]);
    else if (n === null) errors.push([`${h} "${short(raw)}" är inget tal`, `${h} "${short(raw)}" is not a number`]);
    else if (n > L.outcomeValueMax)
      errors.push([`${h} ${raw} är över ${L.outcomeValueMax}`, `${h} ${raw} is over ${L.outcomeValueMax}`]);
    else outcomes[name] = n;
  }
  const note = cell(idx.note);
  if (note.length > L.noteMax)
    errors.push([`anteckningen är längre än ${L.noteMax} tecken`, `the note is longer than ${L.noteMax} characters`]);
  const placesRaw = cell(idx.places);
  const places = placesRaw ? [...new Set(placesRaw.split('|').map(normaliseAreaName).filter(Boolean))] : [];
  if (places.length > L.areasMax) errors.push([`fler än ${L.areasMax} platser`, `more than ${L.areasMax} places`]);
  for (const p of places) {
    const problem = areaNameProblem(p);
    if (problem) errors.push([`plats "${short(p)}": ${problem.sv}`, `place "${short(p)}": ${problem.en}`]);
  }
  if (errors.length)
    return { line, message: errors.map((e) => e[0]).join('; '), messageEn: errors.map((e) => e[1]).join('; ') };
  return { line, commitmentId, date, quantity: quantity!, note: note || null, outcomes, places };
}
