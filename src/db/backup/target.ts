/**
 * A backup is restored only into an empty database, so a restore can never
 * mix two installations or overwrite one. Empty means: no tables at all, or
 * only what the migrations and a first start put there (the kommuner and the
 * platform organisation, job locks, caches).
 */
import { sql, type Kysely } from 'kysely';
import { hasTable, NOT_BACKED_UP, readCatalog } from './catalog.ts';

/** The database already holds data: the restore or copy changes nothing. */
export class RestoreRefused extends Error {
  readonly code = 'restore_refused';
}

/** Tables a first start fills by itself; organisations counts only beyond the kommuner and the platform. */
const FILLED_BY_A_FIRST_START = ['job_locks', 'organisations', ...NOT_BACKED_UP];

export async function nonEmptyTables(db: Kysely<any>): Promise<string[]> {
  if (!(await hasTable(db, 'kysely_migration'))) {
    const any = await sql<{ n: string }>`select count(*)::text as n from pg_tables where schemaname = 'public'`.execute(
      db,
    );
    return Number(any.rows[0]!.n) > 0 ? ['(tabeller utan lofte-migreringar)'] : [];
  }
  const found: string[] = [];
  for (const t of await readCatalog(db)) {
    if (FILLED_BY_A_FIRST_START.includes(t.name)) continue;
    const r = await sql<{ any: boolean }>`select exists (select 1 from ${sql.table(t.name)}) as any`.execute(db);
    if (r.rows[0]?.any) found.push(t.name);
  }
  const orgs = await sql<{ any: boolean }>`
    select exists (select 1 from organisations where kind not in ('platform', 'municipality')) as any`.execute(db);
  if (orgs.rows[0]?.any) found.unshift('organisations');
  return found;
}

export async function refuseNonEmpty(db: Kysely<any>): Promise<void> {
  const found = await nonEmptyTables(db);
  if (!found.length) return;
  throw new RestoreRefused(
    `Databasen är inte tom (${found.slice(0, 3).join(', ')}${found.length > 3 ? ' …' : ''} har innehåll); ` +
      'återställ bara i en tom databas: en ny mapp (DATA_DIR) eller en ny PostgreSQL-databas. Inget har ändrats.',
  );
}
