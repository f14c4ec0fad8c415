/**
 * What both PDF reports share: the document set-up (A4, metadata, Swedish
 * language), text made safe for the standard fonts, and the finishing pass
 * that stamps every page with the footer ("Sida 1 av 3") and, for a draft,
 * the UTKAST mark.
 */
import PDFDocument from 'pdfkit';
import { DRAFT_MARK } from './promise-content.ts';
import { formatGeneratedAtSv } from './text-sv.ts';

export type Pdf = InstanceType<typeof PDFDocument>;

export const COLORS = {
  text: '#1b1b1b',
  muted: '#4a4f55',
  accent: '#0b3a6e',
  rule: '#9aa5b1',
  tableHeader: '#e3e9f0',
  groupRow: '#f3f5f8',
  draft: '#b3261e',
} as const;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

/** Characters outside WinAnsi that Swedish text often carries, with a printable stand-in. */
const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2032': "'",
  '\u2033': '"',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2022': '•',
  '\u25CF': '•',
  '\u25AA': '•',
  '\u2013': '–',
  '\u2014': '—',
};

/** Code points above 0xFF that pdfkit maps into WinAnsi itself (quotes, dashes, €, …). */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/**
 * Helvetica in a PDF only knows WinAnsi: å ä ö é ü and typographic quotes
 * are fine, but decomposed letters (common in text pasted from Word or a
 * Mac) and other symbols would print as garbage. Compose first, swap the
 * usual symbols, and show the rest as "?" rather than corrupt the line.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const replaced = REPLACEMENTS[char];
    if (replaced !== undefined) {
      out += replaced;
      continue;
    }
    const code = char.codePointAt(0) ?? 0x3f;
    if (code === 0x09) out += ' ';
    else if (code === 0xad || code === 0x200b || code === 0xfeff) continue;
    else if (code < 0x20 && code !== 0x0a) continue;
    else if ((code >= 0x20 && code < 0x7f) || code === 0x0a || (code >= 0xa0 && code <= 0xff)) out += char;
    else if (WIN_ANSI_EXTRA.has(code)) out += char;
    else out += '?';
  }
  return out;
}

export type PdfSetup = {
  title: string;
  subject: string;
  author: string;
  layout: 'portrait' | 'landscape';
  generatedAt: Date;
};

export function createPdf(setup: PdfSetup): Pdf {
  return new PDFDocument({
    size: 'A4',
    layout: setup.layout,
    margins: { top: 56, bottom: 64, left: 62, right: 62 },
    bufferPages: true,
    autoFirstPage: true,
    lang: 'sv-SE',
    displayTitle: true,
    info: {
      Title: pdfSafe(setup.title),
      Subject: pdfSafe(setup.subject),
      Author: pdfSafe(setup.author),
      Creator: 'Medborgarlöfte-plattformen',
      Producer: 'Medborgarlöfte-plattformen',
      CreationDate: setup.generatedAt,
      ModDate: setup.generatedAt,
    },
  });
}

/** Collects the PDF bytes; call before drawing so no chunk is missed. */
export function collectPdf(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** Starts a new page when fewer than `needed` points are left, so blocks are not orphaned. */
export function ensureSpace(doc: Pdf, needed: number): void {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function drawDraftMark(doc: Pdf): void {
  const { width, height } = doc.page;
  doc.save();
  doc.rotate(-35, { origin: [width / 2, height / 2] });
  doc.font(FONT.bold).fontSize(120).fillColor(COLORS.draft).fillOpacity(0.12);
  const textWidth = doc.widthOfString(DRAFT_MARK);
  doc.text(DRAFT_MARK, width / 2 - textWidth / 2, height / 2 - 60, { lineBreak: false });
  doc.restore();
  doc.font(FONT.bold).fontSize(9).fillColor(COLORS.draft).fillOpacity(1);
  doc.text(`${DRAFT_MARK} – inte fastställt`, doc.page.margins.left, 28, { lineBreak: false });
}

/** Shortens a one-line text with "…" until it fits; pdfkit's own ellipsis needs wrapping on. */
export function fitLine(doc: Pdf, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.widthOfString(`${text.slice(0, end).trimEnd()}…`) > width) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

export type Footer = { title: string; version: number | null; generatedAt: Date; isDraft: boolean };

/**
 * Stamps every buffered page. The footer sits in the bottom margin, so the
 * margin is lifted while writing; otherwise pdfkit would open a new page.
 */
export function finishPages(doc: Pdf, footer: Footer): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    if (footer.isDraft) drawDraftMark(doc);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const y = doc.page.height - 44;
    doc
      .moveTo(left, y - 6)
      .lineTo(left + width, y - 6)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    const right = [footer.version !== null ? `Version ${footer.version}` : null, `Sida ${index + 1} av ${range.count}`]
      .filter((part) => part !== null)
      .join('  ·  ');
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLORS.muted);
    const rightWidth = doc.widthOfString(right);
    doc.text(fitLine(doc, pdfSafe(footer.title), width - rightWidth - 24), left, y, { lineBreak: false });
    doc.text(right, left + width - rightWidth, y, { lineBreak: false });
    doc.text(`Utskriven ${formatGeneratedAtSv(footer.generatedAt)}`, left, y + 11, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
