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

describe('a connection whose server process was killed', () => {
  let onePool: pg.Pool;
  let oneDb: Kysely<any>;
  let dba: pg.Client;

  beforeAll(async () => {
    onePool = new pg.Pool({ connectionString: fresh.url, max: 1 });
    // As connect.ts does: a connection dropped while idle is reported, not thrown.
    onePool.on('error', () => {});
    oneDb = new Kysely<any>({ dialect: new PostgresDialect({ pool: preparingPool(onePool) }) });
    dba = new pg.Client({ connectionString: fresh.url });
    await dba.connect();
  });
  afterAll(async () => {
    await dba.end();
    await oneDb.destroy();
  });

  const backend = async () => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(oneDb)).rows[0]!.pid;

  async function killDuring(run: () => Promise<unknown>): Promise<unknown> {
    const pid = await backend();
    const running = run().then(
      () => null,
      (err: unknown) => err,
    );
    for (let tries = 0; tries < 200; tries++) {
      const busy = await dba.query(`select 1 from pg_stat_activity where pid = $1 and state = 'active'`, [pid]);
      if (busy.rowCount) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await dba.query('select pg_terminate_backend($1)', [pid]);
    return running;
  }

  it('fails the query that was running, and the very next query gets a new connection', async () => {
    const before = await backend();
    const err = await killDuring(() => sql`select pg_sleep(30)`.execute(oneDb));
    expect((err as { code?: string }).code).toBe('57P01');
    // Straight after the failure, before the closed socket is even read: one connection, so it must be a new one.
    const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(oneDb);
    expect(after.rows[0]!.pid).not.toBe(before);
  });

  it('the same inside a transaction: it rolls back, and the next query gets a new connection', async () => {
    await sql`create table if not exists kept (n int)`.execute(oneDb);
    const before = await backend();
    const err = await killDuring(() =>
      oneDb.transaction().execute(async (trx) => {
        await sql`insert into kept values (1)`.execute(trx);
        await sql`select pg_sleep(30)`.execute(trx);
      }),
    );
    expect(err).toBeInstanceOf(Error);
    const after = await sql<{
      pid: number;
      n: number;
    }>`select pg_backend_pid() as pid, (select count(*)::int from kept) as n`.execute(oneDb);
    expect(after.rows[0]).toEqual({ pid: expect.any(Number), n: 0 });
    expect(after.rows[0]!.pid).not.toBe(before);
  });
});
