/**
 * The genomförandeplan as a Word table on landscape pages. The header row is
 * marked as repeating (w:tblHeader), so Word prints it on every page; each
 * focus area is a full-width row above its commitments.
 */
import { HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PromiseSetDocument } from '../domain/promise-set.ts';
import { ACCENT, DRAFT_COLOR, MUTED, renderWordDocument } from './docx-common.ts';
import { PLAN_COLUMNS_SV, implementationPlanGroups, rowCells } from './plan-rows.ts';
import { DRAFT_MARK, type PromiseRenderOptions } from './promise-content.ts';
import { documentTitleSv, partiesLineSv, periodSv } from './text-sv.ts';

const COLUMN_SHARES = [33, 16, 17, 15, 19] as const;
/** Landscape A4 (16 838 twips) less two 1 134-twip margins. */
const TABLE_TWIPS = 16838 - 2 * 1134;

function cellParagraphs(text: string, bold: boolean): Paragraph[] {
  // Line breaks inside a cell are kept as separate paragraphs.
  return text
    .split('\n')
    .map((line) => new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: line, bold, size: 18 })] }));
}

function headerRow(): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: PLAN_COLUMNS_SV.map(
      (title, index) =>
        new TableCell({
          width: { size: COLUMN_SHARES[index] ?? 20, type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, fill: 'E3E9F0', color: 'auto' },
          children: cellParagraphs(title, true),
        }),
    ),
  });
}

function groupRow(label: string): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        columnSpan: PLAN_COLUMNS_SV.length,
        shading: { type: ShadingType.CLEAR, fill: 'F3F5F8', color: 'auto' },
        children: [
          new Paragraph({
            keepNext: true,
            children: [new TextRun({ text: label, bold: true, size: 19, color: ACCENT })],
          }),
        ],
      }),
    ],
  });
}

function bodyRow(cells: string[]): TableRow {
  return new TableRow({
    children: cells.map(
      (text, index) =>
        new TableCell({
          width: { size: COLUMN_SHARES[index] ?? 20, type: WidthType.PERCENTAGE },
          children: cellParagraphs(text, false),
        }),
    ),
  });
}

function planTable(input: PromiseSetDocument): Table {
  const rows: TableRow[] = [headerRow()];
  for (const group of implementationPlanGroups(input)) {
    if (group.focusArea !== '') rows.push(groupRow(group.focusArea));
    for (const row of group.rows) rows.push(bodyRow(rowCells(row)));
  }
  if (rows.length === 1) rows.push(bodyRow(['Inga åtaganden ännu.', '', '', '', '']));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: COLUMN_SHARES.map((share) => Math.floor((TABLE_TWIPS * share) / 100)),
    rows,
  });
}

export async function renderImplementationPlanDocx(
  input: PromiseSetDocument,
  options: PromiseRenderOptions = {},
): Promise<Buffer> {
  const title = `Genomförandeplan – ${documentTitleSv(input)}`;
  const period = periodSv(input.period);
  const isDraft = input.status === 'draft';
  const intro = [
    new Paragraph({
      children: [new TextRun({ text: 'GENOMFÖRANDEPLAN', bold: true, size: 18, color: ACCENT, characterSpacing: 30 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: documentTitleSv(input) }),
    new Paragraph({
      children: [
        new TextRun({
          text: [partiesLineSv(input), period ? `Period: ${period}` : null].filter((p) => p !== null).join('  ·  '),
          color: MUTED,
        }),
      ],
    }),
  ];
  if (isDraft)
    intro.push(
      new Paragraph({
        children: [new TextRun({ text: `${DRAFT_MARK} – planen är inte fastställd`, bold: true, color: DRAFT_COLOR })],
      }),
    );
  return renderWordDocument({
    title,
    subject: 'Genomförandeplan för medborgarlöfte',
    creator: partiesLineSv(input),
    landscape: true,
    isDraft,
    version: input.version ?? null,
    generatedAt: options.generatedAt ?? new Date(),
    children: [...intro, planTable(input)],
  });
}
