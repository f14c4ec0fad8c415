/**
 * A small CSV reader for what Swedish users export from Excel: `;` or `,`
 * separated (whichever the header uses), optional byte-order mark, CRLF or
 * LF, fields quoted with " and "" inside quotes.
 */
export interface CsvTable {
  header: string[];
  /** Each row with its 1-based line number in the file (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

function detectDelimiter(firstLine: string): string {
  const semi = (firstLine.match(/;/g) ?? []).length;
  const comma = (firstLine.match(/,/g) ?? []).length;
  const tab = (firstLine.match(/\t/g) ?? []).length;
  if (tab > semi && tab > comma) return '\t';
  return semi >= comma ? ';' : ',';
}

/** Splits into records, honouring quotes that span lines. Returns each record with the line it started on. */
function records(text: string, delimiter: string): { line: number; cells: string[] }[] {
  const out: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; cell += ch; }
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) { cells.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      out.push({ line: start, cells });
      cells = []; cell = ''; line++; start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) { cells.push(cell); out.push({ line: start, cells }); }
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
