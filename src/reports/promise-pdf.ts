/**
 * The medborgarlöfte as a PDF in the layout the real documents have: title
 * and parties, period, introduction and problem picture, each focus area
 * with its promises as bullets and who answers for them, the prose
 * sections, and the signatures. Tagged for PDF/UA (pdf-tags.ts): the title
 * is H1, the sections H2 and H3, the promises a list, each signature a Div
 * of paragraphs; rules and the lines to write on are artifacts.
 */
import type { PromiseSetDocument } from '../domain/promise-set.ts';
import {
  COLORS,
  FONT,
  artifact,
  collectPdf,
  createPdf,
  ensureSpace,
  finishPages,
  fitLine,
  pdfSafe,
  type Pdf,
} from './pdf-common.ts';
import { PdfStructure, type StructElement } from './pdf-tags.ts';
import {
  buildPromiseContent,
  DRAFT_MARK,
  type ContentBlock,
  type PromiseContent,
  type PromiseRenderOptions,
  type Signature,
} from './promise-content.ts';

export type { PromiseRenderOptions };

const BODY_SIZE = 10.5;
const LINE_GAP = 2.5;

function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function drawTitlePage(tags: PdfStructure, content: PromiseContent): void {
  const doc = tags.doc;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  tags.content(null, 'P', () =>
    doc
      .font(FONT.bold)
      .fontSize(9)
      .fillColor(COLORS.accent)
      .text('MEDBORGARLÖFTE', left, doc.page.margins.top, { width }),
  );
  doc.moveDown(0.6);
  tags.heading(1, content.title, () =>
    doc.font(FONT.bold).fontSize(22).fillColor(COLORS.text).text(pdfSafe(content.title), left, doc.y, { width }),
  );
  doc.moveDown(0.3);
  tags.content(null, 'P', () =>
    doc.font(FONT.regular).fontSize(12.5).fillColor(COLORS.text).text(pdfSafe(content.parties), left, doc.y, { width }),
  );
  const period = content.period;
  if (period) {
    doc.moveDown(0.2);
    tags.content(null, 'P', () =>
      doc.font(FONT.regular).fontSize(10.5).fillColor(COLORS.muted).text(pdfSafe(period), left, doc.y, { width }),
    );
  }
  if (content.isDraft) {
    doc.moveDown(0.5);
    tags.content(null, 'P', () =>
      doc
        .font(FONT.bold)
        .fontSize(10.5)
        .fillColor(COLORS.draft)
        .text(`${DRAFT_MARK} – detta är ett förslag som ännu inte är fastställt`, left, doc.y, { width }),
    );
  }
  doc.moveDown(0.6);
  artifact(doc, () =>
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(1.2)
      .strokeColor(COLORS.accent)
      .stroke(),
  );
  doc.moveDown(0.8);
}

function drawHeading(tags: PdfStructure, level: 1 | 2, text: string): void {
  const doc = tags.doc;
  const size = level === 1 ? 15 : 12;
  // A heading needs room for itself and a couple of lines of what it introduces.
  ensureSpace(doc, size * 2 + BODY_SIZE * 4);
  doc.moveDown(level === 1 ? 0.9 : 0.6);
  tags.heading(level === 1 ? 2 : 3, text, () =>
    doc
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(level === 1 ? COLORS.accent : COLORS.text)
      .text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) }),
  );
  doc.moveDown(0.35);
}

function drawParagraph(tags: PdfStructure, text: string): void {
  const doc = tags.doc;
  tags.content(null, 'P', () =>
    doc
      .font(FONT.regular)
      .fontSize(BODY_SIZE)
      .fillColor(COLORS.text)
      .text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: LINE_GAP }),
  );
  doc.moveDown(0.5);
}

function drawBullet(tags: PdfStructure, text: string, note: string | null): void {
  const doc = tags.doc;
  const indent = 16;
  const left = doc.page.margins.left;
  const width = contentWidth(doc) - indent;
  doc.font(FONT.regular).fontSize(BODY_SIZE);
  const lineHeight = doc.currentLineHeight(true) + LINE_GAP;
  const textHeight = doc.heightOfString(pdfSafe(text), { width, lineGap: LINE_GAP });
  doc.font(FONT.italic).fontSize(9.5);
  const noteHeight = note ? doc.heightOfString(pdfSafe(note), { width, lineGap: 1.5 }) + 4 : 0;
  doc.font(FONT.regular).fontSize(BODY_SIZE);
  // A promise and the line naming who answers for it belong on one page;
  // only a promise too long for that may break, after its first lines.
  const pageRoom = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  const whole = textHeight + noteHeight;
  ensureSpace(doc, whole < pageRoom / 3 ? whole : lineHeight * 3);
  const top = doc.y;
  const drawText = () =>
    doc.fillColor(COLORS.text).text(pdfSafe(text), left + indent, top, { width, lineGap: LINE_GAP });
  const drawNote = (line: string) => () => {
    doc.moveDown(0.15);
    doc
      .font(FONT.italic)
      .fontSize(9.5)
      .fillColor(COLORS.muted)
      .text(pdfSafe(line), left + indent, doc.y, { width, lineGap: 1.5 });
  };
  const label = () => doc.fillColor(COLORS.accent).text('•', left + 3, top, { lineBreak: false });
  if (note) tags.listItem(label, drawText, drawNote(note));
  else tags.listItem(label, drawText);
  doc.moveDown(0.55);
}

const SIGNATURE_HEIGHT = 132;

/**
 * "Datum: ____" with the line drawn out to the column's edge, to write on
 * by hand. The label is text; the underscores are furniture, not read out.
 */
function drawBlankField(
  tags: PdfStructure,
  parent: StructElement,
  label: string,
  at: { x: number; y: number; width: number },
): void {
  const doc = tags.doc;
  const text = `${label}: `;
  let blank = '';
  while (doc.widthOfString(`${text}${blank}_`) <= at.width) blank += '_';
  tags.content(parent, 'P', () => doc.text(text, at.x, at.y, { lineBreak: false }));
  artifact(doc, () => doc.text(blank, at.x + doc.widthOfString(text), at.y, { lineBreak: false }));
}

function drawSignature(tags: PdfStructure, signature: Signature, x: number, top: number, width: number): void {
  const doc = tags.doc;
  const box = tags.group('Div');
  let y = top;
  const label = signature.label;
  if (label) {
    tags.content(box, 'P', () =>
      doc
        .font(FONT.bold)
        .fontSize(10)
        .fillColor(COLORS.text)
        .text(pdfSafe(label), x, y, { width, height: 26, ellipsis: true }),
    );
  }
  // Room to sign by hand above the line, also under a two-line party label.
  y += 56;
  artifact(doc, () =>
    doc
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.7)
      .strokeColor(COLORS.text)
      .stroke(),
  );
  y += 5;
  doc.font(FONT.bold).fontSize(10).fillColor(COLORS.text);
  const name = signature.name;
  if (name) tags.content(box, 'P', () => doc.text(fitLine(doc, pdfSafe(name), width), x, y, { lineBreak: false }));
  else drawBlankField(tags, box, 'Namnförtydligande', { x, y, width });
  doc.font(FONT.regular).fontSize(9.5).fillColor(COLORS.muted);
  const role = signature.role;
  if (role) tags.content(box, 'P', () => doc.text(pdfSafe(role), x, y + 14, { width, height: 24, ellipsis: true }));
  else drawBlankField(tags, box, 'Befattning', { x, y: y + 16, width });
  const date = signature.date;
  if (date) tags.content(box, 'P', () => doc.text(`Datum: ${pdfSafe(date)}`, x, y + 40, { lineBreak: false }));
  else drawBlankField(tags, box, 'Datum', { x, y: y + 40, width });
}

/** Signatures two by two, each pair kept on one page. */
function drawSignatures(tags: PdfStructure, signatures: Signature[]): void {
  const doc = tags.doc;
  const left = doc.page.margins.left;
  const gap = 36;
  const columnWidth = (contentWidth(doc) - gap) / 2;
  doc.moveDown(0.4);
  for (let index = 0; index < signatures.length; index += 2) {
    ensureSpace(doc, SIGNATURE_HEIGHT);
    const top = doc.y;
    signatures.slice(index, index + 2).forEach((signature, column) => {
      drawSignature(tags, signature, left + column * (columnWidth + gap), top, columnWidth);
    });
    doc.x = left;
    doc.y = top + SIGNATURE_HEIGHT;
  }
}

function drawBlock(tags: PdfStructure, block: ContentBlock): void {
  switch (block.kind) {
    case 'heading':
      drawHeading(tags, block.level, block.text);
      return;
    case 'paragraph':
      drawParagraph(tags, block.text);
      return;
    case 'bullet':
      drawBullet(tags, block.text, block.note);
      return;
    case 'signatures':
      drawSignatures(tags, block.signatures);
      return;
  }
}

export async function renderPromiseSetPdf(
  input: PromiseSetDocument,
  options: PromiseRenderOptions = {},
): Promise<Buffer> {
  const content = buildPromiseContent(input);
  const generatedAt = options.generatedAt ?? new Date();
  const doc = createPdf({
    title: content.title,
    subject: `Medborgarlöfte: ${content.parties}`,
    author: content.parties,
    layout: 'portrait',
    generatedAt,
  });
  const bytes = collectPdf(doc);
  const tags = new PdfStructure(doc);
  drawTitlePage(tags, content);
  for (const block of content.blocks) drawBlock(tags, block);
  finishPages(doc, { title: content.title, version: content.version, generatedAt, isDraft: content.isDraft });
  doc.end();
  return bytes;
}
