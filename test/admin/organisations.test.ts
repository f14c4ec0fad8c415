import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { createAccount } from '../accounts.ts';

let ctx: TestContext;
let admin: Client;
beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
});
afterAll(async () => ctx.close());

describe('organisations', () => {
  it('all 290 kommuner exist from the first start, with kommunkod and slug', async () => {
    const res = await admin.request('GET', '/api/v1/organisations?kind=municipality');
    const list = res.json().organisations as { code: string; name: string; slug: string }[];
    expect(list).toHaveLength(290);
    expect(list.find((k) => k.code === '2514')).toMatchObject({ name: 'Kalix', slug: 'kalix' });
    expect(list.find((k) => k.code === '2518')).toMatchObject({ name: 'Övertorneå', slug: 'overtornea' });
  });

  it('an admin creates a police region and an LPO covering kommuner; its staff then reach those kommuner', async () => {
    const region = await admin.request('POST', '/api/v1/organisations', { kind: 'region', name: 'Polisregion Mitt' });
    expect(region.statusCode).toBe(201);
    const gavle = await orgIdByCode(ctx.deps, '2180');
    const sandviken = await orgIdByCode(ctx.deps, '2181');
    const lpo = await admin.request('POST', '/api/v1/organisations', {
      kind: 'police_area',
      name: 'Gävle',
      parentId: region.json().id,
      covers: [gavle, sandviken],
    });
    expect(lpo.statusCode).toBe(201);
    expect(lpo.json()).toMatchObject({ kind: 'police_area', slug: 'lpo-gavle' });
    expect(new Set(lpo.json().covers)).toEqual(new Set([gavle, sandviken]));

    await createAccount(ctx, admin, {
      email: 'polis.gavle@example.se',
      name: 'Polis Gävle',
      organisationId: lpo.json().id,
      role: 'officer',
    });
    const officer = await signIn(ctx.app, 'polis.gavle@example.se', 'ett-langt-losenord');
    expect((await officer.request('GET', `/api/v1/organisations/${sandviken}`)).statusCode).toBe(200);
    expect(
      (await officer.request('GET', `/api/v1/organisations/${await orgIdByCode(ctx.deps, '2514')}`)).statusCode,
    ).toBe(404);
  });

  it('a change of what an LPO covers reaches its signed-in staff and its API tokens on their very next request', async () => {
    const lpo = await admin.request('POST', '/api/v1/organisations', {
      kind: 'police_area',
      name: 'Umeå',
      covers: [await orgIdByCode(ctx.deps, '2480')],
    });
    await createAccount(ctx, admin, {
      email: 'polis.umea@example.se',
      name: 'Polis Umeå',
      organisationId: lpo.json().id,
      role: 'officer',
    });
    const officer = await signIn(ctx.app, 'polis.umea@example.se', 'ett-langt-losenord');
    const token = (
      await admin.request('POST', '/api/v1/tokens', { name: 'LPO Umeå', organisationId: lpo.json().id, role: 'viewer' })
    ).json().token;
    const asToken = async (url: string) =>
      (await ctx.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } })).statusCode;
    const vannas = await orgIdByCode(ctx.deps, '2460');
    expect((await officer.request('GET', `/api/v1/organisations/${vannas}`)).statusCode).toBe(404);
    expect(await asToken(`/api/v1/organisations/${vannas}`)).toBe(404);

    expect(
      (
        await admin.request('PATCH', `/api/v1/organisations/${lpo.json().id}`, {
          covers: [await orgIdByCode(ctx.deps, '2480'), vannas],
        })
      ).statusCode,
    ).toBe(200);
    expect((await officer.request('GET', `/api/v1/organisations/${vannas}`)).statusCode).toBe(200);
    expect(await asToken(`/api/v1/organisations/${vannas}`)).toBe(200);

    expect(
      (
        await admin.request('PATCH', `/api/v1/organisations/${lpo.json().id}`, {
          covers: [await orgIdByCode(ctx.deps, '2480')],
        })
      ).statusCode,
    ).toBe(200);
    expect((await officer.request('GET', `/api/v1/organisations/${vannas}`)).statusCode).toBe(404);
    expect(await asToken(`/api/v1/organisations/${vannas}`)).toBe(404);
  });

  it('a kommun admin creates a partner organisation under the kommun', async () => {
    const kalix = await orgIdByCode(ctx.deps, '2514');
    await createAccount(ctx, admin, {
      email: 'admin.kalix@example.se',
      name: 'Admin Kalix',
      organisationId: kalix,
      role: 'admin',
    });
    const kalixAdmin = await signIn(ctx.app, 'admin.kalix@example.se', 'ett-langt-losenord');
    const res = await kalixAdmin.request('POST', '/api/v1/organisations', {
      kind: 'partner',
      name: 'Kalixbo',
      parentId: kalix,
      partnerType: 'bostadsbolag',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ parentId: kalix, partnerType: 'bostadsbolag' });
    // …but not a region, which belongs to the platform.
    expect(
      (await kalixAdmin.request('POST', '/api/v1/organisations', { kind: 'region', name: 'Egen region' })).statusCode,
    ).toBe(403);
  });

  it('refuses bad structure with a clear error and stores nothing', async () => {
    const kalix = await orgIdByCode(ctx.deps, '2514');
    const count = async () => (await ctx.deps.db.selectFrom('organisations').select('id').execute()).length;
    const before = await count();
    const underKommun = await admin.request('POST', '/api/v1/organisations', {
      kind: 'region',
      name: 'Fel',
      parentId: kalix,
    });
    expect(underKommun.statusCode).toBe(400);
    expect(underKommun.json().code).toBe('validation_failed');
    const lpoCoversLpo = await admin.request('POST', '/api/v1/organisations', {
      kind: 'police_area',
      name: 'Fel',
      covers: [
        (
          await ctx.deps.db
            .selectFrom('organisations')
            .select('id')
            .where('kind', '=', 'platform')
            .executeTakeFirstOrThrow()
        ).id,
      ],
    });
    expect(lpoCoversLpo.statusCode).toBe(400);
    const blank = await admin.request('POST', '/api/v1/organisations', { kind: 'region', name: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('keeps kommun names from the reference data', async () => {
    const kalix = await orgIdByCode(ctx.deps, '2514');
    const res = await admin.request('PATCH', `/api/v1/organisations/${kalix}`, { name: 'Kalix stad' });
    expect(res.statusCode).toBe(400);
    expect((await admin.request('GET', `/api/v1/organisations/${kalix}`)).json().name).toBe('Kalix');
  });

  it('activating a kommun puts it on the public start page', async () => {
    const lulea = await orgIdByCode(ctx.deps, '2580');
    expect((await ctx.app.inject({ url: '/' })).body).not.toContain('/kommun/lulea');
    expect((await admin.request('PATCH', `/api/v1/organisations/${lulea}`, { active: true })).statusCode).toBe(200);
    expect((await ctx.app.inject({ url: '/' })).body).toContain('/kommun/lulea');
  });
});
