import { AppError, type ErrorCode } from '../../domain/errors.ts';
import type { ImportedDraft } from '../../contracts/promises.ts';
import { ImportError, importPromiseText } from '../../domain/promise-import/index.ts';
import { docxToText } from '../../domain/promise-import/docx-text.ts';

export type { ImportedDraft } from '../../contracts/promises.ts';

const DOCX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isDocx(filename: string | undefined, bytes: Uint8Array): boolean {
  if (filename?.toLowerCase().endsWith('.docx')) return true;
  return DOCX_MAGIC.every((b, i) => bytes[i] === b);
}

/** Reads an uploaded text or Word file into a draft. Nothing is stored: a person accepts the draft first. */
export async function importPromiseFile(input: { bytes: Uint8Array; filename?: string }): Promise<ImportedDraft> {
  try {
    const text = isDocx(input.filename, input.bytes)
      ? await docxToText(input.bytes)
      : new TextDecoder('utf-8').decode(input.bytes);
    return { document: importPromiseText(text), sourceText: text };
  } catch (err) {
    if (err instanceof ImportError) throw new AppError(`import_${err.code}` as ErrorCode, err.message, err.messageEn);
    throw err;
  }
}
