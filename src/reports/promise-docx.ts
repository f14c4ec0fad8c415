/**
 * The medborgarlöfte as a Word file with the same content and order as the
 * PDF (both walk promise-content.ts): real Heading1/Heading2 paragraphs,
 * bullet lists, and a table to sign in.
 */
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { PromiseSetDocument } from '../domain/promise-set.ts';
import { ACCENT, DRAFT_COLOR, MUTED, mutedRun, renderWordDocument } from './docx-common.ts';
import {
  buildPromiseContent,
  DRAFT_MARK,
  type ContentBlock,
  type PromiseContent,
  type PromiseRenderOptions,
  type Signature,
} from './promise-content.ts';

function titleBlock(content: PromiseContent): Paragraph[] {
  const paragraphs = [
    new Paragraph({
      children: [new TextRun({ text: 'MEDBORGARLÖFTE', bold: true, size: 18, color: ACCENT, characterSpacing: 30 })],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: content.title }),
    new Paragraph({ children: [new TextRun({ text: content.parties, size: 25 })] }),
  ];
  if (content.period)
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: content.period, color: MUTED })] }));
  if (content.isDraft) {
    paragraphs.push(
      new Paragraph({
        children: [
          new TextRun({
            text: `${DRAFT_MARK} – detta är ett förslag som ännu inte är fastställt`,
            bold: true,
            color: DRAFT_COLOR,
          }),
        ],
      }),
    );
  }
  return paragraphs;
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const SIGN_LINE = { style: BorderStyle.SINGLE, size: 6, color: '1B1B1B' };
const BLANK = '____________________________';

/** One signature cell: room to sign above a line, then name, role and date. */
function signatureCell(signature: Signature): TableCell {
  const children: Paragraph[] = [];
  children.push(
    new Paragraph({ children: [new TextRun({ text: signature.label ?? '', bold: true })], spacing: { after: 600 } }),
  );
  children.push(
    new Paragraph({
      border: { top: SIGN_LINE },
      children: [new TextRun({ text: signature.name ?? `Namnförtydligande: ${BLANK}`, bold: true })],
      spacing: { after: 0 },
    }),
  );
  children.push(
    new Paragraph({ children: [mutedRun(signature.role ?? `Befattning: ${BLANK}`)], spacing: { after: 120 } }),
  );
  children.push(new Paragraph({ children: [mutedRun(`Datum: ${signature.date ?? BLANK}`)] }));
  return new TableCell({
    width: { size: 50, type: WidthType.PERCENTAGE },
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
    margins: { right: 400, bottom: 300 },
    children,
  });
}

/** Signatures two to a row; rows are not split across pages. */
function signatureTable(signatures: Signature[]): Table {
  const rows: TableRow[] = [];
  for (let index = 0; index < signatures.length; index += 2) {
    const pair = signatures.slice(index, index + 2);
    const cells = pair.map(signatureCell);
    if (cells.length === 1) {
      cells.push(
        new TableCell({
          width: { size: 50, type: WidthType.PERCENTAGE },
          borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
          children: [new Paragraph('')],
        }),
      );
    }
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows,
  });
}

function blockToWord(block: ContentBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          text: block.text,
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'bullet': {
      const lines: Paragraph[] = [
        new Paragraph({
          bullet: { level: 0 },
          keepNext: block.note !== null,
          spacing: { after: block.note ? 20 : 120 },
          text: block.text,
        }),
      ];
      if (block.note) {
        lines.push(
          new Paragraph({ indent: { left: 720 }, spacing: { after: 140 }, children: [mutedRun(block.note, true)] }),
        );
      }
      return lines;
    }
    case 'signatures':
      return [signatureTable(block.signatures)];
  }
}

export async function renderPromiseSetDocx(
  input: PromiseSetDocument,
  options: PromiseRenderOptions = {},
): Promise<Buffer> {
  const content = buildPromiseContent(input);
  return renderWordDocument({
    title: content.title,
    subject: `Medborgarlöfte: ${content.parties}`,
    creator: content.parties,
    landscape: false,
    isDraft: content.isDraft,
    version: content.version,
    generatedAt: options.generatedAt ?? new Date(),
    children: [...titleBlock(content), ...content.blocks.flatMap(blockToWord)],
  });
}
