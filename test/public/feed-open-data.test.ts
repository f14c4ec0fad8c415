/** The Atom feed and the open data (JSON promise document with progress, CSV) of a kommun. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { startTestApp, type TestContext } from '../helpers.ts';
import { promiseSetDocumentSchema } from '../../src/domain/promise-set.ts';
import { parseCsv } from '../../src/domain/csv.ts';
import { buildWorld, type World } from './fixtures.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

describe('/kommun/kalix/flode.atom', () => {
  it('is well-formed Atom 1.0 with id, title, updated, a self link and an author', async () => {
    const res = await ctx.app.inject({ url: '/kommun/kalix/flode.atom' });
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(res.body)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.body);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('http://localhost:3000/kommun/kalix');
    expect(feed.title['#text']).toBe('Medborgarlöften – Kalix');
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    const links = [feed.link].flat();
    expect(links.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(
      'http://localhost:3000/kommun/kalix/flode.atom',
    );
    expect(feed.author.name).toBe('Polisen och Kalix kommun');
    const entries = [feed.entry].flat() as {
      id: string;
      title: { '#text': string };
      updated: string;
      link: Record<string, string>;
    }[];
    for (const e of entries) {
      expect(e.id).toBeTruthy();
      expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
    }
    const titles = entries.map((e) => e.title['#text']);
    expect(titles).toContain('Medborgarlöfte publicerat: Medborgarlöfte Kalix 2019');
    expect(titles).toContain('Uppföljning: Första halvåret 2019');
    expect(titles).toContain('Gjort i mars 2019: 1 insats');
    expect(titles.some((t) => t.includes('Andra halvåret'))).toBe(false);
    expect(entries.find((e) => e.title['#text'].startsWith('Uppföljning'))!.link['@href']).toBe(
      `http://localhost:3000/kommun/kalix/uppfoljning/${world.publishedFollowUpId}`,
    );
  });
});

describe('/oppna-data/kommun/2514/medborgarlofte.json', () => {
  it('is the published promise document (medborgarlofte/v1 with ids) plus progress per commitment, open to any site', async () => {
    const res = await ctx.app.inject({ url: '/oppna-data/kommun/2514/medborgarlofte.json' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const doc = res.json();
    const parsed = promiseSetDocumentSchema.safeParse(doc);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(doc).toMatchObject({
      format: 'medborgarlofte/v1',
      id: world.setId,
      status: 'published',
      licence: { name: 'CC0 1.0 Universal' },
    });
    const ids = doc.focusAreas.flatMap((a: { commitments: { id: string }[] }) => a.commitments.map((c) => c.id));
    expect(ids).toEqual(world.commitmentIds);
    expect(Object.keys(doc.progress).sort()).toEqual([...world.commitmentIds].sort());
    expect(doc.progress[world.commitmentIds[0]!]).toMatchObject({
      status: 'on_track',
      doneToDate: 3,
      lastActivityDate: '2019-09-02',
    });
    const half = doc.progress[world.commitmentIds[0]!].buckets[0];
    expect(half).toEqual({ from: '2019-01-01', to: '2019-06-30', required: 2, done: 2, status: 'met' });
    expect(doc.warnings).toEqual([]);
  });

  it('an unknown or unpublished kommun is a 404 in JSON', async () => {
    for (const code of ['2583', '9999', 'abcd']) {
      const res = await ctx.app.inject({ url: `/oppna-data/kommun/${code}/medborgarlofte.json` });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('not_found');
    }
  });
});

describe('/oppna-data/kommun/2514/medborgarlofte.csv', () => {
  it('opens in Swedish Excel: byte-order mark, semicolons, one row per commitment', async () => {
    const res = await ctx.app.inject({ url: '/oppna-data/kommun/2514/medborgarlofte.csv' });
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const table = parseCsv(res.body);
    expect(res.body.split('\r\n')[0]).toBe(
      '\uFEFFfokusområde;åtagande;ansvarig;mål;status;gjort;krav;räknat;senast gjort;id;löftet',
    );
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]!.cells).toEqual([
      'Droger',
      'Polisen genomför minst två riktade narkotikainsatser per halvår.',
      'Polisen',
      'minst 2 per halvår',
      // The same status and figure as the kommun page: "I fas – 1 av 2 gånger under andra halvåret 2019".
      'i fas',
      '1',
      '2',
      'under andra halvåret 2019',
      '2019-09-02',
      world.commitmentIds[0],
      'gäller',
    ]);
  });
});

describe('/oppna-data', () => {
  it('explains the data, its stable addresses and its licence, and lists Kalix', async () => {
    const page = (await ctx.app.inject({ url: '/oppna-data' })).body;
    expect(page).toContain('CC0 1.0');
    expect(page).toContain('/oppna-data/kommun/&lt;kommunkod&gt;/medborgarlofte.json');
    expect(page).toContain('href="/oppna-data/kommun/2514/medborgarlofte.csv"');
    const index = (await ctx.app.inject({ url: '/oppna-data/kommuner.json' })).json();
    expect(index.kommuner.map((k: { code: string }) => k.code)).toEqual(['2514']);
  });
});
