/**
 * `lofte backup FIL`: the whole database as one file (docs/backup.md), read
 * from one snapshot. On PostgreSQL it runs beside the servers; on the
 * embedded database it respects the folder's lock, so the server is stopped
 * for the moment it takes (the systemd timer in docs/backup.md does that).
 */
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import { connectDb } from '../db/connect.ts';
import { dumpDatabase } from '../db/backup/dump.ts';
import { writeBackupFile, type BackupRecord } from '../db/backup/format.ts';
import { CliError, parseOptions, type Io } from './io.ts';

export async function runBackup(args: string[], io: Io, config: Config): Promise<number> {
  const { positionals } = parseOptions(args, {});
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError('ange en fil att skriva: lofte backup FIL', 2);
  if (existsSync(file)) throw new CliError(`filen ${file} finns redan; välj ett nytt namn.`, 1);
  refuseMissingDataDir(config);
  const started = performance.now();
  const db = await connectDb(config);
  try {
    const counted = countRecords(dumpDatabase(db, config.databaseUrl ? 'postgresql' : 'pglite'));
    const bytes = await writeBackupFile(file, counted.records);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `Säkerhetskopia skriven: ${file} (${counted.tables()} tabeller, ${counted.rows()} rader, ${kilobytes(bytes)}, ${seconds} s).`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

/** Backing up a folder that is not there would make an empty database in its place. */
export function refuseMissingDataDir(config: Config): void {
  if (config.databaseUrl || config.dataDir === 'memory://') return;
  if (!existsSync(config.dataDir)) {
    throw new CliError(`databasmappen ${config.dataDir} finns inte (DATA_DIR); det finns inget att läsa.`, 1);
  }
}

export function countRecords(source: AsyncIterable<BackupRecord>) {
  let tables = 0;
  let rows = 0;
  async function* records() {
    for await (const r of source) {
      if (Array.isArray(r)) rows++;
      else if (r.kind === 'table') tables++;
      yield r;
    }
  }
  return { records: records(), tables: () => tables, rows: () => rows };
}

export function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
