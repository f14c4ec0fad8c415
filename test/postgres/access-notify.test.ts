/**
 * Held actors across processes: a change of access made by another process,
 * or straight in the database, reaches this process through LISTEN/NOTIFY
 * (migration 0017, src/db/access-changes.ts); while this process cannot
 * hear, it holds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'kysely';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { createDeps } from '../../src/server/deps.ts';
import type { Deps } from '../../src/app/deps.ts';
import { accessChangesOf } from '../../src/db/connect.ts';
import { heldActors } from '../../src/app/auth/auth-cache.ts';
import { sha256 } from '../../src/app/auth/crypto.ts';
import { revokeToken, createToken } from '../../src/app/auth/tokens.ts';
import { CLI_ACTOR } from '../../src/app/audit.ts';

let ctx: TestContext;
let other: Deps;
let direct: pg.Client;
let kalix: string;

beforeAll(async () => {
  ctx = await startTestApp();
  other = await createDeps(ctx.config, { log: () => {} });
  direct = new pg.Client({ connectionString: ctx.config.databaseUrl! });
  await direct.connect();
  kalix = await orgIdByCode(ctx.deps, '2514');
});
afterAll(async () => {
  await direct.end();
  await other.db.destroy();
  await ctx.close();
});

async function eventually(check: () => Promise<boolean> | boolean, ms = 3000): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return performance.now() - start;
}

const status = async (headers: Record<string, string>) =>
  (await ctx.app.inject({ url: `/api/v1/organisations/${kalix}`, headers })).statusCode;

describe('changes of access from elsewhere', () => {
  it('a token revoked by another process is refused here within moments', async () => {
    const { token, view } = await createToken(ctx.deps, CLI_ACTOR, { organisationId: kalix, role: 'viewer' });
    const bearer = { authorization: `Bearer ${token}` };
    expect(await status(bearer)).toBe(200);
    expect(heldActors(ctx.deps.db, 'token').get(sha256(token))).toBeDefined();
    await revokeToken(other, CLI_ACTOR, view.id);
    const ms = await eventually(async () => (await status(bearer)) === 401);
    expect(ms).toBeLessThan(1000);
  });

  it('a membership removed straight in the database (psql) counts here within moments', async () => {
    const coordinator: Client = await signIn(ctx.app, DEMO.kalixCoordinator);
    const read = async () => (await coordinator.request('GET', `/api/v1/organisations/${kalix}`)).statusCode;
    expect(await read()).toBe(200);
    expect(await read()).toBe(200);
    await direct.query('delete from memberships where user_id = (select id from users where email = $1)', [
      DEMO.kalixCoordinator,
    ]);
    const ms = await eventually(async () => (await read()) === 404);
    expect(ms).toBeLessThan(1000);
  });

  it('holds nothing while it cannot hear other processes, and holds again once it listens again', async () => {
    const changes = accessChangesOf(ctx.deps.db)!;
    const { token } = await createToken(ctx.deps, CLI_ACTOR, { organisationId: kalix, role: 'viewer' });
    const bearer = { authorization: `Bearer ${token}` };
    expect(await status(bearer)).toBe(200);

    const listener = await sql<{ pid: number }>`select pid from pg_stat_activity
      where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()`.execute(ctx.deps.db);
    expect(listener.rows.length).toBeGreaterThan(0);
    for (const { pid } of listener.rows) await direct.query('select pg_terminate_backend($1)', [pid]);
    await eventually(() => !changes.settled);
    // A revocation this process cannot hear of counts on the very next request.
    await direct.query('update api_tokens set revoked_at = now() where token_hash = $1', [sha256(token)]);
    expect(await status(bearer)).toBe(401);

    await eventually(() => changes.settled);
    const { token: again } = await createToken(ctx.deps, CLI_ACTOR, { organisationId: kalix, role: 'viewer' });
    expect(await status({ authorization: `Bearer ${again}` })).toBe(200);
    expect(heldActors(ctx.deps.db, 'token').get(sha256(again))).toBeDefined();
  });
});
