/**
 * A table for pdfkit that breaks across pages the way a reader expects:
 * the header row is repeated on every page, a focus area's label is
 * repeated ("forts.") when its rows continue, a row that fits on a page is
 * never cut, and only a row taller than a whole page is split, line by line.
 * The header is drawn together with the first row (or focus area) under
 * it, so it is never left alone at the bottom of a page.
 * Lines are wrapped here rather than by pdfkit, so the table knows every
 * row's height before it draws.
 * Tagged for PDF/UA: Table, TR, TH with column scope for the header, a TH
 * spanning the row for a focus area, TD for the cells (a cell split over two
 * pages is one TD). Borders, fills and the header repeated on later pages
 * (and "forts.") are artifacts, so a screen reader reads them once.
 */
import { COLORS, FONT, artifact, pdfSafe, type Pdf } from './pdf-common.ts';
import type { PdfStructure, StructElement } from './pdf-tags.ts';

export type TableColumn = { title: string; width: number };
export type TableItem = { kind: 'group'; label: string } | { kind: 'row'; cells: string[] };

const FONT_SIZE = 8.5;
const LINE_HEIGHT = 11;
const PAD = 5;

/** Greedy word wrap with the current font; a word wider than the cell is cut by characters. */
export function wrapLines(doc: Pdf, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = word;
      while (doc.widthOfString(line) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && doc.widthOfString(line.slice(0, cut)) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

type Cursor = { y: number; group: string | null };

/** What a band of the table is in the structure tree: its cells, or nothing (repeated furniture). */
type BandCells = StructElement[] | null;

export class PdfTable {
  private readonly doc: Pdf;
  private readonly tags: PdfStructure;
  private readonly columns: TableColumn[];
  private readonly left: number;
  private readonly cursor: Cursor;
  /** start() was called and the header waits for the first band under it. */
  private headerPending = false;
  private table: StructElement | null = null;

  constructor(tags: PdfStructure, columns: TableColumn[]) {
    this.doc = tags.doc;
    this.tags = tags;
    this.columns = columns;
    this.left = this.doc.page.margins.left;
    this.cursor = { y: this.doc.y, group: null };
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  private get totalWidth(): number {
    return this.columns.reduce((sum, column) => sum + column.width, 0);
  }

  private heightOf(lineCount: number): number {
    return lineCount * LINE_HEIGHT + PAD * 2;
  }

  private get structure(): StructElement {
    this.table ??= this.tags.group('Table');
    return this.table;
  }

  /** A row in the structure tree with one cell per column (or one spanning them all). */
  private structRow(style: 'header' | 'group' | 'body'): StructElement[] {
    const row = this.tags.group('TR', this.structure);
    if (style === 'group') return [this.tags.group('TH', row, { scope: 'Row', colSpan: this.columns.length })];
    return this.columns.map(() =>
      this.tags.group(style === 'header' ? 'TH' : 'TD', row, style === 'header' ? { scope: 'Column' } : {}),
    );
  }

  private drawBand(
    lines: string[][],
    from: number,
    to: number,
    style: 'header' | 'group' | 'body',
    cells: BandCells,
  ): void {
    const doc = this.doc;
    const height = this.heightOf(to - from);
    const top = this.cursor.y;
    const widths = style === 'group' ? [this.totalWidth] : this.columns.map((c) => c.width);
    artifact(doc, () => {
      let x = this.left;
      for (const width of widths) {
        if (style !== 'body')
          doc.rect(x, top, width, height).fill(style === 'header' ? COLORS.tableHeader : COLORS.groupRow);
        doc.rect(x, top, width, height).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
        x += width;
      }
    });
    let x = this.left;
    widths.forEach((width, index) => {
      const cellX = x;
      const draw = () => {
        doc
          .font(style === 'body' ? FONT.regular : FONT.bold)
          .fontSize(FONT_SIZE)
          .fillColor(COLORS.text);
        (lines[index] ?? []).slice(from, to).forEach((line, lineIndex) => {
          doc.text(line, cellX + PAD, top + PAD + lineIndex * LINE_HEIGHT, { lineBreak: false });
        });
      };
      const cell = cells?.[index];
      if (cell) this.tags.more(cell, draw);
      else artifact(doc, draw, 'Pagination');
      x += width;
    });
    this.cursor.y += height;
  }

  private wrapRow(cells: string[], bold: boolean): string[][] {
    this.doc.font(bold ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
    return this.columns.map((column, index) =>
      wrapLines(this.doc, pdfSafe(cells[index] ?? ''), column.width - PAD * 2),
    );
  }

  private wrapGroup(label: string): string[][] {
    this.doc.font(FONT.bold).fontSize(FONT_SIZE);
    return [wrapLines(this.doc, pdfSafe(label), this.totalWidth - PAD * 2)];
  }

  private get headerHeight(): number {
    return this.headerPending ? this.heightOf(1) : 0;
  }

  /** The header row, and the current focus area again when its rows go on. */
  /** The first header is the table's header row; the ones repeated on later pages are furniture. */
  private drawPageTop(continued: boolean): void {
    const first = this.headerPending;
    this.headerPending = false;
    this.drawBand(
      this.wrapRow(
        this.columns.map((c) => c.title),
        true,
      ),
      0,
      1,
      'header',
      first ? this.structRow('header') : null,
    );
    if (continued && this.cursor.group) {
      const lines = this.wrapGroup(`${this.cursor.group} (forts.)`);
      this.drawBand(lines, 0, lines[0]?.length ?? 1, 'group', null);
    }
  }

  private newPage(): void {
    this.doc.addPage();
    this.cursor.y = this.doc.page.margins.top;
    this.drawPageTop(true);
  }

  /** The header is drawn with the first row or focus area (or by finish() when there is none). */
  start(): void {
    this.headerPending = true;
  }

  private drawPendingHeader(): void {
    if (this.headerPending) this.drawPageTop(false);
  }

  /** A focus area label, kept on the same page as at least the first lines of its first row. */
  group(label: string, firstRow: string[] | null): void {
    const lines = this.wrapGroup(label);
    const groupHeight = this.heightOf(lines[0]?.length ?? 1);
    const firstRowHeight = firstRow ? this.heightOf(Math.min(3, this.rowLineCount(firstRow))) : 0;
    if (this.cursor.y + this.headerHeight + groupHeight + firstRowHeight > this.bottom) {
      this.cursor.group = null;
      this.newPage();
    }
    this.drawPendingHeader();
    this.cursor.group = label;
    this.drawBand(lines, 0, lines[0]?.length ?? 1, 'group', this.structRow('group'));
  }

  private rowLineCount(cells: string[]): number {
    return Math.max(1, ...this.wrapRow(cells, false).map((lines) => lines.length));
  }

  row(cells: string[]): void {
    const lines = this.wrapRow(cells, false);
    const total = Math.max(1, ...lines.map((cell) => cell.length));
    const room = this.bottom - this.cursor.y - this.headerHeight;
    if (this.heightOf(total) > room) {
      // A row that would fit on a fresh page moves there whole.
      const freshRoom = this.bottom - this.doc.page.margins.top - this.heightOf(1) * 2;
      if (this.heightOf(total) <= freshRoom || room < this.heightOf(2)) this.newPage();
    }
    this.drawPendingHeader();
    const structCells = this.structRow('body');
    let from = 0;
    while (from < total) {
      const fit = Math.max(1, Math.floor((this.bottom - this.cursor.y - PAD * 2) / LINE_HEIGHT));
      const to = Math.min(total, from + fit);
      this.drawBand(lines, from, to, 'body', structCells);
      from = to;
      if (from < total) this.newPage();
    }
  }

  finish(): void {
    this.drawPendingHeader();
    this.doc.x = this.left;
    this.doc.y = this.cursor.y;
  }
}
