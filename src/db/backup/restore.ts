/**
 * Brings backup records back into an empty database (PGlite or PostgreSQL,
 * whichever the backup came from): the schema by the migrations the backup
 * names, then every table's rows in one transaction in the file's order
 * (foreign keys satisfied as they arrive), then the sequences; before
 * committing, every table's row count and the progress sums are compared
 * with the backup's own. Anything wrong rolls the data back.
 */
import { sql, type Kysely } from 'kysely';
import { migrations as knownMigrations } from '../migrations/index.ts';
import { migrateToLatest, migrator, type Db } from '../connect.ts';
import { hasTable, NOT_BACKED_UP, readCatalog, readProgressSums, type CatalogTable } from './catalog.ts';
import { BackupFileError, type BackupEnd, type BackupHeader, type BackupRecord, type Row } from './format.ts';
import { refuseNonEmpty, RestoreRefused } from './target.ts';

const BATCH_ROWS = 1000;
const BATCH_CHARS = 2_000_000;

type AnyDb = Kysely<any>;

export interface RestoreReport {
  header: BackupHeader;
  tables: Record<string, number>;
  rows: number;
  /** Migrations newer than the backup, run after its rows were in. */
  migratedAfter: string[];
}

export async function restoreDatabase(db: Db, records: AsyncIterable<BackupRecord>): Promise<RestoreReport> {
  const it = records[Symbol.asyncIterator]();
  try {
    return await restoreFrom(db, it);
  } finally {
    // A source read directly (db copy) ends its snapshot whether or not the rows went in.
    await it.return?.();
  }
}

async function restoreFrom(db: Db, it: AsyncIterator<BackupRecord>): Promise<RestoreReport> {
  const first = await it.next();
  const header = first.value as BackupHeader | undefined;
  if (first.done || header?.kind !== 'header')
    throw new BackupFileError('Säkerhetskopian saknar sitt huvud (no header).');
  const upTo = backupSchema(header);
  await refuseNonEmpty(db);
  await refuseNewerSchema(db, header);
  await migrateTo(db, upTo);
  const tables = await db.transaction().execute(async (trx) => {
    await refuseNonEmpty(trx);
    await sql`set local timezone to 'UTC'`.execute(trx);
    await sql`set local datestyle to 'ISO, YMD'`.execute(trx);
    // What the migrations put in (the kommuner with ids of their own, the platform) gives way to the backup's rows.
    for (const t of ['job_locks', 'progress_cache', 'public_page_cache', 'organisations']) {
      await sql`delete from ${sql.table(t)}`.execute(trx);
    }
    return restoreRows(trx, it);
  });
  const migratedAfter = upTo === null ? [] : await migrateToLatest(db);
  const rows = Object.values(tables).reduce((a, b) => a + b, 0);
  return { header, tables, rows, migratedAfter };
}

/** The last migration of the backup's schema (null: the newest this version knows), or a refusal. */
export function backupSchema(header: BackupHeader): string | null {
  const known = Object.keys(knownMigrations).sort();
  const unknown = header.migrations.filter((m) => !known.includes(m));
  if (unknown.length) {
    throw new RestoreRefused(
      `Säkerhetskopian kommer från en nyare version av lofte (migreringen ${unknown[0]} är okänd här); uppdatera lofte först.`,
    );
  }
  const sorted = [...header.migrations].sort();
  if (sorted.some((m, i) => m !== known[i])) {
    throw new RestoreRefused(
      'Säkerhetskopians migreringar följer inte den här versionens ordning; den kan inte återställas här.',
    );
  }
  return sorted.length === known.length ? null : (sorted.at(-1) ?? null);
}

async function refuseNewerSchema(db: Db, header: BackupHeader): Promise<void> {
  if (!(await hasTable(db, 'kysely_migration'))) return;
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
  const extra = applied.rows.find((r) => !header.migrations.includes(r.name));
  if (extra) {
    throw new RestoreRefused(
      `Databasen har redan migreringen ${extra.name}, som säkerhetskopian saknar; återställ i en helt ny databas (ny mapp eller ny PostgreSQL-databas).`,
    );
  }
}

async function migrateTo(db: Db, upTo: string | null): Promise<void> {
  if (upTo === null) {
    await migrateToLatest(db);
    return;
  }
  const { error } = await migrator(db).migrateTo(upTo);
  if (error)
    throw new Error(`Migreringen misslyckades (migration failed): ${String((error as Error).message ?? error)}`);
}

async function restoreRows(trx: AnyDb, it: AsyncIterator<BackupRecord>): Promise<Record<string, number>> {
  const catalog = new Map((await readCatalog(trx)).map((t) => [t.name, t]));
  const counts: Record<string, number> = {};
  let current: { table: CatalogTable; columns: string[]; batch: Row[]; chars: number; rows: number } | null = null;
  for (let r = await it.next(); !r.done; r = await it.next()) {
    const record = r.value;
    if (Array.isArray(record)) {
      if (!current) throw new BackupFileError('Säkerhetskopian har en rad utanför en tabell (row outside a table).');
      if (record.length !== current.columns.length) {
        throw new BackupFileError(
          `Tabellen ${current.table.name}: en rad har fel antal värden (wrong number of values).`,
        );
      }
      current.batch.push(record);
      current.chars += record.reduce((n, v) => n + (v?.length ?? 4), 0);
      current.rows++;
      if (current.batch.length >= BATCH_ROWS || current.chars >= BATCH_CHARS) await flush(trx, current);
    } else if (record.kind === 'table') {
      if (current) throw new BackupFileError(`Tabellen ${current.table.name} avslutas inte i säkerhetskopian.`);
      current = {
        table: tableFor(catalog, record.name, record.columns),
        columns: record.columns,
        batch: [],
        chars: 0,
        rows: 0,
      };
    } else if (record.kind === 'table-end') {
      if (!current || current.table.name !== record.name || current.rows !== record.rows) {
        throw new BackupFileError(
          `Tabellen ${record.name}: antalet rader stämmer inte med säkerhetskopian (row count differs).`,
        );
      }
      await flush(trx, current);
      counts[record.name] = current.rows;
      current = null;
    } else if (record.kind === 'end') {
      if (current) throw new BackupFileError(`Tabellen ${current.table.name} avslutas inte i säkerhetskopian.`);
      await finish(trx, record, counts);
      return counts;
    } else {
      throw new BackupFileError('Säkerhetskopian har ett andra huvud (a second header).');
    }
  }
  throw new BackupFileError('Säkerhetskopian är ofullständig: slutet saknas (truncated); inget har återställts.');
}

function tableFor(catalog: Map<string, CatalogTable>, name: string, columns: string[]): CatalogTable {
  const table = catalog.get(name);
  if (!table || (NOT_BACKED_UP as readonly string[]).includes(name)) {
    throw new BackupFileError(`Säkerhetskopian har tabellen ${name}, som databasen inte har (unknown table).`);
  }
  const missing = columns.find((c) => !table.columns.some((t) => t.name === c));
  if (missing) throw new BackupFileError(`Tabellen ${name} har ingen kolumn ${missing} i databasen (unknown column).`);
  return table;
}

async function flush(trx: AnyDb, current: { table: CatalogTable; columns: string[]; batch: Row[]; chars: number }) {
  if (!current.batch.length) return;
  const { table, columns } = current;
  const types = columns.map((c) => table.columns.find((t) => t.name === c)!);
  // Each value is cast from its text form by the target's own column type (never a type named in the file).
  const values = sql.join(types.map((c, i) => sql`(x.r->>${sql.lit(i)})::${sql.raw(c.type)}`));
  const override = types.some((c) => c.identityAlways) ? sql`overriding system value` : sql``;
  await sql`insert into ${sql.table(table.name)} (${sql.join(columns.map((c) => sql.ref(c)))}) ${override}
    select ${values} from json_array_elements(${JSON.stringify(current.batch)}::json) as x(r)`.execute(trx);
  current.batch = [];
  current.chars = 0;
}

async function finish(trx: AnyDb, end: BackupEnd, counts: Record<string, number>): Promise<void> {
  for (const s of end.sequences) {
    if (!(s.table in counts) || !/^\d+$/.test(s.value))
      throw new BackupFileError(`Sekvensen för ${s.table}.${s.column} har ett ogiltigt värde.`);
    await sql`select setval(pg_get_serial_sequence(${`"${s.table.replaceAll('"', '""')}"`}, ${s.column}),
        greatest(${s.value}::bigint, m), case when m > ${s.value}::bigint then true else ${s.called} end)
      from (select coalesce(max(${sql.ref(s.column)}), 0)::bigint as m from ${sql.table(s.table)}) x`.execute(trx);
  }
  for (const [name, expected] of Object.entries(end.tables)) {
    if (counts[name] !== expected) {
      throw new BackupFileError(
        `Tabellen ${name}: ${counts[name] ?? 0} rader återställda, ${expected} i säkerhetskopians slut.`,
      );
    }
    const n = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(name)}`.execute(trx);
    if (Number(n.rows[0]!.n) !== expected) {
      throw new BackupFileError(
        `Tabellen ${name}: ${n.rows[0]!.n} rader efter återställningen, ${expected} i säkerhetskopian.`,
      );
    }
  }
  const missing = Object.keys(counts).find((name) => !(name in end.tables));
  if (missing) throw new BackupFileError(`Säkerhetskopians slut nämner inte tabellen ${missing}.`);
  const sums = await readProgressSums(trx);
  if (JSON.stringify(sums) !== JSON.stringify(end.sums)) {
    throw new BackupFileError(
      'Summorna av aktiviteter per löfte stämmer inte efter återställningen (progress sums differ).',
    );
  }
}
