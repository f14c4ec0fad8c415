/**
 * The lägesbild's ranking from imported statistics, Polisen's events and
 * survey results from outside: each source one normalised measure, with
 * the reason, and what is left out shown as left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, orgIdByCode, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';

let ctx: TestContext;
let coordinator: Client;
const url = '/api/v1/situation/2514/2025';
type Problem = {
  category: string;
  score: number;
  parts: { source: string; points: number; why: string }[];
  evidence: { source: string; description: string }[];
};
const problem = async (category: string): Promise<Problem | undefined> =>
  ((await coordinator.request('GET', url)).json().problems as Problem[]).find((p) => p.category === category);

let nextEventId = 1;
async function events(code: string, type: string, category: string, n: number) {
  const rows = Array.from({ length: n }, () => ({
    id: nextEventId++,
    occurred_at: '2025-06-01T10:00:00Z',
    local_date: '2025-06-01',
    name: `1 juni 10.00, ${type}, Ort`,
    summary: 'Händelse',
    url: null,
    raw_type: type,
    type,
    category,
    location_name: 'Ort',
    municipality_code: code,
    gps: null,
  }));
  await ctx.deps.db.insertInto('stats_police_events').values(rows).execute();
}

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  await ctx.deps.db
    .insertInto('stats_population')
    .values([
      { municipality_code: '2514', year: 2025, population: 16_000 },
      { municipality_code: '2580', year: 2025, population: 80_000 },
      { municipality_code: '25', year: 2025, population: 250_000 },
    ])
    .execute();
  await ctx.deps.db
    .insertInto('stats_crime_counts')
    .values([
      ...[2023, 2024, 2025].map((year, i) => ({
        municipality_code: '2514',
        year,
        category: 'butiksstöld',
        count: 120 + i * 40,
        rate_per_100k: null,
        source: 'bra',
      })),
      { municipality_code: '25', year: 2025, category: 'butiksstöld', count: 1250, rate_per_100k: 500, source: 'bra' },
      {
        municipality_code: '2514',
        year: 2025,
        category: 'narkotikabrott',
        count: 90,
        rate_per_100k: null,
        source: 'bra',
      },
      {
        municipality_code: '25',
        year: 2025,
        category: 'narkotikabrott',
        count: 500,
        rate_per_100k: 200,
        source: 'bra',
      },
    ])
    .execute();
});
afterAll(async () => ctx.close());

describe('crime statistics in the ranking', () => {
  it('snatteri counts as theft, at its rate against the län, with the trend; narcotics offences do not count', async () => {
    const theft = await problem('tillgreppsbrott');
    // Kalix 200 / 16 000 = 1 250 per 100 000 against the län's 500: capped at twice, 10, and rising (+1) → still 10.
    expect(theft?.parts).toEqual([expect.objectContaining({ source: 'statistics', points: 10 })]);
    expect(theft?.parts[0]?.why).toContain('1\u00a0250 per 100\u00a0000 invånare 2025 mot 500 i Norrbottens län');
    expect(theft?.parts[0]?.why).toContain('ökande trend');
    expect(theft?.evidence[0]?.description).toContain('Butiksstöld, snatteri 2025: 200 anmälda brott');
    expect(await problem('narkotika')).toBeUndefined();
  });
});

describe("Polisen's events in the ranking", () => {
  it('wildlife collisions and traffic controls do not lift traffic, and are shown as left out', async () => {
    await events('2514', 'Trafikolycka', 'trafik', 4);
    await events('2580', 'Trafikolycka', 'trafik', 40);
    const before = await problem('trafik');
    // Kalix 25 per 100 000 against 45,8 in the län's covered kommuner (44 / 96 000): 2,73 points
    expect(before?.parts).toEqual([expect.objectContaining({ source: 'events', points: 2.73 })]);
    await events('2514', 'Trafikolycka, vilt', 'trafik', 45);
    await events('2514', 'Trafikkontroll', 'trafik', 12);
    const after = await problem('trafik');
    expect(after?.score).toBe(before?.score);
    expect(after?.evidence.map((e) => e.description)).toEqual(
      expect.arrayContaining([
        'Räknas inte: 45 × Trafikolycka, vilt 2025 (viltolycka)',
        'Räknas inte: 12 × Trafikkontroll 2025 (upptäcks genom polisens eget arbete)',
      ]),
    );
  });
});

describe('survey results from outside in the ranking', () => {
  it('count as surveys: one value per category, weighted by their answers; figures for the län do not count', async () => {
    const kalix = await orgIdByCode(ctx.deps, '2514');
    const imported = await ctx.deps.db
      .insertInto('outside_survey_imports')
      .values({
        municipality_id: kalix,
        source: 'polisen_trygghetsmatning',
        year: 2025,
        file_name: 'kalix.csv',
        rows: 3,
        imported_by: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const result = (level: string, area: string | null, item: string, value: number, answers: number) => ({
      import_id: imported.id,
      municipality_id: kalix,
      source: 'polisen_trygghetsmatning',
      year: 2025,
      level,
      area_name: area,
      item,
      category: 'ungdomar',
      measure: 'index_0_6',
      value,
      answers,
    });
    await ctx.deps.db
      .insertInto('outside_survey_results')
      .values([
        result('kommun', null, 'Ungdomsgäng som bråkar och stör ordningen', 3, 950),
        result('kommun', null, 'Ungdomar som samlas och stör', 3, 940),
        result('lan', 'Norrbottens län', 'Ungdomsgäng som bråkar och stör ordningen', 6, 9000),
      ])
      .execute();
    const youth = await problem('ungdomar');
    // Two questions at 3 of 6 (5 of 10) are one value, 950 answers make it 950 / 1 000 sure: 4,75.
    expect(youth?.parts).toEqual([expect.objectContaining({ source: 'survey', points: 4.75, items: 2 })]);
    expect(youth?.evidence.map((e) => e.description)).toContain(
      'Polisens trygghetsmätning 2025: "Ungdomsgäng som bråkar och stör ordningen" – index 3 av 6 (950 svar)',
    );
  });
});
