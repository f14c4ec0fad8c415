/**
 * Signed-in actors are held in memory (src/app/auth/auth-cache.ts); every change
 * of access must still reach the very next request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { heldActors } from '../../src/app/auth/auth-cache.ts';
import { sha256 } from '../../src/app/auth/crypto.ts';

let ctx: TestContext;
let admin: Client;
let kalix: string;

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
  kalix = await orgIdByCode(ctx.deps, '2514');
});
afterAll(async () => ctx.close());

const sessionHash = (c: Client) => sha256(c.cookie);
const userId = async (email: string) =>
  (await ctx.deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

describe('held actors', () => {
  it('a session is held after its first request, and a role taken away counts on the next', async () => {
    const coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
    expect((await coordinator.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(200);
    expect(heldActors(ctx.deps.db, 'session').get(sessionHash(coordinator))).toBeDefined();

    const membership = await ctx.deps.db
      .selectFrom('memberships')
      .select('id')
      .where('user_id', '=', await userId(DEMO.kalixCoordinator))
      .executeTakeFirstOrThrow();
    expect((await admin.request('DELETE', `/api/v1/memberships/${membership.id}`)).statusCode).toBe(204);
    expect((await coordinator.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(404);
  });

  it('a disabled user is refused on the next request', async () => {
    const leader = await signIn(ctx.app, DEMO.kalixLeader);
    expect((await leader.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(200);
    expect(heldActors(ctx.deps.db, 'session').get(sessionHash(leader))).toBeDefined();
    expect(
      (await admin.request('PATCH', `/api/v1/users/${await userId(DEMO.kalixLeader)}`, { disabled: true })).statusCode,
    ).toBe(200);
    expect((await leader.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(401);
  });

  it('a held token is refused on the next request after it is revoked', async () => {
    const created = (
      await admin.request('POST', '/api/v1/tokens', { organisationId: kalix, role: 'viewer' })
    ).json() as { token: string; id: string };
    const bearer = { authorization: `Bearer ${created.token}` };
    expect((await ctx.app.inject({ url: `/api/v1/organisations/${kalix}`, headers: bearer })).statusCode).toBe(200);
    expect(heldActors(ctx.deps.db, 'token').get(sha256(created.token))).toBeDefined();
    expect((await admin.request('POST', `/api/v1/tokens/${created.id}/revoke`)).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: `/api/v1/organisations/${kalix}`, headers: bearer })).statusCode).toBe(401);
  });

  it('recording that a session was used does not empty the store', async () => {
    const officer = await signIn(ctx.app, DEMO.officer);
    expect((await officer.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(200);
    // A minute later the request records the use (a write to sessions), and the actor stays held.
    const realNow = ctx.deps.now;
    ctx.deps.now = () => new Date(realNow().getTime() + 5 * 60_000);
    try {
      expect((await officer.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(200);
      expect(heldActors(ctx.deps.db, 'session').get(sessionHash(officer))).toBeDefined();
    } finally {
      ctx.deps.now = realNow;
    }
  });

  it('an expired session is refused even while held', async () => {
    const chief = await signIn(ctx.app, DEMO.lpoChief);
    expect((await chief.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(200);
    const realNow = ctx.deps.now;
    ctx.deps.now = () => new Date(realNow().getTime() + (ctx.config.sessionDays + 1) * 86400_000);
    try {
      expect((await chief.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(401);
    } finally {
      ctx.deps.now = realNow;
    }
  });
});
