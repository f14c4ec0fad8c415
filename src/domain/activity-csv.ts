/**
 * The activity upload format: one activity per row. Columns (header names,
 * any case, any order): åtagande (the commitment's id), datum (YYYY-MM-DD),
 * antal (default 1), platser (area names separated by |), anteckning,
 * and any number of utfall:<indikator> columns with numbers. Other columns
 * (e.g. the commitment text in the template) are ignored.
 */
import { parseCsv } from './csv.ts';

export interface CsvActivity {
  line: number;
  commitmentId: string;
  date: string;
  quantity: number;
  places: string[];
  note: string | null;
  outcomes: Record<string, number>;
}

export interface RowProblem {
  line: number;
  message: string;
  messageEn: string;
}

const COLUMNS = { commitment: ['åtagande', 'atagande', 'commitment', 'commitmentid', 'åtagande_id'], date: ['datum', 'date'],
  quantity: ['antal', 'quantity'], places: ['platser', 'plats', 'places', 'areas'], note: ['anteckning', 'note', 'kommentar'] };

/** Swedish numbers: "1 200", "2,5". */
export function parseSwedishNumber(raw: string): number | null {
  const s = raw.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

function columnIndex(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(h.toLowerCase()));
}

export function readActivityCsv(text: string): { activities: CsvActivity[]; problems: RowProblem[] } {
  const { header, rows } = parseCsv(text);
  const idx = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, columnIndex(header, names)])) as Record<keyof typeof COLUMNS, number>;
  if (idx.commitment < 0 || idx.date < 0) {
    return { activities: [], problems: [{ line: 1, message: 'Rubrikraden måste ha kolumnerna "åtagande" och "datum"',
      messageEn: 'The header row must have the columns "åtagande" and "datum"' }] };
  }
  const outcomeCols = header.map((h, i) => [h, i] as const).filter(([h]) => /^utfall:/i.test(h));
  const activities: CsvActivity[] = [];
  const problems: RowProblem[] = [];
  for (const { line, cells } of rows) {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
    const errors: [string, string][] = [];
    const commitmentId = cell(idx.commitment);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(commitmentId)) errors.push(['åtagande saknas eller är inget id', 'commitment missing or not an id']);
    const date = cell(idx.date);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.push([`datum "${date}" är inte ÅÅÅÅ-MM-DD`, `date "${date}" is not YYYY-MM-DD`]);
    const quantityRaw = cell(idx.quantity);
    const quantity = quantityRaw === '' ? 1 : parseSwedishNumber(quantityRaw);
    if (quantity === null) errors.push([`antal "${quantityRaw}" är inget tal`, `quantity "${quantityRaw}" is not a number`]);
    const outcomes: Record<string, number> = {};
    for (const [h, i] of outcomeCols) {
      const raw = cell(i);
      if (raw === '') continue;
      const n = parseSwedishNumber(raw);
      if (n === null) errors.push([`${h} "${raw}" är inget tal`, `${h} "${raw}" is not a number`]);
      else outcomes[h.slice('utfall:'.length).trim()] = n;
    }
    if (errors.length) {
      problems.push({ line, message: errors.map((e) => e[0]).join('; '), messageEn: errors.map((e) => e[1]).join('; ') });
      continue;
    }
    activities.push({ line, commitmentId, date, quantity: quantity!, note: cell(idx.note) || null, outcomes,
      places: cell(idx.places).split('|').map((p) => p.trim()).filter(Boolean) });
  }
  return { activities, problems };
}
