/**
 * The migrations against the types and against themselves: after all of
 * them, information_schema holds exactly the tables and columns of the
 * Kysely `Database` type (through SCHEMA_COLUMNS, which the compiler keeps
 * in step with the type); and every migration's `down`, from the last to
 * the first, then `up` again to the last, works and leaves the same schema.
 * On PGlite in `npm test`, on a fresh PostgreSQL database when DATABASE_URL
 * is set (the PostgreSQL suite).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { NO_MIGRATIONS } from 'kysely/migration';
import { migrateToLatest, migrator, type Db } from '../../src/db/connect.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { migratedDatabase } from './migrated-db.ts';
import { SCHEMA_COLUMNS } from './schema-columns.ts';

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await migratedDatabase());
});

afterAll(async () => {
  await close?.();
});

interface ColumnRow {
  t: string;
  c: string;
  d: string;
  n: string;
  def: string | null;
}

async function columns(): Promise<ColumnRow[]> {
  const { rows } =
    await sql<ColumnRow>`select table_name as t, column_name as c, data_type as d, is_nullable as n, column_default as def
    from information_schema.columns where table_schema = 'public' and table_name not like 'kysely\\_%'
    order by table_name, column_name`.execute(db);
  return rows;
}

/** Everything a migration makes, as text: columns, constraints, indexes, functions and triggers. */
async function schemaSnapshot(): Promise<Record<string, string[]>> {
  const q = async (query: ReturnType<typeof sql<{ x: string }>>) => (await query.execute(db)).rows.map((r) => r.x);
  return {
    columns: (await columns()).map((r) => `${r.t}.${r.c} ${r.d} ${r.n} ${r.def ?? ''}`),
    constraints: await q(sql<{
      x: string;
    }>`select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as x
      from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text not like 'kysely\\_%' order by 1`),
    indexes: await q(
      sql<{
        x: string;
      }>`select indexdef as x from pg_indexes where schemaname = 'public' and tablename not like 'kysely\\_%' order by 1`,
    ),
    functions: await q(sql<{
      x: string;
    }>`select p.proname || '(' || pg_get_function_arguments(p.oid) || ') ' || md5(p.prosrc) as x
      from pg_proc p where p.pronamespace = 'public'::regnamespace order by 1`),
    triggers: await q(sql<{
      x: string;
    }>`select tgrelid::regclass::text || ' ' || tgname || ' ' || pg_get_triggerdef(oid) as x
      from pg_trigger where not tgisinternal order by 1`),
  };
}

describe('migrations', () => {
  it('leave exactly the tables and columns of the Database type, with its types and nullability', async () => {
    const fromTypes = Object.entries(SCHEMA_COLUMNS as Record<string, Record<string, string>>)
      .flatMap(([t, cols]) => Object.entries(cols).map(([c, type]) => `${t}.${c}: ${type}`))
      .sort();
    const fromDb = (await columns()).map((r) => `${r.t}.${r.c}: ${r.d}${r.n === 'YES' ? ' null' : ''}`).sort();
    expect(fromDb).toEqual(fromTypes);
  });

  it('run down from the last to the first and up again to the same schema', async () => {
    const before = await schemaSnapshot();
    const names = Object.keys(migrations);
    const down = await migrator(db).migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    expect(down.results?.map((r) => `${r.migrationName} ${r.status}`)).toEqual(
      names.toReversed().map((n) => `${n} Success`),
    );
    // Nothing is left behind by the downs: no table, function or type of ours.
    const left = await sql<{ x: string }>`select relname as x from pg_class where relnamespace = 'public'::regnamespace
        and relname not like 'kysely\\_%'
      union all select proname from pg_proc where pronamespace = 'public'::regnamespace
      union all select typname from pg_type where typnamespace = 'public'::regnamespace and typtype in ('e', 'c', 'd')
        and typname not like 'kysely\\_%'`.execute(db);
    expect(left.rows.map((r) => r.x)).toEqual([]);
    const up = await migrateToLatest(db);
    expect(up).toEqual(names);
    expect(await schemaSnapshot()).toEqual(before);
  });

  /**
   * Landed migrations whose `down` does not undo all of their `up`. A landed
   * migration is never edited, so each is named here and its down is left
   * out of the comparison below (it must still run, and up again must give
   * the same schema as before).
   */
  const INCOMPLETE_DOWNS: Record<string, string> = {
    // up widens the role checks of memberships and api_tokens to allow 'leader'; down leaves them wide.
    '0008_followups': 'role checks keep leader',
  };

  it('each undo exactly what their up did, one at a time', async () => {
    const m = migrator(db);
    expect((await m.migrateTo(NO_MIGRATIONS)).error).toBeUndefined();
    for (const name of Object.keys(migrations)) {
      const before = await schemaSnapshot();
      const up = await m.migrateUp();
      expect(up.results?.map((r) => `${r.migrationName} ${r.direction} ${r.status}`)).toEqual([`${name} Up Success`]);
      const after = await schemaSnapshot();
      const down = await m.migrateDown();
      expect(down.results?.map((r) => `${r.migrationName} ${r.direction} ${r.status}`)).toEqual([
        `${name} Down Success`,
      ]);
      if (!INCOMPLETE_DOWNS[name]) expect({ name, schema: await schemaSnapshot() }).toEqual({ name, schema: before });
      expect((await m.migrateUp()).error).toBeUndefined();
      expect({ name, schema: await schemaSnapshot() }).toEqual({ name, schema: after });
    }
  }, 120_000); // every migration down and up, snapshot each way: 5 s alone, up to 47 s under the full suite's load
});
