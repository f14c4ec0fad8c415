/**
 * Genomförandeplan tables: each data row is one commitment. Columns are
 * found by their header (Vad / När / Samverkan / Ansvarig / Uppföljning and
 * common variants); an unnamed first column is the focus area. The target
 * comes from the När cell before the Vad cell; the Ansvarig cell decides
 * who is responsible; the Uppföljning cell lists the follow-up indicators.
 * The row's text stays whole (the format keeps it verbatim); the När cell
 * is also kept as written in `when`, a plan column of the stored set
 * (domain/promise-set.ts), from which the row's Vad is told apart again.
 */
import type { PlanCommitment } from '../promise-set.ts';
import type { RowBlock } from './blocks.ts';
import { buildCommitment } from './commitment.ts';
import { titleOf } from './headings.ts';
import type { Entry } from './lists.ts';
import { unique } from './parties.ts';
import { partiesFromCell } from './responsible.ts';
import type { TableUnit } from './structure.ts';
import { excerpt } from './text.ts';

type Column = 'what' | 'when' | 'partners' | 'responsible' | 'followUp' | 'category' | 'other';

const COLUMN_NAMES: Readonly<Record<string, Column>> = {
  vad: 'what',
  aktivitet: 'what',
  aktiviteter: 'what',
  åtgärd: 'what',
  åtgärder: 'what',
  insats: 'what',
  insatser: 'what',
  åtagande: 'what',
  åtaganden: 'what',
  löfte: 'what',
  'vad ska göras': 'what',
  beskrivning: 'what',
  när: 'when',
  tidpunkt: 'when',
  tid: 'when',
  frekvens: 'when',
  omfattning: 'when',
  'hur ofta': 'when',
  'när/hur ofta': 'when',
  samverkan: 'partners',
  samverkanspartner: 'partners',
  samverkansparter: 'partners',
  'med vem': 'partners',
  'i samverkan med': 'partners',
  partner: 'partners',
  parter: 'partners',
  ansvarig: 'responsible',
  ansvariga: 'responsible',
  ansvar: 'responsible',
  vem: 'responsible',
  'vem ansvarar': 'responsible',
  uppföljning: 'followUp',
  mått: 'followUp',
  indikator: 'followUp',
  indikatorer: 'followUp',
  'hur följs det upp': 'followUp',
};

const PREPOSITIONS = new Set([
  'på',
  'i',
  'av',
  'för',
  'med',
  'till',
  'från',
  'vid',
  'hos',
  'inom',
  'om',
  'mot',
  'under',
  'och',
  'eller',
  '/',
  '-',
  '–',
]);

export function columnOf(cell: string): Column | undefined {
  return COLUMN_NAMES[cell.toLowerCase().replace(/[:?]/g, '').trim()];
}

function headerColumns(cells: string[]): Column[] | null {
  const known = cells.filter((c) => columnOf(c) !== undefined).length;
  if (known < 2) return null;
  return cells.map((c, i) => columnOf(c) ?? (i === 0 ? 'category' : 'other'));
}

/**
 * Indicators in an Uppföljning cell whose line breaks were lost:
 * "Anmälningar Händelserapporter" → two. A capital after a preposition
 * ("besök på Fritidsgården") continues the same indicator.
 */
export function splitIndicators(cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(/\s*[;\n•]\s*/u)) {
    let current: string[] = [];
    for (const word of part.split(/\s+/u).filter((w) => w !== '')) {
      const previous = current[current.length - 1]?.toLowerCase() ?? '';
      if (/^\p{Lu}/u.test(word) && current.length > 0 && !PREPOSITIONS.has(previous) && !/[/-]$/u.test(previous)) {
        out.push(current.join(' '));
        current = [];
      }
      current.push(word);
    }
    if (current.length > 0) out.push(current.join(' '));
  }
  return out.map((s) => s.replace(/[.,]$/u, '')).filter((s) => s !== '');
}

function cell(cells: string[], columns: Column[], wanted: Column): string {
  const i = columns.indexOf(wanted);
  return i >= 0 ? (cells[i] ?? '') : '';
}

export interface TableReading {
  entries: Entry[];
  warnings: string[];
}

const NUMERIC_CELL = /^[\d\s.,:%+−–-]+$/u;

/** "Skadegörelse | 412 | 389": every cell after the first a figure, a statistics table of the problem picture. */
function statisticsOnly(rows: RowBlock[]): boolean {
  return rows.every((row) => {
    const rest = row.cells.slice(1).filter((c) => c !== '');
    return rest.length > 0 && rest.every((c) => NUMERIC_CELL.test(c));
  });
}

export function readTable(unit: TableUnit, unitIndex: number, fallbackTitle: string): TableReading {
  const entries: Entry[] = [];
  const warnings: string[] = [];
  if (statisticsOnly(unit.rows)) {
    const first = unit.rows[0]?.cells.join(' ') ?? '';
    return {
      entries,
      warnings: [
        `Tabellen "${excerpt(first, 60)}" innehåller bara siffror (statistik) och räknades inte som åtaganden.`,
      ],
    };
  }
  let columns: Column[] | null = null;
  for (const row of unit.rows) {
    const header = headerColumns(row.cells);
    if (header) {
      columns = header;
      continue;
    }
    const built = readRow(row, columns, fallbackTitle);
    if (!built) {
      warnings.push(`Tabellraden saknar innehåll i kolumnen Vad och togs inte med: "${excerpt(row.cells.join(' '))}"`);
      continue;
    }
    entries.push({ ...built.entry, scope: unit.scope, unit: unitIndex });
    warnings.push(...built.warnings);
  }
  if (columns === null && entries.length > 0) {
    warnings.push('En tabell utan rubrikrad (Vad/När/Ansvarig …) lästes rad för rad; kontrollera åtagandena.');
  }
  return { entries, warnings };
}

function readRow(
  row: RowBlock,
  columns: Column[] | null,
  fallbackTitle: string,
): { entry: Omit<Entry, 'scope' | 'unit'>; warnings: string[] } | null {
  const text = row.cells.filter((c) => c !== '').join(' ');
  if (!columns) {
    const built = buildCommitment({ text });
    return { entry: { title: fallbackTitle, commitment: built.commitment }, warnings: built.warnings };
  }
  const what = cell(row.cells, columns, 'what');
  if (what === '') return null;
  const when = cell(row.cells, columns, 'when');
  const responsible = partiesFromCell(cell(row.cells, columns, 'responsible'));
  const followUpCell = cell(row.cells, columns, 'followUp');
  const built = buildCommitment({
    text,
    targetTexts: [when, what],
    partyText: what,
    responsible,
    partners: partiesFromCell(cell(row.cells, columns, 'partners')),
    followUp: followUpCell ? splitIndicators(followUpCell) : [],
  });
  const category = cell(row.cells, columns, 'category');
  const title = category !== '' ? titleOf(category) : fallbackTitle;
  built.commitment.partners = unique(built.commitment.partners).filter(
    (p) => !built.commitment.responsible.includes(p),
  );
  // A När cell longer than the plan column holds (500) is prose, not a time: it stays only in the row's text.
  const ownWhen = when.trim();
  const commitment: PlanCommitment =
    ownWhen && ownWhen.length <= 500 ? { ...built.commitment, when: ownWhen } : built.commitment;
  return { entry: { title, commitment }, warnings: built.warnings };
}
