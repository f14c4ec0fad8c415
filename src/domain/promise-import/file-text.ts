/**
 * The text of a promise file, whatever its kind: a Word file (.docx, or any
 * ZIP) through docx-text, a PDF (by its %PDF- signature or .pdf name)
 * through pdf-text, anything else as UTF-8 text, or Windows-1252 when it is
 * not valid UTF-8 (text saved from older Windows tools). The one way the
 * CLI and the upload route turn bytes into the text the importer reads.
 */
import { docxToText } from './docx-text.ts';
import { ImportError } from './errors.ts';
import { importPromiseText } from './index.ts';
import { NOT_SWEDISH_WARNING, looksNonSwedish } from './language.ts';
import type { PromiseDocument } from '../promise-document.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** "%PDF-"; readers accept it anywhere in the first kilobyte, after junk some tools prepend. */
const PDF_MAGIC = '%PDF-';

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

export function isPdf(bytes: Uint8Array, filename?: string): boolean {
  if (filename?.toLowerCase().endsWith('.pdf')) return true;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes(PDF_MAGIC);
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Real promises are a few pages (a long one with its plan is well under
 * 1 000 lines). Reading takes about 0.1 ms a line, so a 5 MB page of 75 000
 * bullets would hold a request for many seconds and bury the few real
 * commitments among thousands: refused instead, with a message saying why.
 */
export const MAX_LINES = 5000;

/** Throws ImportError('too_long') for text of more than MAX_LINES non-empty lines. */
export function checkLength(text: string): void {
  let lines = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (text.slice(start, end).trim() !== '' && ++lines > MAX_LINES) throw new ImportError('too_long');
    start = end + 1;
  }
}

/** The text of a promise file; throws ImportError for a file of a known kind that cannot be read. */
export async function fileToText(bytes: Uint8Array, filename?: string): Promise<string> {
  // A Word file is read as Word even when it was renamed to .txt; likewise a PDF.
  if (filename?.toLowerCase().endsWith('.docx') || isZip(bytes)) return docxToText(bytes);
  if (isPdf(bytes, filename)) {
    const { pdfToText } = await import('./pdf-text.ts');
    return pdfToText(bytes);
  }
  return decodeText(bytes);
}

/** A promise file to a draft document: its text, refused when far too long, then read; a warning first when not Swedish. */
export async function importFile(
  bytes: Uint8Array,
  filename?: string,
): Promise<{ document: PromiseDocument; sourceText: string }> {
  const text = await fileToText(bytes, filename);
  checkLength(text);
  const document = importPromiseText(text);
  if (looksNonSwedish(text)) document.warnings.unshift(NOT_SWEDISH_WARNING);
  return { document, sourceText: text };
}
