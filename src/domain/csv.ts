/**
 * A small CSV reader for what Swedish users export from Excel: `;` or `,`
 * separated (whichever the header uses), optional byte-order mark, CRLF or
 * LF, fields quoted with " and "" inside quotes.
 */
export interface CsvRecord {
  /** 1-based line number in the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
  /**
   * A quote that is never closed, or closed and followed by more text in
   * the same cell. The record is only its own line, split as it stands,
   * and reading goes on with the next line, so one stray quote costs one
   * row, never the rows after it.
   */
  broken?: true;
}

export interface CsvTable {
  header: string[];
  rows: CsvRecord[];
}

function detectDelimiter(firstLine: string): string {
  const semi = (firstLine.match(/;/g) ?? []).length;
  const comma = (firstLine.match(/,/g) ?? []).length;
  const tab = (firstLine.match(/\t/g) ?? []).length;
  if (tab > semi && tab > comma) return '\t';
  return semi >= comma ? ';' : ',';
}

/** One record from `start`: its cells and where the next begins, or null when a quote in it is broken. */
function readRecord(
  text: string,
  start: number,
  delimiter: string,
): { cells: string[]; next: number; lines: number } | null {
  const cells: string[] = [];
  let cell = '';
  let lines = 0;
  let i = start;
  for (;;) {
    if (i >= text.length) {
      cells.push(cell);
      return { cells, next: i, lines };
    }
    const ch = text[i]!;
    if (ch === '"' && cell === '') {
      let j = i + 1;
      for (;;) {
        if (j >= text.length) return null;
        if (text[j] === '"' && text[j + 1] === '"') {
          cell += '"';
          j += 2;
          continue;
        }
        if (text[j] === '"') break;
        if (text[j] === '\n') lines++;
        cell += text[j++];
      }
      const after = text[j + 1];
      if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') return null;
      i = j + 1;
      continue;
    }
    if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      cells.push(cell);
      return { cells, next: ch === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1, lines: lines + 1 };
    } else {
      cell += ch;
      i++;
    }
  }
}

/** Splits into records, honouring quotes that span lines. Returns each record with the line it started on. */
function records(text: string, delimiter: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  // Where the next quote and carriage return are, found again only once passed, so a big file is read in one sweep.
  let quote = -1;
  let cr = -1;
  while (pos < text.length) {
    if (quote !== Infinity && quote < pos) quote = text.indexOf('"', pos) < 0 ? Infinity : text.indexOf('"', pos);
    if (cr !== Infinity && cr < pos) cr = text.indexOf('\r', pos) < 0 ? Infinity : text.indexOf('\r', pos);
    const lf = text.indexOf('\n', pos);
    const end = Math.min(lf < 0 ? text.length : lf, cr);
    if (quote >= end) {
      // The common line: no quote in it, so its cells are the text between delimiters.
      out.push({ line, cells: text.slice(pos, end).split(delimiter) });
      pos = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
      line++;
      continue;
    }
    const rec = readRecord(text, pos, delimiter);
    if (rec) {
      out.push({ line, cells: rec.cells });
      pos = rec.next;
      line += rec.lines;
      continue;
    }
    out.push({ line, cells: text.slice(pos, end).split(delimiter), broken: true });
    pos = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    line++;
  }
  return out;
}

export function parseCsv(raw: string): CsvTable {
  const text = raw.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const all = records(text, detectDelimiter(firstLine)).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = all;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows };
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab
 * or carriage return) gets an apostrophe in front, so exported text stays text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: unknown, delimiter = ';'): string {
  const s = value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
  const safe = neutraliseFormula(s);
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole file as Swedish Excel opens it directly: byte-order mark, `;` between cells, CRLF line ends. */
export function csvDocument(rows: readonly (readonly unknown[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map((v) => csvCell(v)).join(';')).join('\r\n') + '\r\n';
}
