/**
 * What every PDF report shares: the document set-up (A4, metadata, Swedish
 * language, tagged as PDF/UA-1 with the window showing the title), the
 * embedded typeface and text made safe for it, and the finishing pass that
 * stamps every page with the footer ("Sida 1 av 3") and, for a draft, the
 * UTKAST mark, both as artifacts (page furniture a screen reader skips).
 * The structure of the content itself is built with pdf-tags.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as createFont } from 'fontkit';
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

/**
 * The report typeface, embedded: PDF/UA does not allow the standard
 * Helvetica, which is never embedded and knows only WinAnsi. Arimo has the
 * widths of Helvetica and Arial (so the layout and the chart labels measured
 * for it stay where they were) and covers Swedish, Finnish, Meänkieli and
 * the Sami letters (å ä ö š ž đ ŋ ŧ). pdfkit embeds only the glyphs used.
 */
const FONT_FILES = {
  Arimo: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
  'Arimo-Bold': '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
  'Arimo-Italic': '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf',
} as const;

export const FONT = { regular: 'Arimo', bold: 'Arimo-Bold', italic: 'Arimo-Italic' } as const;

const require = createRequire(import.meta.url);
/**
 * Each face is read and parsed once for the process: parsing (above all the
 * layout tables) costs far more than drawing a short report, and pdfkit
 * takes a parsed font as well as a file. Every document still embeds its
 * own subset.
 */
const FONT_DATA = Object.entries(FONT_FILES).map(([name, file]) => ({
  name,
  font: createFont(readFileSync(require.resolve(file))),
}));

/** Characters every one of the three faces has a glyph for. */
const COVERED: ReadonlySet<number> = (() => {
  const [first, ...rest] = FONT_DATA.map(({ font }) => new Set(font.characterSet));
  const all = new Set<number>();
  for (const code of first ?? []) if (rest.every((set) => set.has(code))) all.add(code);
  return all;
})();

/** Makes the report faces known to a document under the names in FONT. */
export function registerFonts(doc: Pdf): Pdf {
  // The typings know only files and buffers; pdfkit 0.20 takes a fontkit font too.
  for (const { name, font } of FONT_DATA) doc.registerFont(name, font as unknown as Buffer);
  return doc.font(FONT.regular);
}

/**
 * Text as the embedded font can show it: composed first (decomposed
 * letters are common in text pasted from Word or a Mac), invisible
 * characters dropped, and a character the font has no glyph for shown as
 * "?", since PDF/UA forbids pointing at the font's empty .notdef glyph.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code === 0x09) out += ' ';
    else if (code === 0x0a) out += char;
    else if (code === 0xad || code === 0x200b || code === 0xfeff || code < 0x20) continue;
    else out += COVERED.has(code) ? char : '?';
  }
  return out;
}

export type PdfSetup = {
  title: string;
  subject: string;
  author: string;
  layout: 'portrait' | 'landscape';
  generatedAt: Date;
  /** The document's language; Swedish when left out. */
  lang?: string;
};

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * pdfkit copies the title, author and subject into the XMP metadata
 * unescaped, so a title such as "Trygghet & studiero" would make the
 * metadata (which PDF/UA requires to be valid) broken XML. The copy is
 * escaped; the document information dictionary keeps the plain text.
 */
function escapeXmpInfo(doc: Pdf): void {
  const target = doc as unknown as { _addInfo: () => void; info: Record<string, unknown> };
  const addInfo = target._addInfo;
  target._addInfo = function escapedAddInfo(this: typeof target) {
    const plain = this.info;
    this.info = Object.fromEntries(
      Object.entries(plain).map(([key, value]) => [
        key,
        typeof value === 'string' ? value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c) : value,
      ]),
    );
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}

export function createPdf(setup: PdfSetup): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    layout: setup.layout,
    margins: { top: 56, bottom: 64, left: 62, right: 62 },
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    // The typings know only the PDF/A subsets; pdfkit writes pdfuaid:part 1 into the XMP metadata for this one.
    subset: 'PDF/UA' as unknown as 'PDF/A-1',
    tagged: true,
    lang: setup.lang ?? 'sv-SE',
    displayTitle: true,
    info: {
      Title: setup.title.normalize('NFC'),
      Subject: setup.subject.normalize('NFC'),
      Author: setup.author.normalize('NFC'),
      Creator: 'Medborgarlöfte-plattformen',
      Producer: 'Medborgarlöfte-plattformen',
      CreationDate: setup.generatedAt,
      ModDate: setup.generatedAt,
    },
  });
  escapeXmpInfo(doc);
  registerFonts(doc);
  doc.addPage();
  return doc;
}

/**
 * Draws page furniture (rules, boxes, footers, stamps) outside the
 * structure tree, so a screen reader skips it. Never call it while a
 * structure element's content is open: pdfkit closes that content first.
 */
export function artifact(doc: Pdf, draw: () => void, type: 'Pagination' | 'Layout' = 'Layout'): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
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
  // The draft line under the title says it in words; the stamp is furniture.
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
    artifact(doc, () => drawFooter(doc, footer, index, range.count), 'Pagination');
    doc.page.margins.bottom = bottom;
  }
}

function drawFooter(doc: Pdf, footer: Footer, index: number, count: number): void {
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
  const right = [footer.version !== null ? `Version ${footer.version}` : null, `Sida ${index + 1} av ${count}`]
    .filter((part) => part !== null)
    .join('  ·  ');
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLORS.muted);
  const rightWidth = doc.widthOfString(right);
  doc.text(fitLine(doc, pdfSafe(footer.title), width - rightWidth - 24), left, y, { lineBreak: false });
  doc.text(right, left + width - rightWidth, y, { lineBreak: false });
  doc.text(`Utskriven ${formatGeneratedAtSv(footer.generatedAt)}`, left, y + 11, { lineBreak: false });
}
