/**
 * The backup file (docs/backup.md): gzip'd JSON Lines. One header line, then
 * per table a line naming it and its columns, one JSON array per row (each
 * value PostgreSQL's own text form of the value, or null), a line closing the
 * table with its row count; last a line with every table's count, the
 * sequences and the progress sums. Text forms make the file exact (numeric,
 * bigint, timestamps to the microsecond, jsonb) and the same on PGlite and
 * PostgreSQL.
 */
import {
  constants,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { createGunzip, createGzip } from 'node:zlib';
import type { ProgressSums, SequenceValue } from './catalog.ts';

export const BACKUP_FORMAT = 'medborgarlofte-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  kind: 'header';
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: 'pglite' | 'postgresql';
  /** The migrations applied to the database backed up, by name in order: the schema the rows belong to. */
  migrations: string[];
}
export interface TableStart {
  kind: 'table';
  name: string;
  columns: string[];
}
export type Row = (string | null)[];
export interface TableEnd {
  kind: 'table-end';
  name: string;
  rows: number;
}
export interface BackupEnd {
  kind: 'end';
  tables: Record<string, number>;
  sequences: SequenceValue[];
  sums: ProgressSums;
  /** In a file: SHA-256 (hex) of every line before this one, each with its line break, as UTF-8. */
  sha256?: string;
}
export type BackupRecord = BackupHeader | TableStart | Row | TableEnd | BackupEnd;

/** A backup file that cannot be read: the CLI prints its one line. */
export class BackupFileError extends Error {
  readonly code = 'backup_invalid';
}

/** Writes the records to FILE through a temporary file, so a failed backup leaves no half file under FILE's name. */
export async function writeBackupFile(file: string, records: AsyncIterable<BackupRecord>): Promise<number> {
  if (existsSync(file)) throw new BackupFileError(`Filen ${file} finns redan; välj ett nytt namn (file exists).`);
  const partial = `${file}.${process.pid}.delvis`;
  const gzip = createGzip();
  // Readable by its owner only: the file holds personal data, password hashes and session hashes.
  const out = createWriteStream(partial, { flags: 'wx', mode: 0o600 });
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    gzip.on('error', reject);
  });
  gzip.pipe(out);
  try {
    await new Promise<void>((resolve, reject) => {
      out.once('open', () => resolve());
      out.once('error', reject);
    });
    let buffer = '';
    const hash = createHash('sha256');
    for await (const record of records) {
      if (!Array.isArray(record) && record.kind === 'end') record.sha256 = hash.digest('hex');
      const line = `${JSON.stringify(record)}\n`;
      if (Array.isArray(record) || record.kind !== 'end') hash.update(line);
      buffer += line;
      if (buffer.length >= 64 * 1024) {
        if (!gzip.write(buffer)) await new Promise((resolve) => gzip.once('drain', resolve));
        buffer = '';
      }
    }
    gzip.end(buffer);
    await finished;
    renameSync(partial, file);
    return out.bytesWritten;
  } catch (err) {
    gzip.destroy();
    out.destroy();
    rmSync(partial, { force: true });
    throw err;
  }
}

/** Reads FILE's records one by one; checks the header before anything else is read. */
export async function* readBackupFile(file: string): AsyncGenerator<BackupRecord> {
  checkGzip(file);
  const gunzip = createGunzip();
  // Decoded as a stream: a character split between two chunks stays whole.
  gunzip.setEncoding('utf8');
  const input = createReadStream(file);
  input.on('error', (err) => gunzip.destroy(err));
  input.pipe(gunzip);
  const hash = createHash('sha256');
  let rest = '';
  let line = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const text of lines) yield checked(parseLine(text, ++line), text, hash);
    }
  } catch (err) {
    if (err instanceof BackupFileError) throw err;
    throw new BackupFileError(`Säkerhetskopian ${file} är skadad eller avkortad (${(err as Error).message}).`);
  }
  if (rest.trim()) yield checked(parseLine(rest, ++line), rest, hash);
}

/** Every line counts towards the checksum the end line carries; the end line must match it. */
function checked(record: BackupRecord, text: string, hash: Hash): BackupRecord {
  if (Array.isArray(record) || record.kind !== 'end') {
    hash.update(`${text}\n`);
    return record;
  }
  if (record.sha256 !== hash.digest('hex')) {
    throw new BackupFileError(
      'Säkerhetskopians kontrollsumma stämmer inte: filen har ändrats eller skadats (checksum differs).',
    );
  }
  return record;
}

function checkGzip(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY);
  } catch {
    throw new BackupFileError(`Filen ${file} finns inte eller kan inte läsas (file not found).`);
  }
  const magic = Buffer.alloc(2);
  const n = readSync(fd, magic, 0, 2, 0);
  closeSync(fd);
  if (n < 2 || magic[0] !== 0x1f || magic[1] !== 0x8b) {
    throw new BackupFileError(`Filen ${file} är ingen säkerhetskopia från lofte backup (not a gzip file).`);
  }
}

function parseLine(text: string, line: number): BackupRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupFileError(`Säkerhetskopian är trasig på rad ${line} (not JSON).`);
  }
  if (line === 1) return checkHeader(value);
  if (Array.isArray(value)) {
    if (!value.every((v) => v === null || typeof v === 'string')) {
      throw new BackupFileError(`Säkerhetskopian är trasig på rad ${line} (a value is neither text nor null).`);
    }
    return value as Row;
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind === 'table' || kind === 'table-end' || kind === 'end') return value as BackupRecord;
  throw new BackupFileError(`Säkerhetskopian är trasig på rad ${line} (unknown line).`);
}

function checkHeader(value: unknown): BackupHeader {
  const h = value as Partial<BackupHeader> | null;
  if (h?.kind !== 'header' || h.format !== BACKUP_FORMAT) {
    throw new BackupFileError('Filen är ingen säkerhetskopia från lofte backup (no backup header).');
  }
  if (h.version !== BACKUP_VERSION) {
    throw new BackupFileError(
      `Säkerhetskopians formatversion ${String(h.version)} stöds inte av den här versionen (stöder ${BACKUP_VERSION}); uppdatera lofte.`,
    );
  }
  if (!Array.isArray(h.migrations) || !h.migrations.every((m) => typeof m === 'string')) {
    throw new BackupFileError('Säkerhetskopians huvud saknar listan över migreringar (no migration list).');
  }
  return h as BackupHeader;
}
