import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { BRA_2021, BRA_2023, braFile, FEED_A, FEED_B, scbFile } from './fixtures.ts';

let ctx: TestContext;
let coordinator: Client;
let partner: Client;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  partner = await signIn(ctx.app, DEMO.kalixPartner);
});
afterAll(() => ctx.close());

async function tableCounts() {
  const db = ctx.deps.db;
  const n = async (t: 'stats_crime_counts' | 'stats_population' | 'stats_police_events' | 'audit_log') =>
    Number(
      (
        await db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    crime: await n('stats_crime_counts'),
    population: await n('stats_population'),
    events: await n('stats_police_events'),
    audit: await n('audit_log'),
  };
}

const post = (client: Client, payload: Record<string, unknown>) =>
  client.request('POST', '/api/v1/statistics/imports', payload);

describe("importing BRÅ's yearly file", () => {
  it('stores the 2023 layout for a coordinator, the national total as "00", and writes an audit entry', async () => {
    const before = await tableCounts();
    const res = await post(coordinator, { source: 'bra', year: 2023, content: BRA_2023 });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      source: 'bra',
      layout: 'bra-kommun-year',
      year: 2023,
      category: 'samtliga brott',
      years: [2023],
      categories: ['samtliga brott'],
      imported: 6,
      updated: 0,
      unchanged: 0,
      dashes: 1,
    });
    expect(body.skipped).toEqual([]);
    const after = await tableCounts();
    expect(after.crime - before.crime).toBe(6);
    const riket = await ctx.deps.db
      .selectFrom('stats_crime_counts')
      .select(['count', 'category_label'])
      .where('municipality_code', '=', '00')
      .where('year', '=', 2023)
      .executeTakeFirstOrThrow();
    expect(riket).toEqual({ count: 1477386, category_label: 'Samtliga brott' });
    expect(after.audit - before.audit).toBe(1);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'statistics.import')
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.actor_label).toContain('Karin Lind');
    expect(audit.after).toMatchObject({ source: 'bra', year: 2023, imported: 6, updated: 0, unchanged: 0, skipped: 0 });
  });

  it("stores the 2021 layout, leaving out Stockholm's districts with a notice", async () => {
    const res = await post(coordinator, { source: 'bra', year: 2021, category: 'Samtliga  brott', content: BRA_2021 });
    expect(res.statusCode).toBe(201);
    expect(res.json().imported).toBe(7);
    expect(res.json().skipped.map((s: { line: number }) => s.line)).toEqual([7, 8]);
    const stockholm = await ctx.deps.db
      .selectFrom('stats_crime_counts')
      .selectAll()
      .where('municipality_code', '=', '0180')
      .where('year', '=', 2021)
      .execute();
    expect(stockholm.map((r) => [r.count, Number(r.rate_per_100k), r.category])).toEqual([
      [160112, 16182.2, 'samtliga brott'],
    ]);
  });

  it('takes the file itself as a text body with source, year and category in the query', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/imports?source=bra&year=2022&category=anm%C3%A4lda%20brott',
      cookies: { lofte_session: coordinator.cookie },
      headers: { 'x-csrf-token': coordinator.csrfToken, 'content-type': 'text/csv' },
      payload: braFile(['Kommun;Antal;Per 100 000 inv.', 'Kalix;1 150;6 800,0']),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ year: 2022, category: 'anmälda brott', imported: 1 });
  });

  it("replaces a kommun's figure when the same year and category are imported again, and says so", async () => {
    const res = await post(coordinator, {
      source: 'bra',
      year: 2023,
      content: braFile(['Kommun;Antal;Per 100 000 inv.', 'Kalix;1 300;7 600,0', 'Arjeplog;180;']),
    });
    expect(res.json()).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    const rows = await ctx.deps.db
      .selectFrom('stats_crime_counts')
      .select(['count'])
      .where('municipality_code', '=', '2514')
      .where('year', '=', 2023)
      .where('category', '=', 'samtliga brott')
      .execute();
    expect(rows).toEqual([{ count: 1300 }]);
  });

  it('needs the year', async () => {
    const res = await post(coordinator, { source: 'bra', content: BRA_2023 });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('år');
  });
});

describe('a bad file: a row-by-row report, and nothing stored', () => {
  it('names every bad row with a Swedish and an English message', async () => {
    const before = await tableCounts();
    const res = await post(coordinator, {
      source: 'bra',
      year: 2020,
      content: braFile([
        'Kommun;Antal;Per 100 000 inv.',
        'Kalix;1 204;7 025,3',
        'Haparanda;900;9 000,0',
        'Atlantis;12;1,0',
        'Luleå;12;1,0',
        'Piteå;1 2 3;4,0',
      ]),
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.message).toContain('2 rader');
    expect(body.message).toContain('inget sparades');
    expect(body.messageEn).toContain('nothing was saved');
    expect(body.details.rows).toEqual([
      { line: 4, message: 'okänd kommun "Atlantis"', messageEn: 'unknown kommun "Atlantis"' },
      { line: 6, message: 'ogiltigt antal "1 2 3"', messageEn: 'invalid count "1 2 3"' },
    ]);
    expect(await tableCounts()).toEqual(before);
    const year2020 = await ctx.deps.db
      .selectFrom('stats_crime_counts')
      .select('year')
      .where('year', '=', 2020)
      .execute();
    expect(year2020).toEqual([]);
  });

  const feedWithBadEvent = JSON.stringify([...FEED_A.slice(0, 2), { ...FEED_A[2], datetime: 'i går' }]);
  it.each([
    ['bra', 'wrong delimiter', 'Kommun,Antal\r\nKalix,1204\r\n', 'semikolon'],
    ['bra', 'bad number', braFile(['Kommun;Antal', 'Kalix;tolvhundra']), 'ogiltigt antal'],
    ['bra', 'unknown kommun', braFile(['Kommun;Antal', 'Atlantis;1']), 'okänd kommun "Atlantis"'],
    ['bra', 'empty file', '\uFEFF', 'tom'],
    ['bra', 'binary garbage', 'PK\u0003\u0004\u0000\u0000\u0014\u0000\u0008\u0000', 'binärfil'],
    ['polisen', 'wrong JSON shape', JSON.stringify({ events: FEED_A }), 'Fel JSON-format'],
    ['polisen', 'not JSON', 'Kommun;Antal', 'Ogiltig JSON'],
    ['polisen', 'one bad event', feedWithBadEvent, 'ogiltig tidpunkt'],
    ['polisen', 'binary garbage', '\u0000\u0001\u0002\u0003', 'binärfil'],
    ['scb', 'wrong JSON shape', JSON.stringify([{ key: ['2514', '2023'], values: ['1'] }]), 'Fel JSON-format'],
    [
      'scb',
      'unknown kommun code',
      scbFile([
        ['2514', '2023', '16852'],
        ['9999', '2023', '1'],
      ]),
      'okänd kommunkod',
    ],
    ['scb', 'empty file', '', 'tom'],
  ])('%s: %s', async (source, _what, content, word) => {
    const before = await tableCounts();
    const res = await post(coordinator, { source, year: 2019, content });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().details.rows[0].message).toContain(word);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('who may import', () => {
  it('refuses a partner (no statistics.write anywhere) and stores nothing', async () => {
    const before = await tableCounts();
    const res = await post(partner, { source: 'bra', year: 2018, content: BRA_2023 });
    expect(res.statusCode).toBe(403);
    expect(await tableCounts()).toEqual(before);
  });

  it('refuses without sign-in, and refuses an unknown source', async () => {
    const anon = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/statistics/imports',
      payload: { source: 'bra', year: 2023, content: BRA_2023 },
    });
    expect(anon.statusCode).toBe(401);
    expect((await post(coordinator, { source: 'ntu', content: '[]' })).statusCode).toBe(400);
  });
});

describe('Polisen events and SCB population', () => {
  it('stores events once per id: a second, overlapping feed adds only the new ones and refreshes the known', async () => {
    const before = await tableCounts();
    const first = await post(coordinator, { source: 'polisen', content: JSON.stringify(FEED_A) });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ imported: 5, updated: 0 });
    expect(first.json().skipped).toEqual([
      expect.objectContaining({ line: 6, reason: expect.stringContaining('sammanfattning') }),
    ]);
    const second = await post(coordinator, { source: 'polisen', content: JSON.stringify(FEED_B) });
    // 1003 came back with an edited summary, 1004 as it was.
    expect(second.json()).toMatchObject({ imported: 2, updated: 1, unchanged: 1 });
    expect((await tableCounts()).events - before.events).toBe(7);
    const edited = await ctx.deps.db
      .selectFrom('stats_police_events')
      .select(['summary'])
      .where('id', '=', 1003)
      .executeTakeFirstOrThrow();
    expect(edited.summary).toBe('Uppdaterad: en person gripen.');
    const lan = await ctx.deps.db
      .selectFrom('stats_police_events')
      .select(['municipality_code', 'location_name'])
      .where('id', '=', 1005)
      .executeTakeFirstOrThrow();
    expect(lan).toEqual({ municipality_code: null, location_name: 'Norrbottens län' });
  });

  it('stores population per kommun and year, skipping ".."', async () => {
    const res = await post(coordinator, {
      source: 'scb',
      content: scbFile([
        ['2514', '2022', '16 900'],
        ['2514', '2023', '16852'],
        ['2583', '2023', '..'],
      ]),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      layout: 'scb-pxweb-json',
      years: [2022, 2023],
      imported: 2,
      skipped: [expect.objectContaining({ line: 3 })],
    });
  });
});
