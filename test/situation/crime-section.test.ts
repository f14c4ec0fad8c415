/**
 * The lägesbild's crime section through the API: figures imported for the
 * kommun, its län and the country come back as series with the last year
 * against the mean of the three before, Polisen's events per type and
 * month, the sources with their import dates and a draft text; the
 * exports print it; and it is read only by those who read the lägesbild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { readPdf } from '../../src/reports/test-read.ts';

let ctx: TestContext;
let coordinator: Client;
const url = '/api/v1/situation/2514/2025/crime';
const IMPORTED = new Date('2025-01-10T08:00:00Z');

async function seedStatistics(): Promise<void> {
  const count = (code: string, year: number, n: number, rate: number | null) => ({
    municipality_code: code,
    year,
    category: 'samtliga brott',
    count: n,
    rate_per_100k: rate,
    source: 'bra',
    imported_at: IMPORTED,
  });
  await ctx.deps.db
    .insertInto('stats_crime_counts')
    .values([
      count('2514', 2021, 1000, null),
      count('2514', 2022, 1100, null),
      count('2514', 2023, 1200, null),
      count('2514', 2024, 1400, null),
      count('25', 2021, 20000, 8000),
      count('25', 2022, 21000, 8400),
      count('25', 2023, 22000, 8800),
      count('25', 2024, 21500, 8600),
      count('00', 2024, 1_380_000, null),
      // Another kommun's figures and a category Kalix lacks stay out.
      count('2583', 2024, 900, null),
      { ...count('25', 2024, 300, null), category: 'bedrägeri' },
    ])
    .execute();
  await ctx.deps.db
    .insertInto('stats_population')
    .values(
      [2021, 2022, 2023, 2024].map((year) => ({
        municipality_code: '2514',
        year,
        population: 16000,
        imported_at: IMPORTED,
      })),
    )
    .execute();
  const event = (id: number, date: string, type: string, category: string, code = '2514') => ({
    id,
    occurred_at: `${date}T12:00:00Z`,
    local_date: date,
    name: `${date}, ${type}, Kalix`,
    summary: `${type} i Kalix.`,
    url: null,
    raw_type: type,
    type,
    category,
    location_name: 'Kalix',
    municipality_code: code,
    gps: null,
  });
  await ctx.deps.db
    .insertInto('stats_police_events')
    .values([
      event(1, '2024-01-15', 'Inbrott', 'stöld och inbrott'),
      event(2, '2024-01-20', 'Inbrott', 'stöld och inbrott'),
      event(3, '2024-03-02', 'Rattfylleri', 'trafik'),
      event(4, '2023-05-02', 'Rattfylleri', 'trafik'),
      event(5, '2024-02-02', 'Bråk', 'våld och hot', '2583'),
    ])
    .execute();
}

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  await seedStatistics();
});
afterAll(async () => ctx.close());

describe('the crime section of the lägesbild', () => {
  it('gives the series of the kommun, its län and the country with the last year against the three before', async () => {
    const res = await coordinator.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    const section = res.json();
    expect(section.lan).toEqual({ code: '25', name: 'Norrbottens län' });
    expect(section.categories).toHaveLength(1);
    const total = section.categories[0];
    expect(total.kommun.points.map((p: { ratePer100k: number }) => p.ratePer100k)).toEqual([6250, 6875, 7500, 8750]);
    expect(total.kommun.lastVsMean).toMatchObject({ year: 2024, meanCount: 1100, changePercent: 27.3 });
    expect(total.lan.lastVsMean).toMatchObject({ meanRatePer100k: 8400, changePercent: 2.4 });
    expect(total.riket.lastVsMean).toBeNull();
    expect(total.riket.noComparison.code).toBe('too_few_years');
  });

  it("counts Polisen's events of the latest year per type and month, and names the sources with their import dates", async () => {
    const section = (await coordinator.request('GET', url)).json();
    expect(section.events.year).toBe(2024);
    expect(section.events.total).toBe(3);
    expect(section.events.types[0]).toMatchObject({ type: 'Inbrott', total: 2 });
    expect(section.events.types[0].counts.slice(0, 3)).toEqual([2, 0, 0]);
    expect(section.sources.map((s: { source: string }) => s.source)).toEqual(['bra', 'scb', 'polisen']);
    expect(section.sources[0].importedAt).toBe(IMPORTED.toISOString());
    const draft = section.draft.replace(/[\u00A0\u202F]/g, ' ');
    expect(draft).toContain('År 2024 anmäldes 1 400 brott i Kalix kommun, 8 750 per 100 000 invånare.');
    expect(draft).toContain('Källor: BRÅ, anmälda brott (inläst 10 januari 2025)');
  });

  it('flags a "-" year next to values instead of comparing over it, and names the category as published', async () => {
    const drugs = (year: number, count: number, dash = false) => ({
      municipality_code: '2514',
      year,
      category: 'narkotikabrott',
      category_label: 'Narkotikabrott (narkotikastrafflagen)',
      count,
      rate_per_100k: null,
      marker: dash ? ('dash' as const) : null,
      source: 'bra',
      imported_at: IMPORTED,
    });
    await ctx.deps.db
      .insertInto('stats_crime_counts')
      .values([drugs(2021, 40), drugs(2022, 0, true), drugs(2023, 45), drugs(2024, 50)])
      .execute();
    const section = (await coordinator.request('GET', url)).json();
    const category = section.categories.find((c: { category: string }) => c.category === 'narkotikabrott');
    expect(category).toMatchObject({ label: 'Narkotikabrott', labelEn: 'Drug offences', policeInitiated: true });
    expect(category.kommun.points[1]).toMatchObject({ year: 2022, count: 0, dash: true });
    expect(category.kommun.lastVsMean).toBeNull();
    expect(category.kommun.noComparison.code).toBe('dash_year');
    expect(section.draft).toContain('Källan skriver "-" (noll) för 2022');
  });

  it('leaves figures after the lägesbild year out', async () => {
    const section = (await coordinator.request('GET', '/api/v1/situation/2514/2023/crime')).json();
    expect(section.categories[0].kommun.points.map((p: { year: number }) => p.year)).toEqual([2021, 2022, 2023]);
    expect(section.events.year).toBe(2023);
    expect(section.events.total).toBe(1);
  });

  it('is printed in the lägesbild PDF under Brottslighetens omfattning', async () => {
    const res = await coordinator.request('GET', '/api/v1/situation/2514/2025/export.pdf?audience=public');
    expect(res.statusCode).toBe(200);
    const text = (await readPdf(res.rawPayload)).text.replace(/[\u00A0\u202F]/g, ' ');
    expect(text).toContain('Anmälda brott: senaste året mot snittet av de tre åren före');
    expect(text).toContain('Samtliga brott per år');
    expect(text).toContain('Polisens händelser 2024');
  });

  it('is not found for someone who does not read the lägesbild of the kommun', async () => {
    const other = await signIn(ctx.app, DEMO.haparandaCoordinator);
    expect((await other.request('GET', url)).statusCode).toBe(404);
  });
});
