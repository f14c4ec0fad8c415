import { AppError, type ErrorCode } from '../../domain/errors.ts';
import type { ImportedDraft } from '../../contracts/promises.ts';
import { ImportError } from '../../domain/promise-import/index.ts';
import { importFile } from '../../domain/promise-import/file-text.ts';

export type { ImportedDraft } from '../../contracts/promises.ts';

/** Reads an uploaded text, Word or PDF file into a draft. Nothing is stored: a person accepts the draft first. */
export async function importPromiseFile(input: { bytes: Uint8Array; filename?: string }): Promise<ImportedDraft> {
  try {
    return await importFile(input.bytes, input.filename);
  } catch (err) {
    if (err instanceof ImportError) throw new AppError(`import_${err.code}` as ErrorCode, err.message, err.messageEn);
    throw err;
  }
}
