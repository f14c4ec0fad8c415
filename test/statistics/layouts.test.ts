/**
 * Every layout BRÅ and SCB hand their figures out in, through the API as a
 * kommun analyst would import them: BRÅ's table exports by category (long
 * and with the years as columns), SCB's PxWeb v2 JSON-stat answer and CSV
 * downloads (formerly refused), an Excel file (refused with advice), what a
 * re-import says it changed, and a "-" year flagged instead of a fake trend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { braFile, JSON_STAT } from './fixtures.ts';

let ctx: TestContext;
let coordinator: Client;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
});
afterAll(() => ctx.close());

const post = (payload: Record<string, unknown>) => coordinator.request('POST', '/api/v1/statistics/imports', payload);

async function stored(code: string, category: string) {
  return ctx.deps.db
    .selectFrom('stats_crime_counts')
    .select(['year', 'count', 'rate_per_100k', 'marker', 'category_label'])
    .where('municipality_code', '=', code)
    .where('category', '=', category)
    .orderBy('year')
    .execute();
}

/** Brå's statistics database, "Anmälda brott" by region, category and year, years as columns. */
const WIDE = braFile([
  'Anmälda brott, antal',
  '',
  'Region;Brottskategori;2019;2020;2021;2022;2023',
  'Kalix kommun;Misshandel inkl. grov;102;95;98;91;88',
  ';Skadegörelsebrott;250;231;-;244;260',
  ';Butiksstöld/snatteri;40;..;38;45;51',
  'Norrbottens län;Misshandel inkl. grov;1 800;1 750;1 702;1 690;1 650',
  'Riket;Misshandel inkl. grov;88 000;86 500;86 021;85 000;84 300',
  '',
  '.. = uppgift saknas. - = noll.',
  'Källa: Brottsförebyggande rådet (Brå)',
]);

describe("BRÅ's table exports by crime category", () => {
  it('stores a wide table for kommun, län and country without a year from the form', async () => {
    const res = await post({ source: 'bra', content: WIDE });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      layout: 'bra-table',
      year: null,
      category: null,
      years: [2019, 2020, 2021, 2022, 2023],
      categories: ['butiksstöld', 'misshandel', 'skadegörelse'],
      imported: 25,
      updated: 0,
      unchanged: 0,
      dashes: 1,
      skipped: [],
    });
    expect((await stored('25', 'misshandel')).map((r) => r.count)).toEqual([1800, 1750, 1702, 1690, 1650]);
    expect((await stored('00', 'misshandel')).map((r) => r.count)).toEqual([88000, 86500, 86021, 85000, 84300]);
    const damage = await stored('2514', 'skadegörelse');
    expect(damage.map((r) => [r.year, r.count, r.marker])).toEqual([
      [2019, 250, null],
      [2020, 231, null],
      [2021, 0, 'dash'],
      [2022, 244, null],
      [2023, 260, null],
    ]);
    expect(damage[0]!.category_label).toBe('Skadegörelsebrott');
  });

  it('reports a re-import honestly: the changed rows, the new ones and those left as they were', async () => {
    const res = await post({
      source: 'bra',
      content: braFile([
        'Anmälda brott efter region, brottskategori och år',
        'Region;Brottskategori;År;Antal;Per 100 000 inv.',
        'Kalix;Misshandel inkl. grov;2022;91;',
        'Kalix;Misshandel inkl. grov;2023;93;',
        'Kalix;Rån inkl. grovt;2023;6;35,6',
      ]),
    });
    expect(res.json()).toMatchObject({ layout: 'bra-table', imported: 1, updated: 1, unchanged: 1 });
    expect((await stored('2514', 'misshandel')).map((r) => r.count)).toEqual([102, 95, 98, 91, 93]);
  });

  it("keeps BRÅ's rate from the yearly file when a table of counts says the same count, and drops it for a new count", async () => {
    await post({
      source: 'bra',
      year: 2022,
      content: braFile(['Kommun;Antal;Per 100 000 inv.', 'Haparanda;900;9 000,0', 'Boden;2 000;7 000,0']),
    });
    const res = await post({
      source: 'bra',
      content: braFile([
        'Region;Brottskategori;År;Antal',
        'Haparanda;Samtliga brott;2022;900',
        'Boden;Samtliga brott;2022;2 100',
      ]),
    });
    expect(res.json()).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    expect((await stored('2583', 'samtliga brott')).map((r) => [r.count, Number(r.rate_per_100k)])).toEqual([
      [900, 9000],
    ]);
    expect((await stored('2582', 'samtliga brott')).map((r) => [r.count, r.rate_per_100k])).toEqual([[2100, null]]);
  });

  it('lists the categories of a kommun with their Swedish names', async () => {
    const res = await coordinator.request('GET', '/api/v1/statistics/categories?kommun=2514');
    expect(res.json().categories).toEqual(
      expect.arrayContaining([
        { category: 'misshandel', label: 'Misshandel inkl. grov', firstYear: 2019, lastYear: 2023, years: 5 },
        { category: 'butiksstöld', label: 'Butiksstöld, snatteri', firstYear: 2019, lastYear: 2023, years: 5 },
      ]),
    );
  });

  it('refuses an Excel workbook with advice to save it as CSV, and stores nothing', async () => {
    const res = await post({ source: 'bra', content: 'PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.rows[0].message).toContain('Excel-fil (.xlsx)');
    expect(res.json().details.rows[0].message).toContain('spara den som CSV');
  });
});

describe('a "-" year in a series', () => {
  it('is flagged per year, and the series has no trend but says why, in Swedish and English', async () => {
    const res = await coordinator.request(
      'GET',
      '/api/v1/statistics/series?kommun=2514&category=Skadeg%C3%B6relsebrott',
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.label).toBe('Skadegörelsebrott');
    expect(body.points.map((p: { year: number; dash: boolean }) => [p.year, p.dash])).toEqual([
      [2019, false],
      [2020, false],
      [2021, true],
      [2022, false],
      [2023, false],
    ]);
    expect(body.trend).toBeNull();
    expect(body.noTrend).toMatchObject({ code: 'dash_year', message: expect.stringContaining('2021') });
  });

  it('a series of three or more years without a dash has its trend', async () => {
    const body = (await coordinator.request('GET', '/api/v1/statistics/series?kommun=2514&category=misshandel')).json();
    expect(body.noTrend).toBeNull();
    expect(body.trend).toMatchObject({ basis: 'count', direction: 'down', firstYear: 2019, lastYear: 2023 });
  });
});

describe("SCB's population in PxWeb v2 JSON-stat and as CSV downloads", () => {
  it('stores JSON-stat 2 for the country, the län and the kommun, skipping ".."', async () => {
    const res = await post({ source: 'scb', content: JSON_STAT });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ layout: 'scb-json-stat', years: [2021, 2022, 2023], imported: 8 });
    expect(res.json().skipped).toEqual([expect.objectContaining({ reason: expect.stringContaining('Kalix 2022') })]);
    const lan = await ctx.deps.db
      .selectFrom('stats_population')
      .select(['year', 'population'])
      .where('municipality_code', '=', '25')
      .orderBy('year')
      .execute();
    expect(lan).toEqual([
      { year: 2021, population: 249693 },
      { year: 2022, population: 249325 },
      { year: 2023, population: 248480 },
    ]);
  });

  it('stores the long CSV, and says which rows it changed and which it left', async () => {
    const csv = [
      '"Folkmängden per region och år"',
      '"region","år","Folkmängd"',
      '"2514 Kalix","2022",16900',
      '"2514 Kalix","2023",16852',
      '"00 Riket","2023",10551707',
    ].join('\r\n');
    const res = await post({ source: 'scb', content: csv });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ layout: 'scb-csv', imported: 1, updated: 0, unchanged: 2 });
  });

  it('stores the CSV with the years as columns', async () => {
    const csv = ['region;2022;2023', 'Haparanda;9 600;9 500', 'Norrbottens län;249 325;248 600'].join('\n');
    const res = await post({ source: 'scb', content: csv });
    expect(res.json()).toMatchObject({ layout: 'scb-csv', imported: 2, updated: 1, unchanged: 1 });
  });

  it('refuses a CSV row it cannot place, naming the line, and stores nothing', async () => {
    const res = await post({
      source: 'scb',
      content: ['"region","2023"', '"2514 Kalix",16852', '"Atlantis",3'].join('\n'),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('1 rad ');
    expect(res.json().details.rows).toEqual([
      { line: 3, message: 'okänd region "Atlantis"', messageEn: 'unknown region "Atlantis"' },
    ]);
  });
});
