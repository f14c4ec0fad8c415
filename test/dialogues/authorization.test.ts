/**
 * Who may read and write a kommun's dialogues, walks and EST pictures:
 * Haparanda's coordinator sees nothing of Kalix's (404 on reads, 403 on
 * registering), the LPO chief (viewer) reads but cannot write, the
 * community police officer works in every kommun of the LPO.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { counts, dialogue } from './fixtures.ts';

let ctx: TestContext;
let c: Record<keyof typeof DEMO, Client>;
let walkId: string;
let findingId: string;
let estId: string;

beforeAll(async () => {
  ctx = await startTestApp();
  c = {} as typeof c;
  for (const [key, email] of Object.entries(DEMO)) c[key as keyof typeof DEMO] = await signIn(ctx.app, email);
  const walk = (
    await c.kalixCoordinator.request('POST', '/api/v1/dialogues', dialogue({ kind: 'trygghetsvandring' }))
  ).json();
  walkId = walk.id;
  findingId = walk.findings[0].id;
  estId = (
    await c.kalixCoordinator.request('POST', '/api/v1/est/reports', {
      kommun: '2514',
      week: '2025-W10',
      areaName: 'Centrum',
      answers: { klotter: { level: 1 } },
    })
  ).json().id;
});
afterAll(async () => ctx.close());

const reads = () =>
  [
    ['GET', `/api/v1/dialogues/${walkId}`],
    ['GET', `/api/v1/safety-walks/${walkId}`],
    ['GET', '/api/v1/dialogues?kommun=2514'],
    ['GET', '/api/v1/dialogues/open-actions?kommun=2514'],
    ['GET', `/api/v1/est/reports/${estId}`],
    ['GET', '/api/v1/est/weekly?kommun=2514&week=2025-W10'],
    ['GET', '/api/v1/est/summary?kommun=2514&period=2025-Q1'],
  ] as const;

const changes = () =>
  [
    ['POST', '/api/v1/dialogues', dialogue()],
    ['POST', '/api/v1/safety-walks', { kommun: '2514', date: '2025-10-01', areaName: 'Centrum' }],
    ['POST', '/api/v1/est/reports', { kommun: '2514', week: '2025-W11', areaName: 'Centrum', answers: {} }],
    ['POST', `/api/v1/safety-walks/${walkId}/follow-up`, { date: '2025-03-28', actions: [] }],
    ['PATCH', `/api/v1/dialogues/${walkId}/findings/${findingId}`, { doneAt: '2025-04-01' }],
    ['POST', `/api/v1/dialogues/${walkId}/findings`, { findings: [{ text: 'x', category: 'trafik', seriousness: 1 }] }],
    ['PUT', `/api/v1/est/reports/${estId}`, { answers: {} }],
    ['PATCH', `/api/v1/dialogues/${walkId}`, { date: '2025-03-13' }],
    ['DELETE', `/api/v1/dialogues/${walkId}`],
    ['DELETE', `/api/v1/est/reports/${estId}`],
  ] as const;

async function statuses(client: Client, list: readonly (readonly [string, string, unknown?])[]): Promise<number[]> {
  const out: number[] = [];
  for (const [method, url, body] of list) out.push((await client.request(method, url, body)).statusCode);
  return out;
}

describe("Haparanda's coordinator and Kalix", () => {
  it("cannot read anything of Kalix's: every read is a 404", async () => {
    expect(await statuses(c.haparandaCoordinator, reads())).toEqual([404, 404, 404, 404, 404, 404, 404]);
    expect((await c.haparandaCoordinator.request('GET', '/api/v1/dialogues')).json().dialogues).toEqual([]);
    expect((await c.haparandaCoordinator.request('GET', '/api/v1/est/reports')).json().reports).toEqual([]);
  });

  it("cannot write anything of Kalix's, and nothing changes", async () => {
    const before = await counts(ctx.deps.db);
    const audits = (await ctx.deps.db.selectFrom('audit_log').select('id').execute()).length;
    expect(await statuses(c.haparandaCoordinator, changes())).toEqual([
      403, 403, 403, 404, 404, 404, 404, 404, 404, 404,
    ]);
    expect(await counts(ctx.deps.db)).toEqual(before);
    expect((await ctx.deps.db.selectFrom('audit_log').select('id').execute()).length).toBe(audits);
  });

  it('works in its own kommun', async () => {
    const res = await c.haparandaCoordinator.request('POST', '/api/v1/dialogues', dialogue({ kommun: '2583' }));
    expect(res.statusCode).toBe(201);
    expect((await c.kalixCoordinator.request('GET', `/api/v1/dialogues/${res.json().id}`)).statusCode).toBe(404);
  });
});

describe('the LPO', () => {
  it("the LPO chief (viewer) reads Kalix's dialogues but may not change them", async () => {
    expect(await statuses(c.lpoChief, reads())).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(await statuses(c.lpoChief, changes())).toEqual([403, 403, 403, 403, 403, 403, 403, 403, 403, 403]);
  });

  it('the community police officer registers in every kommun the LPO covers', async () => {
    for (const kommun of ['2514', '2583']) {
      expect(
        (await c.officer.request('POST', '/api/v1/dialogues', dialogue({ kommun, kind: 'medarbetardialog' })))
          .statusCode,
      ).toBe(201);
    }
    expect((await c.officer.request('POST', '/api/v1/dialogues', dialogue({ kommun: '2417' }))).statusCode).toBe(403);
  });
});

describe('a Kalix partner (skolan)', () => {
  it("may not register, change or delete dialogues or read the kommun's, only file EST reports", async () => {
    expect((await c.kalixPartner.request('POST', '/api/v1/dialogues', dialogue())).statusCode).toBe(403);
    expect((await c.kalixPartner.request('GET', `/api/v1/dialogues/${walkId}`)).statusCode).toBe(404);
    expect((await c.kalixPartner.request('GET', `/api/v1/est/reports/${estId}`)).statusCode).toBe(404);
    expect((await c.kalixPartner.request('PUT', `/api/v1/est/reports/${estId}`, { answers: {} })).statusCode).toBe(404);
    expect((await c.kalixPartner.request('DELETE', `/api/v1/est/reports/${estId}`)).statusCode).toBe(404);
    expect(
      (await c.kalixPartner.request('PATCH', `/api/v1/dialogues/${walkId}`, { date: '2025-03-13' })).statusCode,
    ).toBe(404);
    expect((await c.kalixPartner.request('DELETE', `/api/v1/dialogues/${walkId}`)).statusCode).toBe(404);
  });
});

describe('without signing in', () => {
  it('every dialogue route answers 401', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/dialogues' });
    expect(res.statusCode).toBe(401);
  });
});
