import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { braFile, FEED_A, FEED_B, scbFile } from './fixtures.ts';

let ctx: TestContext;
let admin: Client;
let partner: Client;

async function importOk(payload: Record<string, unknown>) {
  const res = await admin.request('POST', '/api/v1/statistics/imports', payload);
  if (res.statusCode !== 201) throw new Error(res.body);
}

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
  partner = await signIn(ctx.app, DEMO.kalixPartner);
  // Kalix: 2019–2022 without BRÅ's rate (computed from SCB), 2023 with BRÅ's own rate; 2020 suppressed.
  const counts: [number, string, string][] = [
    [2019, '1 000', ''],
    [2020, '..', ''],
    [2021, '1 200', ''],
    [2022, '1 300', ''],
    [2023, '1 204', '7 025,3'],
  ];
  for (const [year, count, rate] of counts) {
    await importOk({
      source: 'bra',
      year,
      content: braFile(['Kommun;Antal;Per 100 000 inv.', `Kalix;${count};${rate}`, `Haparanda;${count};${rate}`]),
    });
  }
  await importOk({
    source: 'bra',
    year: 2023,
    category: 'narkotikabrott',
    content: braFile(['Kommun;Antal', 'Kalix;80']),
  });
  await importOk({
    source: 'scb',
    content: scbFile([
      ['2514', '2019', '20000'],
      ['2514', '2021', '20000'],
      ['2514', '2022', '20000'],
      ['2514', '2023', '16852'],
    ]),
  });
  await importOk({ source: 'polisen', content: JSON.stringify(FEED_A) });
  await importOk({ source: 'polisen', content: JSON.stringify(FEED_B) });
});
afterAll(() => ctx.close());

describe('GET /api/v1/statistics/series', () => {
  it('gives counts, population and rates per year, and the trend as a series', async () => {
    const res = await partner.request('GET', '/api/v1/statistics/series?kommun=2514');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.kommun).toEqual({ code: '2514', name: 'Kalix' });
    expect(body.category).toBe('samtliga brott');
    const dash = false;
    expect(body.points).toEqual([
      { year: 2019, count: 1000, population: 20000, ratePer100k: 5000, rateSource: 'computed', dash },
      { year: 2020, count: null, population: null, ratePer100k: null, rateSource: null, dash },
      { year: 2021, count: 1200, population: 20000, ratePer100k: 6000, rateSource: 'computed', dash },
      { year: 2022, count: 1300, population: 20000, ratePer100k: 6500, rateSource: 'computed', dash },
      { year: 2023, count: 1204, population: 16852, ratePer100k: 7025.3, rateSource: 'bra', dash },
    ]);
    expect(body.label).toBe('Samtliga brott');
    expect(body.noTrend).toBeNull();
    expect(body.trend).toMatchObject({ basis: 'ratePer100k', direction: 'up', firstYear: 2019, lastYear: 2023 });
    expect(body.trend.slopePerYear).toBe(505.06);
    expect(body.trend.series.map((s: { year: number }) => s.year)).toEqual([2019, 2021, 2022, 2023]);
  });

  it('takes a kommun name and a category, and lists the categories stored', async () => {
    const res = await partner.request('GET', '/api/v1/statistics/series?kommun=Kalix%20kommun&category=Narkotikabrott');
    expect(res.json()).toMatchObject({
      category: 'narkotikabrott',
      label: 'Narkotikabrott',
      points: [{ year: 2023, count: 80, ratePer100k: 474.7 }],
      trend: null,
      noTrend: { code: 'too_few_years', message: expect.stringContaining('minst 3 år') },
    });
    const cats = await partner.request('GET', '/api/v1/statistics/categories?kommun=2514');
    expect(cats.json().categories).toEqual([
      { category: 'narkotikabrott', label: 'Narkotikabrott', firstYear: 2023, lastYear: 2023, years: 1 },
      { category: 'samtliga brott', label: 'Samtliga brott', firstYear: 2019, lastYear: 2023, years: 5 },
    ]);
  });

  it('falls back to counts for the trend where no population is known', async () => {
    const res = await partner.request('GET', '/api/v1/statistics/series?kommun=2583');
    expect(res.json().trend).toMatchObject({ basis: 'count', firstYear: 2019, lastYear: 2023 });
    const onlyRate2023 = res.json().points.filter((p: { ratePer100k: number | null }) => p.ratePer100k !== null);
    expect(onlyRate2023).toHaveLength(1);
  });

  it('answers an unknown kommun with 400 and an anonymous caller with 401', async () => {
    expect((await partner.request('GET', '/api/v1/statistics/series?kommun=Atlantis')).statusCode).toBe(400);
    expect((await ctx.app.inject({ url: '/api/v1/statistics/series?kommun=2514' })).statusCode).toBe(401);
  });
});

describe('GET /api/v1/statistics/events', () => {
  it("lists a kommun's events and counts them per month and category", async () => {
    const res = await partner.request('GET', '/api/v1/statistics/events?kommun=2514');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(5);
    expect(body.events.map((e: { id: number }) => e.id)).toEqual([1008, 1007, 1003, 1002, 1001]);
    expect(body.events[1]).toMatchObject({ type: 'Drönarlarm', category: 'övrigt', date: '2024-04-20' });
    expect(body.events[3]).toMatchObject({
      type: 'Trafikolycka, personskada',
      rawType: 'Trafikolycka,  personskada',
      category: 'trafik',
      url: 'https://polisen.se/aktuellt/handelser/2024/03/15/1002/',
    });
    expect(body.monthly).toEqual([
      { month: '2024-03', category: 'narkotika', count: 1 },
      { month: '2024-03', category: 'trafik', count: 1 },
      { month: '2024-04', category: 'narkotika', count: 1 },
      { month: '2024-04', category: 'våld och hot', count: 1 },
      { month: '2024-04', category: 'övrigt', count: 1 },
    ]);
    expect(body.byType).toContainEqual({ type: 'Narkotikabrott', category: 'narkotika', count: 2 });
  });

  it("counts by the Swedish calendar day: 00:05 on 21 April is April, whatever the server's zone", async () => {
    const res = await partner.request('GET', '/api/v1/statistics/events?kommun=2514&from=2024-04-21&to=2024-04-30');
    expect(res.json().events.map((e: { id: number }) => e.id)).toEqual([1008]);
  });

  it('filters by period and category', async () => {
    const res = await partner.request(
      'GET',
      '/api/v1/statistics/events?kommun=Kalix&from=2024-04-01&to=2024-04-30&category=narkotika',
    );
    expect(res.json()).toMatchObject({ total: 1, events: [{ id: 1008 }] });
    expect((await partner.request('GET', '/api/v1/statistics/events?kommun=2514&from=april')).statusCode).toBe(400);
  });
});

describe('the API description', () => {
  it('documents the statistics routes under "Statistik" with Swedish summaries', async () => {
    const spec = (await ctx.app.inject({ url: '/api/openapi.json' })).json();
    for (const path of ['/api/v1/statistics/imports', '/api/v1/statistics/series', '/api/v1/statistics/events']) {
      const op = Object.values(spec.paths[path] as Record<string, { tags: string[]; summary: string }>)[0]!;
      expect(op.tags).toEqual(['Statistik']);
      expect(op.summary.length).toBeGreaterThan(10);
    }
  });
});
