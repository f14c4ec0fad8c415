/**
 * `lofte restore FIL`: a backup back into an empty database (DATA_DIR or
 * DATABASE_URL, either kind whatever the backup came from). A database with
 * content is refused and left as it was.
 */
import type { Config } from '../config.ts';
import { connectDb } from '../db/connect.ts';
import { readBackupFile, type BackupRecord } from '../db/backup/format.ts';
import { backupSchema, restoreDatabase } from '../db/backup/restore.ts';
import { CliError, parseOptions, type Io } from './io.ts';

export async function runRestore(args: string[], io: Io, config: Config): Promise<number> {
  const { positionals } = parseOptions(args, {});
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError('ange säkerhetskopian: lofte restore FIL', 2);
  const started = performance.now();
  // The file's header is read before the database is opened: a wrong file creates nothing.
  const records = readBackupFile(file);
  const first = await records.next();
  if (!first.done && !Array.isArray(first.value) && first.value.kind === 'header') backupSchema(first.value);
  const db = await connectDb(config);
  try {
    const report = await restoreDatabase(db, prepend(first.done ? null : first.value, records));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `Återställt från ${file} (taget ${report.header.createdAt}, ${report.header.source}): ` +
        `${Object.keys(report.tables).length} tabeller, ${report.rows} rader, ${seconds} s.`,
    );
    io.stdout(
      'Kontrollerat: radantalet i varje tabell och summorna av aktiviteter per löfte stämmer med säkerhetskopian.',
    );
    if (report.migratedAfter.length) io.stdout(`Migrerat efter återställningen: ${report.migratedAfter.join(', ')}`);
    return 0;
  } finally {
    await db.destroy();
  }
}

async function* prepend(first: BackupRecord | null, rest: AsyncIterable<BackupRecord>): AsyncGenerator<BackupRecord> {
  if (first !== null) yield first;
  yield* rest;
}
