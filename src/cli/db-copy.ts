/**
 * `lofte db copy --to postgres://…`: the whole configured database (the
 * embedded one in DATA_DIR, typically) into an empty PostgreSQL database:
 * the schema by the migrations, then every table's rows from one snapshot,
 * the sequences, and a check of every table's row count and the progress
 * sums before anything is committed. Prints what it moved.
 */
import type { Config } from '../config.ts';
import { sql } from 'kysely';
import { connectDb, type Db } from '../db/connect.ts';
import { dumpDatabase } from '../db/backup/dump.ts';
import { restoreDatabase } from '../db/backup/restore.ts';
import { RestoreRefused } from '../db/backup/target.ts';
import { countRecords, refuseMissingDataDir } from './backup.ts';
import { CliError, parseOptions, type Io } from './io.ts';

export async function runDbCopy(args: string[], io: Io, config: Config): Promise<number> {
  const { values, positionals } = parseOptions(args, { to: { type: 'string' } });
  if (positionals.length) throw new CliError(`okänt argument "${positionals[0]}": lofte db copy --to postgres://…`, 2);
  const to = targetUrl(values.to);
  if (config.databaseUrl && sameDatabase(config.databaseUrl, to)) {
    throw new CliError('--to är samma databas som DATABASE_URL; ange en ny, tom PostgreSQL-databas.', 2);
  }
  refuseMissingDataDir(config);
  const started = performance.now();
  const source = await connectDb(config);
  try {
    const target = await connectTarget(to);
    try {
      const counted = countRecords(dumpDatabase(source, config.databaseUrl ? 'postgresql' : 'pglite'));
      const report = await restoreDatabase(target, counted.records).catch((err: unknown) => {
        // Say which of the two databases is meant.
        if (err instanceof RestoreRefused) throw new CliError(`målet ${describe(to)}: ${err.message}`, 1);
        throw err;
      });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      io.stdout(`Kopierat till ${describe(to)}:`);
      const width = Math.max(...Object.keys(report.tables).map((t) => t.length));
      for (const [table, rows] of Object.entries(report.tables).sort(([a], [b]) => a.localeCompare(b))) {
        io.stdout(`  ${table.padEnd(width)}  ${rows}`);
      }
      io.stdout(`${Object.keys(report.tables).length} tabeller, ${report.rows} rader, ${seconds} s.`);
      io.stdout(
        'Kontrollerat i målet: radantalet i varje tabell och summorna av aktiviteter per löfte stämmer med källan.',
      );
      if (report.migratedAfter.length) io.stdout(`Migrerat efter kopieringen: ${report.migratedAfter.join(', ')}`);
      return 0;
    } finally {
      await target.destroy();
    }
  } finally {
    await source.destroy();
  }
}

function targetUrl(raw: string | undefined): URL {
  if (!raw) throw new CliError('ange målet: lofte db copy --to postgres://användare@värd:5432/databas', 2);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`--to är ingen giltig adress: ange postgres://användare@värd:5432/databas`, 2);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new CliError(`--to måste vara en PostgreSQL-adress (postgres://…), inte ${url.protocol}`, 2);
  }
  if (url.pathname.length <= 1) throw new CliError('--to saknar databasens namn (postgres://värd/databas)', 2);
  return url;
}

function sameDatabase(a: string, b: URL): boolean {
  try {
    const u = new URL(a);
    return u.host === b.host && u.pathname === b.pathname;
  } catch {
    return false;
  }
}

/** The target without its password, for messages. */
function describe(url: URL): string {
  return `${url.protocol}//${url.username ? `${url.username}@` : ''}${url.host}${url.pathname}`;
}

async function connectTarget(url: URL) {
  let db: Db | null = null;
  try {
    db = await connectDb({ databaseUrl: url.toString(), dataDir: '' });
    // The pool connects on first use: ask now, so an unreachable server is named as such.
    await sql`select 1`.execute(db);
    return db;
  } catch (err) {
    await db?.destroy();
    throw new CliError(`kan inte ansluta till ${describe(url)}: ${(err as Error).message}`, 1);
  }
}
