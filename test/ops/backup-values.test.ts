/**
 * The backup keeps every value exactly, whichever database reads it back:
 * numeric digits beyond a double, timestamps to the microsecond, jsonb null
 * apart from SQL null, text with quotes, tabs, line breaks and emoji.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, usingPostgres, type TestContext } from '../helpers.ts';
import { dumpDatabase } from '../../src/db/backup/dump.ts';
import { writeBackupFile } from '../../src/db/backup/format.ts';
import type { Db } from '../../src/db/connect.ts';
import { emptyFolder, lofte, openApp, type Target } from './support.ts';

let ctx: TestContext;
const targets: Target[] = [];
beforeAll(async () => {
  ctx = await startTestApp({ demo: false });
});
afterAll(async () => {
  await ctx.close();
  for (const t of targets) await t.drop();
});

const TEXT = 'Citat "så här"\tmed tabb,\nny rad, \\ och 🚓';

async function tricky(db: Db) {
  const audit = await sql<Record<string, string | boolean | null>>`
    select at::text as at, before is null as before_sql_null, before::text as before, after::text as after,
      entity_id, actor_label from audit_log where action = 'test.values' order by id`.execute(db);
  const rates = await sql<{ rate: string }>`
    select rate_per_100k::text as rate from stats_crime_counts
    where municipality_code = '2514' order by year`.execute(db);
  return { audit: audit.rows, rates: rates.rows.map((r) => r.rate) };
}

describe('values in a backup', () => {
  it('come back exactly as they were, on the other side of a restore', async () => {
    const db = ctx.deps.db;
    await sql`insert into audit_log (at, actor_label, action, entity_type, entity_id, before, after) values
      ('2026-03-29 01:59:59.123456+01', ${TEXT}, 'test.values', 'x', ${TEXT}, 'null'::jsonb, ${JSON.stringify({ t: TEXT, n: 1.5e300 })}::jsonb),
      ('1999-12-31 23:00:00.000001+00', 'b', 'test.values', 'x', null, null, '[]'::jsonb)`.execute(db);
    await sql`insert into stats_crime_counts (municipality_code, year, category, count, rate_per_100k) values
      ('2514', 2020, 'total', 1, 123456789012345678901234567890.123456789012345678901),
      ('2514', 2021, 'total', 2, 0.000000000000000000001)`.execute(db);
    const before = await tricky(db);
    expect(before.audit[0]).toMatchObject({ before_sql_null: false, before: 'null', entity_id: TEXT });
    expect(before.audit[1]).toMatchObject({ before_sql_null: true, before: null });

    const target = emptyFolder();
    targets.push(target);
    const file = `${target.env.DATA_DIR}.gz`;
    await writeBackupFile(file, dumpDatabase(db, usingPostgres ? 'postgresql' : 'pglite'));
    expect((await lofte(['restore', file], target.env)).code).toBe(0);
    const restored = await openApp(target.env);
    try {
      expect(await tricky(restored.deps.db)).toEqual(before);
      expect(before.rates).toEqual(['123456789012345678901234567890.123456789012345678901', '0.000000000000000000001']);
    } finally {
      await restored.close();
    }
  }, 60_000);
});
