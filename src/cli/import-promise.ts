/**
 * `lofte import promise FILE… [--json]`: imports promise documents (.txt,
 * .md as UTF-8 text, .docx through docx-text, .pdf through pdf-text) and
 * prints the PromiseDocument as JSON, or a JSON array with one entry per file
 * in argument order for several files.
 *
 * A file that cannot be read does not stop the others: its entry is
 * { "file", "error": { "code", "message", "messageEn" } }, it also gets one
 * Swedish line on stderr, and the exit code is 1 (0 when every file was read).
 * This module loads only the importer (no server, database or configuration),
 * so the command starts quickly.
 */
import { readFile } from 'node:fs/promises';
import type { PromiseDocument } from '../domain/promise-document.ts';
import { importFile } from '../domain/promise-import/file-text.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const USAGE = 'Användning: lofte import promise FIL… [--json]  (FIL: .txt, .md, .docx eller .pdf)';

interface FileError {
  code: string;
  message: string;
  messageEn: string;
}

export interface FailedEntry {
  file: string;
  error: FileError;
}

const FILE_ERRORS: Readonly<Record<string, FileError>> = {
  not_found: { code: 'not_found', message: 'Filen finns inte.', messageEn: 'The file does not exist.' },
  unreadable: { code: 'unreadable', message: 'Filen kunde inte läsas.', messageEn: 'The file could not be read.' },
};

/** Any failure as { code, message }: ImportError and AppError carry both; anything else is 'unreadable' with its text. */
function describe(e: unknown): FileError {
  const err = e as { code?: unknown; message?: unknown; messageEn?: unknown; en?: unknown };
  if (typeof err?.code === 'string' && typeof err.message === 'string' && /^[a-z_]+$/.test(err.code)) {
    const en = typeof err.messageEn === 'string' ? err.messageEn : typeof err.en === 'string' ? err.en : err.message;
    return { code: err.code, message: err.message, messageEn: en };
  }
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return FILE_ERRORS.not_found as FileError;
  const detail = e instanceof Error ? e.message : String(e);
  return { code: 'unreadable', message: `Filen kunde inte läsas (${detail}).`, messageEn: `Unreadable: ${detail}` };
}

async function readDocument(path: string): Promise<PromiseDocument | FailedEntry> {
  try {
    return (await importFile(await readFile(path), path)).document;
  } catch (e) {
    return { file: path, error: describe(e) };
  }
}

function isFailure(entry: PromiseDocument | FailedEntry): entry is FailedEntry {
  return 'error' in entry;
}

export async function runImportPromise(args: string[], io: CliIo): Promise<number> {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--json') continue;
    if (arg === '--help' || arg === '-h') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (arg.startsWith('--')) {
      io.stderr(`Fel: okänd flagga ${arg}\n${USAGE}\n`);
      return 2;
    }
    files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  // One file at a time: a batch of large PDFs must not hold them all in memory at once.
  const entries: Array<PromiseDocument | FailedEntry> = [];
  for (const file of files) entries.push(await readDocument(file));
  const failures = entries.filter(isFailure);
  for (const f of failures) io.stderr(`Fel: ${f.file}: ${f.error.message} (${f.error.code})\n`);
  io.stdout(`${JSON.stringify(entries.length === 1 ? entries[0] : entries, null, 2)}\n`);
  return failures.length > 0 ? 1 : 0;
}
