/**
 * Builds PDFs in memory for tests with pdfkit, in the layouts promises are
 * published in: one column, two columns, a genomförandeplan table, a scan
 * without a text layer. Every page may carry a running header, a footer and
 * a page number, as exported promises do. No binary fixture in the tree.
 */
import PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export type PdfPart =
  | { title: string }
  | { heading: string }
  | { lines: string[] }
  | { paragraph: string }
  | { columns: [string[], string[]] }
  | { table: string[][]; widths: number[] }
  | { image: true }
  | { pageBreak: true };

export interface PdfOptions {
  header?: string;
  /** "Sida {n} av {total}" style footer; {n} and {total} are filled in. */
  footer?: string;
}

const LEFT = 56;
const WIDTH = 483;
const BODY = 11;

function finished(doc: Doc): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
}

function table(doc: Doc, rows: string[][], widths: number[]): void {
  for (const row of rows) {
    const height = Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 80) - 8 })));
    // A row is kept on one page, as word processors do by default.
    if (doc.y + height > doc.page.height - doc.page.margins.bottom - 4) doc.addPage();
    const top = doc.y;
    let x = LEFT;
    row.forEach((cell, i) => {
      doc.text(cell, x, top, { width: (widths[i] ?? 80) - 8 });
      x += widths[i] ?? 80;
    });
    doc.y = top + height + 8;
  }
  doc.x = LEFT;
}

function columns(doc: Doc, [left, right]: [string[], string[]]): void {
  const top = doc.y;
  const half = (WIDTH - 30) / 2;
  doc.text(left.join('\n'), LEFT, top, { width: half });
  const leftEnd = doc.y;
  doc.text(right.join('\n'), LEFT + half + 30, top, { width: half });
  doc.x = LEFT;
  doc.y = Math.max(leftEnd, doc.y) + 6;
}

function part(doc: Doc, p: PdfPart): void {
  if ('title' in p) doc.fontSize(20).text(p.title, LEFT).moveDown(0.5).fontSize(BODY);
  else if ('heading' in p) doc.fontSize(14).text(p.heading, LEFT).moveDown(0.3).fontSize(BODY);
  // Lines placed one by one: the test decides where a line ends (a hyphenated word, a short last line).
  else if ('lines' in p) {
    let y = doc.y;
    for (const line of p.lines) {
      doc.text(line, LEFT, y, { lineBreak: false });
      y += doc.currentLineHeight(true);
    }
    doc.x = LEFT;
    doc.y = y + BODY * 0.8;
  } else if ('paragraph' in p) doc.text(p.paragraph, LEFT, doc.y, { width: WIDTH }).moveDown(0.6);
  else if ('columns' in p) columns(doc, p.columns);
  else if ('table' in p) table(doc, p.table, p.widths);
  else if ('image' in p) {
    // What a scanner gives: marks on the page, no text layer.
    for (let i = 0; i < 30; i++) doc.rect(LEFT, 80 + i * 20, WIDTH - (i % 7) * 40, 9).fill('#333333');
  } else doc.addPage();
}

export async function buildPdf(parts: PdfPart[], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: LEFT, right: LEFT },
    bufferPages: true,
  });
  const done = finished(doc);
  doc.font('Helvetica').fontSize(BODY);
  for (const p of parts) part(doc, p);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    if (options.header) doc.fontSize(9).text(options.header, LEFT, 30, { lineBreak: false });
    const footer = options.footer?.replace('{n}', String(i + 1)).replace('{total}', String(range.count));
    if (footer) doc.fontSize(9).text(footer, LEFT, doc.page.height - 45, { lineBreak: false });
    doc.page.margins = margins;
  }
  doc.end();
  return done;
}

/** A PDF of `pages` pages, each with one short line: more pages than the importer reads. */
export async function buildManyPages(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const done = finished(doc);
  for (let i = 0; i < pages; i++) {
    if (i > 0) doc.addPage();
    doc.text(`Sida ${i + 1}: Polisen genomför en kontroll.`);
  }
  doc.end();
  return done;
}
