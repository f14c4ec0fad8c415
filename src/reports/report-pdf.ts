/**
 * A report (report-blocks.ts) as a portrait A4 PDF in the house layout of
 * the medborgarlöfte: the same title block, fonts, colours, footer with
 * "Sida n av N" and UTKAST stamp (pdf-common.ts), tables that break across
 * pages (pdf-table.ts), and charts drawn as vectors (charts-pdf.ts).
 * Tagged for PDF/UA (pdf-tags.ts): the title is H1, the report's headings
 * H2 and H3, bullets a list, a chart a figure with its description as
 * alternative text, and boxes, rules and the page stamps artifacts.
 */
import { drawChartPdf } from './charts-pdf.ts';
import {
  COLORS,
  FONT,
  artifact,
  collectPdf,
  createPdf,
  ensureSpace,
  finishPages,
  pdfSafe,
  type Pdf,
} from './pdf-common.ts';
import { PdfStructure } from './pdf-tags.ts';
import { PdfTable } from './pdf-table.ts';
import {
  DRAFT_LINE,
  type Report,
  type ReportBlock,
  type ReportMark,
  type ReportRenderOptions,
  type TableBlock,
  type Tone,
} from './report-blocks.ts';

const BODY_SIZE = 10.5;
const LINE_GAP = 2.5;
const TONE_COLOR: Record<Tone, string> = { normal: COLORS.text, muted: COLORS.muted, alert: COLORS.draft };
const BAND = {
  alert: { fill: '#fbeaea', text: COLORS.draft },
  info: { fill: '#e3e9f0', text: COLORS.accent },
} as const;

function contentWidth(doc: Pdf): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function drawTitle(tags: PdfStructure, report: Report): void {
  const doc = tags.doc;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  tags.content(null, 'P', () =>
    doc
      .font(FONT.bold)
      .fontSize(9)
      .fillColor(COLORS.accent)
      .text(pdfSafe(report.kicker), left, doc.page.margins.top, { width }),
  );
  doc.moveDown(0.6);
  tags.heading(1, report.title, () =>
    doc.font(FONT.bold).fontSize(20).fillColor(COLORS.text).text(pdfSafe(report.title), left, doc.y, { width }),
  );
  doc.moveDown(0.3);
  for (const line of report.subtitle) {
    tags.content(null, 'P', () =>
      doc.font(FONT.regular).fontSize(10.5).fillColor(COLORS.muted).text(pdfSafe(line), left, doc.y, { width }),
    );
    doc.moveDown(0.15);
  }
  if (report.isDraft) {
    doc.moveDown(0.35);
    tags.content(null, 'P', () =>
      doc.font(FONT.bold).fontSize(10.5).fillColor(COLORS.draft).text(DRAFT_LINE, left, doc.y, { width }),
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
  doc.moveDown(0.6);
}

function drawHeading(tags: PdfStructure, level: 1 | 2, text: string, newPage: boolean): void {
  const doc = tags.doc;
  const size = level === 1 ? 14.5 : 11.5;
  if (newPage) doc.addPage();
  else {
    ensureSpace(doc, size * 2 + BODY_SIZE * 5);
    doc.moveDown(level === 1 ? 0.9 : 0.5);
  }
  tags.heading(level === 1 ? 2 : 3, text, () =>
    doc
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(level === 1 ? COLORS.accent : COLORS.text)
      .text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) }),
  );
  doc.moveDown(0.35);
}

function drawParagraph(tags: PdfStructure, text: string, tone: Tone): void {
  const doc = tags.doc;
  tags.content(null, 'P', () =>
    doc
      .font(tone === 'muted' ? FONT.italic : FONT.regular)
      .fontSize(BODY_SIZE)
      .fillColor(TONE_COLOR[tone])
      .text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc), lineGap: LINE_GAP }),
  );
  doc.moveDown(0.5);
}

function drawBullet(tags: PdfStructure, text: string): void {
  const doc = tags.doc;
  const indent = 16;
  const left = doc.page.margins.left;
  doc.font(FONT.regular).fontSize(BODY_SIZE);
  ensureSpace(doc, (doc.currentLineHeight(true) + LINE_GAP) * 2);
  const top = doc.y;
  tags.listItem(
    () => doc.fillColor(COLORS.accent).text('•', left + 3, top, { lineBreak: false }),
    () =>
      doc
        .fillColor(COLORS.text)
        .text(pdfSafe(text), left + indent, top, { width: contentWidth(doc) - indent, lineGap: LINE_GAP }),
  );
  doc.moveDown(0.35);
}

/** A framed box with an accent bar: the result in one line and the counts under it. */
function drawFacts(tags: PdfStructure, headline: string, lines: string[]): void {
  const doc = tags.doc;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const pad = 12;
  doc.font(FONT.bold).fontSize(15);
  const headHeight = doc.heightOfString(pdfSafe(headline), { width: width - pad * 2 - 4 });
  doc.font(FONT.regular).fontSize(10);
  const bodyHeight = lines.reduce(
    (sum, line) => sum + doc.heightOfString(pdfSafe(line), { width: width - pad * 2 - 4 }) + 2,
    0,
  );
  const height = pad * 2 + headHeight + 6 + bodyHeight;
  ensureSpace(doc, height + 8);
  const top = doc.y;
  artifact(doc, () => {
    doc.rect(left, top, width, height).fill(COLORS.groupRow);
    doc.rect(left, top, 4, height).fill(COLORS.accent);
  });
  tags.content(null, 'P', () =>
    doc
      .font(FONT.bold)
      .fontSize(15)
      .fillColor(COLORS.text)
      .text(pdfSafe(headline), left + pad + 4, top + pad, { width: width - pad * 2 - 4 }),
  );
  doc.moveDown(0.3);
  for (const line of lines) {
    tags.content(null, 'P', () =>
      doc
        .font(FONT.regular)
        .fontSize(10)
        .fillColor(COLORS.text)
        .text(pdfSafe(line), left + pad + 4, doc.y, { width: width - pad * 2 - 4 }),
    );
    doc.moveDown(0.15);
  }
  doc.x = left;
  doc.y = top + height + 10;
}

function drawBanner(tags: PdfStructure, text: string, tone: 'alert' | 'info'): void {
  const doc = tags.doc;
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  doc.font(FONT.bold).fontSize(10);
  const height = doc.heightOfString(pdfSafe(text), { width: width - 20 }) + 14;
  ensureSpace(doc, height + BODY_SIZE * 4);
  const top = doc.y;
  artifact(doc, () => {
    doc.rect(left, top, width, height).fill(BAND[tone].fill);
    doc.rect(left, top, width, height).lineWidth(1).strokeColor(BAND[tone].text).stroke();
  });
  tags.content(null, 'P', () =>
    doc
      .font(FONT.bold)
      .fontSize(10)
      .fillColor(BAND[tone].text)
      .text(pdfSafe(text), left + 10, top + 7, { width: width - 20 }),
  );
  doc.x = left;
  doc.y = top + height + 8;
}

function drawChart(tags: PdfStructure, block: Extract<ReportBlock, { kind: 'chart' }>): void {
  const doc = tags.doc;
  ensureSpace(doc, block.chart.height + 30);
  const top = doc.y;
  const left = doc.page.margins.left;
  const { chart } = block;
  tags.content(null, 'Figure', () => drawChartPdf(doc, chart, left, top), {
    alt: chart.description,
    bbox: [left, top, left + chart.width, top + chart.height],
  });
  doc.x = left;
  doc.y = top + chart.height + 4;
  tags.content(null, 'P', () =>
    doc
      .font(FONT.italic)
      .fontSize(8.5)
      .fillColor(COLORS.muted)
      .text(pdfSafe(block.caption), left, doc.y, { width: contentWidth(doc) }),
  );
  doc.moveDown(0.6);
}

function drawTable(tags: PdfStructure, block: TableBlock): void {
  const doc = tags.doc;
  const width = contentWidth(doc);
  ensureSpace(doc, 60);
  const table = new PdfTable(
    tags,
    block.columns.map((column) => ({ title: column.title, width: width * column.share })),
  );
  table.start();
  for (const row of block.rows) table.row(row);
  table.finish();
  doc.y += 10;
}

function drawBlock(tags: PdfStructure, block: ReportBlock): void {
  switch (block.kind) {
    case 'heading':
      drawHeading(tags, block.level, block.text, block.newPage === true);
      return;
    case 'paragraph':
      drawParagraph(tags, block.text, block.tone);
      return;
    case 'bullet':
      drawBullet(tags, block.text);
      return;
    case 'facts':
      drawFacts(tags, block.headline, block.lines);
      return;
    case 'banner':
      drawBanner(tags, block.text, block.tone);
      return;
    case 'chart':
      drawChart(tags, block);
      return;
    case 'table':
      drawTable(tags, block);
      return;
  }
}

/** The classification at the top right of every page, above the margin; the report opens with it as a banner too. */
function stampMark(doc: Pdf, mark: ReportMark): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const width = contentWidth(doc);
    artifact(
      doc,
      () => {
        doc.font(FONT.bold).fontSize(9).fillColor(BAND[mark.tone].text);
        const text = pdfSafe(mark.text);
        doc.text(text, doc.page.margins.left + width - doc.widthOfString(text), 28, { lineBreak: false });
      },
      'Pagination',
    );
  }
}

export async function renderReportPdf(report: Report, options: ReportRenderOptions = {}): Promise<Buffer> {
  const generatedAt = options.generatedAt ?? new Date();
  const doc = createPdf({
    title: report.title,
    subject: report.subject,
    author: report.author,
    layout: 'portrait',
    generatedAt,
  });
  const bytes = collectPdf(doc);
  const tags = new PdfStructure(doc);
  drawTitle(tags, report);
  for (const block of report.blocks) drawBlock(tags, block);
  if (report.mark) stampMark(doc, report.mark);
  finishPages(doc, { title: report.title, version: null, generatedAt, isDraft: report.isDraft });
  doc.end();
  return bytes;
}
