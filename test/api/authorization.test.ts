/**
 * The rules table seen through the API: what each demo role can reach in
 * its own kommun and in another one. A partner of Kalix must not read or
 * change anything of Haparanda's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, orgIdByName, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';

let ctx: TestContext;
let kalix: string;
let haparanda: string;
let clients: Record<string, Client>;

beforeAll(async () => {
  ctx = await startTestApp();
  kalix = await orgIdByCode(ctx.deps, '2514');
  haparanda = await orgIdByCode(ctx.deps, '2583');
  clients = {};
  for (const [key, email] of Object.entries(DEMO)) clients[key] = await signIn(ctx.app, email);
});
afterAll(async () => ctx.close());

describe('a partner of Kalix (skolan)', () => {
  it('cannot read Haparanda or its users', async () => {
    const p = clients.kalixPartner!;
    expect((await p.request('GET', `/api/v1/organisations/${haparanda}`)).statusCode).toBe(404);
    const list = (await p.request('GET', '/api/v1/organisations')).json().organisations as { id: string }[];
    expect(list.map((o) => o.id)).not.toContain(haparanda);
    expect((await p.request('GET', '/api/v1/users')).json().users).toEqual([]);
  });

  it("cannot change anything of Haparanda's", async () => {
    const p = clients.kalixPartner!;
    const changes = [
      await p.request('PATCH', `/api/v1/organisations/${haparanda}`, { active: false }),
      await p.request('POST', '/api/v1/organisations', { kind: 'partner', name: 'X', parentId: haparanda }),
      await p.request('POST', '/api/v1/users', {
        email: 'ny@x.se',
        name: 'Ny',
        organisationId: haparanda,
        role: 'viewer',
      }),
      await p.request('POST', '/api/v1/tokens', { organisationId: haparanda, role: 'viewer' }),
    ];
    expect(changes.map((r) => r.statusCode)).toEqual([404, 403, 403, 403]);
    const h = await ctx.deps.db
      .selectFrom('organisations')
      .select('active')
      .where('id', '=', haparanda)
      .executeTakeFirstOrThrow();
    expect(h.active).toBe(true);
  });

  it('cannot manage even its own kommun (no admin rights)', async () => {
    const p = clients.kalixPartner!;
    const res = await p.request('POST', '/api/v1/users', {
      email: 'ny2@x.se',
      name: 'Ny',
      organisationId: kalix,
      role: 'viewer',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden', message: expect.stringContaining('behörighet') });
  });
});

describe('a kommun coordinator', () => {
  it('reads its own kommun and users there, but not another kommun', async () => {
    const c = clients.kalixCoordinator!;
    expect((await c.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(200);
    expect((await c.request('GET', `/api/v1/organisations/${haparanda}`)).statusCode).toBe(404);
    const users = (await c.request('GET', '/api/v1/users')).json().users as { email: string }[];
    expect(users.map((u) => u.email)).toContain(DEMO.kalixCoordinator);
    expect(users.map((u) => u.email)).not.toContain(DEMO.haparandaCoordinator);
  });

  it('may not read the audit log or create tokens', async () => {
    const c = clients.kalixCoordinator!;
    expect((await c.request('GET', '/api/v1/audit')).statusCode).toBe(403);
    expect((await c.request('POST', '/api/v1/tokens', { organisationId: kalix, role: 'viewer' })).statusCode).toBe(403);
  });
});

describe('the LPO officer', () => {
  it('reaches the kommuner the police area covers, not others', async () => {
    const o = clients.officer!;
    expect((await o.request('GET', `/api/v1/organisations/${kalix}`)).statusCode).toBe(200);
    expect((await o.request('GET', `/api/v1/organisations/${haparanda}`)).statusCode).toBe(200);
    const norsjo = await orgIdByCode(ctx.deps, '2417');
    expect((await o.request('GET', `/api/v1/organisations/${norsjo}`)).statusCode).toBe(404);
  });

  it('a viewer (LPO chief) cannot change anything', async () => {
    const v = clients.lpoChief!;
    const lpo = await orgIdByName(ctx.deps, 'Östra Norrbotten');
    expect((await v.request('PATCH', `/api/v1/organisations/${lpo}`, { name: 'Nytt namn' })).statusCode).toBe(403);
  });
});

describe('API tokens', () => {
  it('are scoped to one organisation and role, and stop working when revoked', async () => {
    const admin = clients.admin!;
    const created = await admin.request('POST', '/api/v1/tokens', {
      organisationId: kalix,
      role: 'viewer',
      name: 'Kalix dashboard',
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json() as { token: string; id: string };
    expect(token).toMatch(/^lofte_/);
    const bearer = { authorization: `Bearer ${token}` };
    expect((await ctx.app.inject({ url: `/api/v1/organisations/${kalix}`, headers: bearer })).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: `/api/v1/organisations/${haparanda}`, headers: bearer })).statusCode).toBe(404);
    const write = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${kalix}`,
      headers: bearer,
      payload: { active: false },
    });
    expect(write.statusCode).toBe(403);

    const stored = await ctx.deps.db
      .selectFrom('api_tokens')
      .select(['token_hash'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

    expect((await admin.request('POST', `/api/v1/tokens/${id}/revoke`)).json().revokedAt).not.toBeNull();
    const after = await ctx.app.inject({ url: `/api/v1/organisations/${kalix}`, headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
  });

  it('a made-up token is refused', async () => {
    const res = await ctx.app.inject({ url: '/api/v1/users', headers: { authorization: 'Bearer lofte_nope' } });
    expect(res.statusCode).toBe(401);
  });

  it('token listing shows the prefix, never the token', async () => {
    const list = (await clients.admin!.request('GET', '/api/v1/tokens')).json().tokens as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(0);
    for (const t of list) {
      expect(t).not.toHaveProperty('token');
      expect(t).not.toHaveProperty('tokenHash');
    }
  });
});
