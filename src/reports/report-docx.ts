/**
 * A report (report-blocks.ts) as a Word file with the same content and
 * order as the PDF: real Title/Heading1/Heading2 paragraphs, tables whose
 * header row repeats on every page, the chart as SVG with a PNG fallback,
 * and the house footer and UTKAST header (docx-common.ts).
 */
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import { chartParagraph } from './charts-docx.ts';
import { ACCENT, DRAFT_COLOR, MUTED, mutedRun, renderWordDocument } from './docx-common.ts';
import {
  DRAFT_LINE,
  footerTitle,
  type Report,
  type ReportBlock,
  type ReportMark,
  type ReportRenderOptions,
  type TableBlock,
  type Tone,
} from './report-blocks.ts';

/** Portrait A4 (11 906 twips) less two 1 134-twip margins. */
const TABLE_TWIPS = 11906 - 2 * 1134;
const MARK_COLOR: Record<ReportMark['tone'], string> = { alert: DRAFT_COLOR, info: ACCENT };
const MARK_FILL: Record<ReportMark['tone'], string> = { alert: 'FBEAEA', info: 'E3E9F0' };
const TONE_COLOR: Record<Tone, string | undefined> = { normal: undefined, muted: MUTED, alert: DRAFT_COLOR };

function titleBlock(report: Report): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      children: [new TextRun({ text: report.kicker, bold: true, size: 18, color: ACCENT, characterSpacing: 30 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: report.title }),
    ...report.subtitle.map(
      (line) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: line, color: MUTED })] }),
    ),
  ];
  if (report.isDraft)
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: DRAFT_LINE, bold: true, color: DRAFT_COLOR })] }));
  return paragraphs;
}

function cellParagraphs(text: string, bold: boolean): Paragraph[] {
  return text
    .split('\n')
    .map((line) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: line, bold, size: 18 })] }));
}

function table(block: TableBlock): Table {
  const widths = block.columns.map((column) => Math.floor(TABLE_TWIPS * column.share));
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      shading: header ? { type: ShadingType.CLEAR, fill: 'E3E9F0', color: 'auto' } : undefined,
      children: cellParagraphs(text, header),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, index) => cell(column.title, index, true)),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: block.columns.map((_, index) => cell(row[index] ?? '', index, false)),
      }),
  );
  return new Table({
    width: { size: TABLE_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

/**
 * The result box: shaded paragraphs with an accent rule on the left. Not a
 * one-cell table: a table without a header row reads as a data table to a
 * screen reader and Word's accessibility check.
 */
function facts(headline: string, lines: string[]): Paragraph[] {
  const box = {
    shading: { type: ShadingType.CLEAR, fill: 'F3F5F8', color: 'auto' },
    border: { left: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 12 } },
    indent: { left: 240, right: 240 },
    keepNext: true,
    keepLines: true,
  };
  const last = lines.length - 1;
  return [
    new Paragraph({
      ...box,
      spacing: { before: 120, after: 80 },
      children: [new TextRun({ text: headline, bold: true, size: 30 })],
    }),
    ...lines.map(
      (line, index) =>
        new Paragraph({
          ...box,
          keepNext: index < last,
          spacing: { after: index === last ? 240 : 40 },
          children: [new TextRun({ text: line, size: 20 })],
        }),
    ),
  ];
}

function banner(text: string, tone: ReportMark['tone']): Paragraph {
  const line = { style: BorderStyle.SINGLE, size: 8, color: MARK_COLOR[tone], space: 4 };
  return new Paragraph({
    keepNext: true,
    shading: { type: ShadingType.CLEAR, fill: MARK_FILL[tone], color: 'auto' },
    border: { top: line, bottom: line, left: line, right: line },
    spacing: { before: 120, after: 200 },
    children: [new TextRun({ text, bold: true, color: MARK_COLOR[tone] })],
  });
}

function blockToWord(block: ReportBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          text: block.text,
          pageBreakBefore: block.newPage === true,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, color: TONE_COLOR[block.tone], italics: block.tone === 'muted' })],
        }),
      ];
    case 'bullet':
      return [new Paragraph({ bullet: { level: 0 }, text: block.text })];
    case 'facts':
      return facts(block.headline, block.lines);
    case 'banner':
      return [banner(block.text, block.tone)];
    case 'chart':
      return [chartParagraph(block.chart), new Paragraph({ children: [mutedRun(block.caption, true)] })];
    case 'table':
      return [table(block), new Paragraph({ text: '' })];
  }
}

export async function renderReportDocx(report: Report, options: ReportRenderOptions = {}): Promise<Buffer> {
  return renderWordDocument({
    title: footerTitle(report),
    subject: report.subject,
    creator: report.author,
    landscape: false,
    isDraft: report.isDraft,
    version: null,
    generatedAt: options.generatedAt ?? new Date(),
    children: [...titleBlock(report), ...report.blocks.flatMap(blockToWord)],
  });
}
