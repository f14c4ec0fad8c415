/**
 * The pool that prepares each statement once per connection (src/db/prepared-pool.ts),
 * on the PostgreSQL server of DATABASE_URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { preparingPool } from '../../src/db/prepared-pool.ts';
import { freshPostgresDatabase } from '../helpers.ts';

let fresh: { url: string; drop: () => Promise<void> };
let pool: pg.Pool;
let db: Kysely<any>;

beforeAll(async () => {
  fresh = await freshPostgresDatabase(process.env.DATABASE_URL!);
  // One connection, so every query below meets the statements the ones before it prepared.
  pool = new pg.Pool({ connectionString: fresh.url, max: 1 });
  db = new Kysely<any>({ dialect: new PostgresDialect({ pool: preparingPool(pool, { maxPerConnection: 5 }) }) });
  await sql`create table things (id int primary key, name text)`.execute(db);
  await sql`insert into things values (1, 'ett'), (2, 'två')`.execute(db);
});
afterAll(async () => {
  await db.destroy();
  await fresh.drop();
});

const prepared = async () =>
  (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db)).rows.map(
    (r) => r.statement,
  );

describe('statements prepared once per connection', () => {
  it('prepares a repeated query once and answers it right every time', async () => {
    for (const id of [1, 2, 1]) {
      const row = await db.selectFrom('things').select('name').where('id', '=', id).executeTakeFirst();
      expect(row?.name).toBe(id === 1 ? 'ett' : 'två');
    }
    const text = db.selectFrom('things').select('name').where('id', '=', 1).compile().sql;
    expect((await prepared()).filter((s) => s === text)).toHaveLength(1);
  });

  it('sends text with several statements as it is, since a prepared statement holds one', async () => {
    await sql`update things set name = 'ett' where id = 1; update things set name = 'två' where id = 2`.execute(db);
    expect((await prepared()).some((s) => s.includes(';'))).toBe(false);
  });

  it('prepares the same query again after a schema change altered its columns', async () => {
    const all = () => sql<Record<string, unknown>>`select * from things where id = ${1}`.execute(db);
    expect(Object.keys((await all()).rows[0]!)).toEqual(['id', 'name']);
    await sql`alter table things add column note text default 'ny'`.execute(db);
    expect((await all()).rows[0]).toEqual({ id: 1, name: 'ett', note: 'ny' });
  });

  it('stops naming new statements past the limit per connection, and still answers them', async () => {
    for (let n = 0; n < 10; n++) {
      const got = await sql<{ n: number }>`select ${n}::int + ${sql.raw(String(n))} as n`.execute(db);
      expect(got.rows[0]!.n).toBe(2 * n);
    }
    expect((await prepared()).length).toBeLessThanOrEqual(5);
  });
});
