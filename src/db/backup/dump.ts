/**
 * Reads a whole database as backup records inside one REPEATABLE READ, READ
 * ONLY transaction: every table is read from the same snapshot, so a backup
 * taken while activities are logged holds each activity together with its
 * pieces and audit entry, or none of them. Writers are not blocked. Rows are
 * fetched through a cursor in batches, so memory stays flat however large a
 * table is.
 */
import { sql, type Kysely } from 'kysely';
import { NOT_BACKED_UP, readCatalog, readProgressSums, readSequences, type CatalogTable, hasTable } from './catalog.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupFileError, type BackupRecord, type Row } from './format.ts';

const FETCH = 2000;

type AnyDb = Kysely<any>;

export async function* dumpDatabase(db: AnyDb, source: 'pglite' | 'postgresql'): AsyncGenerator<BackupRecord> {
  const trx = await db.startTransaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute();
  try {
    // Text forms independent of the server's settings: timestamps in UTC with their offset, ISO dates.
    await sql`set local timezone to 'UTC'`.execute(trx);
    await sql`set local datestyle to 'ISO, YMD'`.execute(trx);
    if (!(await hasTable(trx, 'kysely_migration'))) {
      throw new BackupFileError('Databasen är tom (inga migreringar körda); det finns inget att säkerhetskopiera.');
    }
    const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(trx);
    yield {
      kind: 'header',
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      source,
      migrations: migrations.rows.map((r) => r.name),
    };
    const counts: Record<string, number> = {};
    for (const table of await readCatalog(trx)) {
      if ((NOT_BACKED_UP as readonly string[]).includes(table.name)) continue;
      yield { kind: 'table', name: table.name, columns: table.columns.map((c) => c.name) };
      let rows = 0;
      for await (const row of tableRows(trx, table)) {
        rows++;
        yield row;
      }
      const total = await sql<{ n: string }>`select count(*)::text as n from ${sql.table(table.name)}`.execute(trx);
      if (Number(total.rows[0]!.n) !== rows) {
        throw new Error(`Tabellen ${table.name}: ${rows} rader lästa av ${total.rows[0]!.n} (a reference cycle?)`);
      }
      counts[table.name] = rows;
      yield { kind: 'table-end', name: table.name, rows };
    }
    yield { kind: 'end', tables: counts, sequences: await readSequences(trx), sums: await readProgressSums(trx) };
  } finally {
    // Read only: ending it either way changes nothing; rollback also ends it when the reader stopped early.
    await trx.rollback().execute();
  }
}

async function* tableRows(trx: AnyDb, table: CatalogTable): AsyncGenerator<Row> {
  const values = sql.join(table.columns.map((c) => sql`${sql.ref(`t.${c.name}`)}::text`));
  const key = table.primaryKey.length ? table.primaryKey : table.columns.map((c) => c.name);
  const order = sql.join(key.map((k) => sql.ref(`t.${k}`)));
  const self = table.selfReference;
  // A table referring to itself: parents before children (depth in the tree first), so a restore never meets a child first.
  const query = self
    ? sql`with recursive tree(k, depth) as (
          select ${sql.ref(self.references)}, 0 from ${sql.table(table.name)} where ${sql.ref(self.column)} is null
          union all
          select c.${sql.ref(self.references)}, tree.depth + 1 from ${sql.table(table.name)} c
          join tree on c.${sql.ref(self.column)} = tree.k)
        select array_to_json(array[${values}])::text as r from ${sql.table(table.name)} t
        join tree on tree.k = t.${sql.ref(self.references)} order by tree.depth, ${order}`
    : sql`select array_to_json(array[${values}])::text as r from ${sql.table(table.name)} t order by ${order}`;
  await sql`declare backup_rows no scroll cursor for ${query}`.execute(trx);
  try {
    for (;;) {
      const batch = await sql<{ r: string }>`fetch ${sql.raw(String(FETCH))} from backup_rows`.execute(trx);
      for (const { r } of batch.rows) yield JSON.parse(r) as Row;
      if (batch.rows.length < FETCH) break;
    }
  } finally {
    await sql`close backup_rows`.execute(trx);
  }
}
