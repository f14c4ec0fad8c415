/**
 * Input the importer refuses, with a machine code and a message in Swedish
 * (first) and English.
 */

export type ImportErrorCode =
  | 'empty'
  | 'binary'
  | 'too_large'
  | 'too_long'
  | 'no_promises'
  | 'invalid_docx'
  | 'invalid_pdf'
  | 'pdf_no_text'
  | 'pdf_too_large';

const MESSAGES: Readonly<Record<ImportErrorCode, readonly [sv: string, en: string]>> = {
  empty: ['Texten är tom.', 'The text is empty.'],
  binary: ['Innehållet ser ut att vara en binärfil, inte text.', 'The content looks like a binary file, not text.'],
  too_large: ['Texten är större än 5 MB.', 'The text is larger than 5 MB.'],
  no_promises: ['Inga åtaganden hittades i texten.', 'No commitments were found in the text.'],
  invalid_docx: ['Filen är ingen läsbar Word-fil (.docx).', 'The file is not a readable Word file (.docx).'],
  too_long: [
    'Texten har fler än 5 000 rader. Ett medborgarlöfte är några sidor: läs in själva löftet, utan bilagor.',
    'The text has more than 5,000 lines. A promise is a few pages: import the promise itself, without appendices.',
  ],
  invalid_pdf: ['Filen är ingen läsbar PDF.', 'The file is not a readable PDF.'],
  pdf_no_text: [
    'PDF-filen har ingen text, bara bilder (till exempel en inskannad sida). Använd en PDF med text, eller klistra in texten.',
    'The PDF has no text, only images (a scanned page, for example). Use a PDF with text, or paste the text.',
  ],
  pdf_too_large: [
    'PDF-filen har fler än 200 sidor eller för stort innehåll för ett medborgarlöfte.',
    'The PDF has more than 200 pages or too much content for a promise.',
  ],
};

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly messageEn: string;

  constructor(code: ImportErrorCode, detail?: string) {
    const [sv, en] = MESSAGES[code];
    super(detail ? `${sv} ${detail}` : sv);
    this.name = 'ImportError';
    this.code = code;
    this.messageEn = en;
  }
}

/** 5 MB of UTF-8 text. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

function utf8Length(text: string): number {
  // Cheap bounds first: every UTF-16 unit is 1–3 UTF-8 bytes.
  if (text.length * 3 <= MAX_TEXT_BYTES) return text.length;
  if (text.length > MAX_TEXT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Control characters other than tab, newlines and form feed, plus U+FFFD from failed decoding. */
const NON_TEXT = /[\u0001-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  const odd = sample.match(NON_TEXT)?.length ?? 0;
  return odd > sample.length * 0.1;
}

/** Throws ImportError for input no reader could import. */
export function checkInput(text: string): void {
  if (typeof text !== 'string' || text.trim() === '') throw new ImportError('empty');
  if (utf8Length(text) > MAX_TEXT_BYTES) throw new ImportError('too_large');
  if (looksBinary(text)) throw new ImportError('binary');
}
