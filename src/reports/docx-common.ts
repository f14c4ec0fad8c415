/**
 * What both Word reports share: Swedish language on every run, heading
 * styles that stay the real Heading1/Heading2 (so Word's navigation pane
 * and screen readers see the structure), the footer with "Sida 1 av 3" and
 * the version, and the UTKAST mark in the header of a draft.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { DRAFT_MARK } from './promise-content.ts';
import { formatGeneratedAtSv } from './text-sv.ts';

const LANGUAGE = { value: 'sv-SE' } as const;
const ACCENT = '0B3A6E';
const MUTED = '4A4F55';
export const DRAFT_COLOR = 'B3261E';

export type WordSetup = {
  title: string;
  subject: string;
  creator: string;
  landscape: boolean;
  isDraft: boolean;
  version: number | null;
  generatedAt: Date;
  children: FileChild[];
};

function footer(setup: WordSetup): Footer {
  const version = setup.version !== null ? `Version ${setup.version}  ·  ` : '';
  const small = { size: 17, color: MUTED, language: LANGUAGE };
  return new Footer({
    children: [
      new Paragraph({
        children: [
          new TextRun({ ...small, text: `${setup.title}  ·  Utskriven ${formatGeneratedAtSv(setup.generatedAt)}` }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ ...small, text: `${version}Sida ` }),
          new TextRun({ ...small, children: [PageNumber.CURRENT] }),
          new TextRun({ ...small, text: ' av ' }),
          new TextRun({ ...small, children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({
            text: `${DRAFT_MARK} – inte fastställt`,
            bold: true,
            color: DRAFT_COLOR,
            size: 20,
            language: LANGUAGE,
          }),
        ],
      }),
    ],
  });
}

function styles(): ConstructorParameters<typeof Document>[0]['styles'] {
  const heading = (size: number, color: string, before: number) => ({
    run: { size, bold: true, color, font: 'Arial', language: LANGUAGE },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: 'Arial', size: 21, language: LANGUAGE },
        paragraph: { spacing: { after: 120, line: 276 } },
      },
      title: {
        run: { size: 44, bold: true, color: '1B1B1B', font: 'Arial', language: LANGUAGE },
        paragraph: { spacing: { after: 120 } },
      },
      heading1: heading(30, ACCENT, 360),
      heading2: heading(24, '1B1B1B', 240),
    },
  };
}

export async function renderWordDocument(setup: WordSetup): Promise<Buffer> {
  const pageSize = setup.landscape
    ? { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }
    : { orientation: PageOrientation.PORTRAIT, width: 11906, height: 16838 };
  const document = new Document({
    title: setup.title,
    subject: setup.subject,
    creator: setup.creator,
    lastModifiedBy: 'Medborgarlöfte-plattformen',
    description: setup.subject,
    styles: styles(),
    features: { updateFields: false },
    sections: [
      {
        properties: {
          page: { size: pageSize, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        headers: setup.isDraft ? { default: draftHeader() } : undefined,
        footers: { default: footer(setup) },
        children: setup.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A short run of small grey text, e.g. the "Ansvarig: …" line under a promise. */
export function mutedRun(text: string, italics = false): TextRun {
  return new TextRun({ text, size: 19, color: MUTED, italics, language: LANGUAGE });
}

export { ACCENT, LANGUAGE, MUTED };
