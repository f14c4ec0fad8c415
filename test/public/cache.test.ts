/**
 * Public pages are rendered once and served from the database until the
 * data behind them changes: ETag / Last-Modified, 304 on If-None-Match, and
 * a new page as soon as an activity is logged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, publishHaparanda, type World } from './fixtures.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const get = (url: string, etag?: string) => ctx.app.inject({ url, headers: etag ? { 'if-none-match': etag } : {} });

describe('the cached kommun page', () => {
  let etag: string;

  it('carries ETag and Last-Modified, and answers 304 when the browser already has it', async () => {
    const first = await get('/kommun/kalix');
    etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers['last-modified']).toBeTruthy();
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await get('/kommun/kalix', etag);
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/kommun/kalix', `W/${etag}, "other"`)).statusCode).toBe(304);
    expect((await get('/kommun/kalix', '"something-else"')).statusCode).toBe(200);
  });

  it('is served from the database without rendering again while nothing has changed', async () => {
    const row = await ctx.deps.db
      .selectFrom('public_page_cache')
      .select(['etag'])
      .where('key', '=', '/kommun/kalix?lang=sv')
      .executeTakeFirstOrThrow();
    expect(`"${row.etag}"`).toBe(etag);
    // Mark the stored copy: a hit must send it as it is.
    await ctx.deps.db
      .updateTable('public_page_cache')
      .set({ body: '<p>från cachen</p>' })
      .where('key', '=', '/kommun/kalix?lang=sv')
      .execute();
    expect((await get('/kommun/kalix')).body).toBe('<p>från cachen</p>');
  });

  it('keeps each language apart', async () => {
    expect((await get('/kommun/kalix?lang=en')).body).toContain('<html lang="en">');
  });

  it('is not touched by a change in another kommun', async () => {
    await publishHaparanda(world.officer);
    const res = await get('/kommun/kalix', etag);
    expect(res.statusCode).toBe(304);
  });

  it('is rendered anew when an activity is logged, and the old ETag no longer matches', async () => {
    const logged = await world.officer.request('POST', '/api/v1/activities', {
      commitmentId: world.commitmentIds[0],
      date: '2019-09-20',
    });
    expect(logged.statusCode).toBe(201);
    const res = await get('/kommun/kalix', etag);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).not.toBe(etag);
    expect(res.body).toMatch(/<strong>Uppfyllt<\/strong> – 2 av 2 gånger under andra halvåret 2019/);
    etag = String(res.headers.etag);
    expect((await get('/kommun/kalix', etag)).statusCode).toBe(304);
  });

  it('a burst of simultaneous readers right after a change all get the new page', async () => {
    await world.officer.request('POST', '/api/v1/activities', {
      commitmentId: world.commitmentIds[1],
      date: '2019-09-25',
    });
    const burst = await Promise.all(Array.from({ length: 30 }, () => get('/kommun/kalix', etag)));
    expect(new Set(burst.map((r) => r.statusCode))).toEqual(new Set([200]));
    expect(new Set(burst.map((r) => r.headers.etag)).size).toBe(1);
    expect(burst.every((r) => r.body.includes('1 av 1 gånger under höstterminen 2019'))).toBe(true);
    etag = String(burst[0]!.headers.etag);
  });

  it('is rendered anew when an activity is deleted', async () => {
    const deleted = await world.officer.request('DELETE', `/api/v1/activities/${world.activityIds[3]}`);
    expect(deleted.statusCode).toBeLessThan(300);
    const res = await get('/kommun/kalix', etag);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Senast gjort: 20 september 2019');
    etag = String(res.headers.etag);
  });

  it('is rendered anew the next day, since progress is counted up to today', async () => {
    ctx.deps.now = () => new Date('2019-10-01T08:00:00Z');
    expect((await get('/kommun/kalix', etag)).statusCode).toBe(200);
  });

  it('open data and the feed follow the same stamp', async () => {
    const json = await get('/oppna-data/kommun/2514/medborgarlofte.json');
    expect(json.statusCode).toBe(200);
    expect((await get('/oppna-data/kommun/2514/medborgarlofte.json', String(json.headers.etag))).statusCode).toBe(304);
    const feed = await get('/kommun/kalix/flode.atom');
    expect((await get('/kommun/kalix/flode.atom', String(feed.headers.etag))).statusCode).toBe(304);
  });
});
