/**
 * `lofte import promise FILE… [--json]`: imports promise documents (.txt,
 * .md as UTF-8 text, .docx through docx-text) and prints the
 * PromiseDocument as JSON, or a JSON array in argument order for several
 * files. Output is all or nothing: if any file fails, each failure gets one
 * line on stderr, nothing is printed on stdout, and the exit code is 1.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PromiseDocument } from '../domain/promise-document.ts';
import { docxToText } from '../domain/promise-import/docx-text.ts';
import { ImportError, type ImportErrorCode, importPromiseText } from '../domain/promise-import/index.ts';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export const USAGE = 'Användning: lofte import promise FIL… [--json]  (FIL: .txt, .md eller .docx)';

type FailureCode = ImportErrorCode | 'not_found' | 'unreadable';

const REASONS: Readonly<Record<FailureCode, string>> = {
  empty: 'är tom',
  binary: 'ser ut att vara en binärfil, inte text',
  too_large: 'är för stor (mer än 5 MB text)',
  no_promises: 'innehåller inga åtaganden',
  invalid_docx: 'är ingen läsbar Word-fil (.docx)',
  not_found: 'finns inte',
  unreadable: 'kunde inte läsas',
};

class FileFailure extends Error {
  readonly code: FailureCode;

  constructor(code: FailureCode) {
    super(code);
    this.code = code;
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** UTF-8 (with or without BOM); text saved from older Windows tools is often Windows-1252. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readDocument(path: string): Promise<PromiseDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileFailure(code === 'ENOENT' || code === 'ENOTDIR' ? 'not_found' : 'unreadable');
  }
  // A Word file is read as Word even when it was renamed to .txt.
  const docx = extname(path).toLowerCase() === '.docx' || isZip(bytes);
  const text = docx ? await docxToText(bytes) : decodeText(bytes);
  return importPromiseText(text);
}

function failureLine(path: string, e: unknown): string {
  const code: FailureCode | null = e instanceof FileFailure || e instanceof ImportError ? e.code : null;
  if (code) return `Fel: filen ${path} ${REASONS[code]} (${code})`;
  return `Fel: filen ${path} kunde inte importeras (${e instanceof Error ? e.message : String(e)})`;
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
  const results = await Promise.allSettled(files.map(readDocument));
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [failureLine(files[i] ?? '', r.reason)] : []));
  if (failures.length > 0) {
    for (const line of failures) io.stderr(`${line}\n`);
    return 1;
  }
  const docs = results.map((r) => (r as PromiseFulfilledResult<PromiseDocument>).value);
  io.stdout(`${JSON.stringify(docs.length === 1 ? docs[0] : docs, null, 2)}\n`);
  return 0;
}
