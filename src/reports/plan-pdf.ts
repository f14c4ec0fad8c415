/**
 * The genomförandeplan as a landscape A4 PDF: a heading naming the promise
 * and its parties, then one table with a row per commitment under its focus
 * area, as the Norsjö plan is laid out. Tagged for PDF/UA: the title is
 * the H1, the table a Table (pdf-table.ts).
 */
import type { PromiseSetDocument } from '../domain/promise-set.ts';
import { COLORS, FONT, collectPdf, createPdf, finishPages, pdfSafe } from './pdf-common.ts';
import { PdfStructure } from './pdf-tags.ts';
import { PdfTable, type TableColumn } from './pdf-table.ts';
import { PLAN_COLUMNS_SV, implementationPlanGroups, rowCells } from './plan-rows.ts';
import { DRAFT_MARK, type PromiseRenderOptions } from './promise-content.ts';
import { documentTitleSv, partiesLineSv, periodSv } from './text-sv.ts';

/** Share of the table width per column: Vad needs the most room. */
const COLUMN_SHARES = [0.33, 0.16, 0.17, 0.15, 0.19] as const;

function drawPlanHeading(tags: PdfStructure, input: PromiseSetDocument, isDraft: boolean): void {
  const doc = tags.doc;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  tags.content(null, 'P', () =>
    doc
      .font(FONT.bold)
      .fontSize(9)
      .fillColor(COLORS.accent)
      .text('GENOMFÖRANDEPLAN', left, doc.page.margins.top, { width }),
  );
  doc.moveDown(0.4);
  const title = documentTitleSv(input);
  tags.heading(1, title, () =>
    doc.font(FONT.bold).fontSize(18).fillColor(COLORS.text).text(pdfSafe(title), left, doc.y, { width }),
  );
  const period = periodSv(input.period);
  const subtitle = [partiesLineSv(input), period ? `Period: ${period}` : null].filter((p) => p !== null).join('  ·  ');
  doc.moveDown(0.2);
  tags.content(null, 'P', () =>
    doc.font(FONT.regular).fontSize(10.5).fillColor(COLORS.muted).text(pdfSafe(subtitle), left, doc.y, { width }),
  );
  if (isDraft) {
    doc.moveDown(0.3);
    tags.content(null, 'P', () =>
      doc
        .font(FONT.bold)
        .fontSize(10)
        .fillColor(COLORS.draft)
        .text(`${DRAFT_MARK} – planen är inte fastställd`, left, doc.y, { width }),
    );
  }
  doc.moveDown(0.8);
}

export async function renderImplementationPlanPdf(
  input: PromiseSetDocument,
  options: PromiseRenderOptions = {},
): Promise<Buffer> {
  const generatedAt = options.generatedAt ?? new Date();
  const title = `Genomförandeplan – ${documentTitleSv(input)}`;
  const isDraft = input.status === 'draft';
  const doc = createPdf({
    title,
    subject: 'Genomförandeplan för medborgarlöfte',
    author: partiesLineSv(input),
    layout: 'landscape',
    generatedAt,
  });
  const bytes = collectPdf(doc);
  const tags = new PdfStructure(doc);
  drawPlanHeading(tags, input, isDraft);
  const tableWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const columns: TableColumn[] = PLAN_COLUMNS_SV.map((name, index) => ({
    title: name,
    width: tableWidth * (COLUMN_SHARES[index] ?? 0.2),
  }));
  const table = new PdfTable(tags, columns);
  table.start();
  const groups = implementationPlanGroups(input);
  for (const group of groups) {
    const first = group.rows[0];
    if (group.focusArea !== '') table.group(group.focusArea, first ? rowCells(first) : null);
    for (const row of group.rows) table.row(rowCells(row));
  }
  if (groups.length === 0) table.row(['Inga åtaganden ännu.', '', '', '', '']);
  table.finish();
  finishPages(doc, { title, version: input.version ?? null, generatedAt, isDraft });
  doc.end();
  return bytes;
}
