import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPolisenEvents, runPolisenFetch, startPolisenSchedule } from '../../src/app/statistics/polisen-feed.ts';
import { startTestApp, type TestContext } from '../helpers.ts';
import { FEED_A, FEED_B } from './fixtures.ts';

/** A local stand-in for https://polisen.se/api/events: answers whatever the test puts in `answer`. */
let answer: { status: number; body: string } = { status: 200, body: JSON.stringify(FEED_A) };
const requests: string[] = [];
let server: Server;
let base: string;
let ctx: TestContext;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ctx = await startTestApp({ demo: false });
});
afterAll(async () => {
  await ctx.close();
  await new Promise((resolve) => server.close(resolve));
});

async function storedIds(): Promise<number[]> {
  const rows = await ctx.deps.db.selectFrom('stats_police_events').select('id').orderBy('id').execute();
  return rows.map((r) => Number(r.id));
}

describe('the live Polisen feed (against a local server)', () => {
  it('fetches and parses the feed', async () => {
    answer = { status: 200, body: JSON.stringify(FEED_A) };
    const parsed = await fetchPolisenEvents(`${base}/api/events`);
    expect(parsed.rows.map((e) => e.id)).toEqual([1001, 1002, 1003, 1004, 1005]);
    expect(parsed.skipped).toHaveLength(1);
    expect(requests.at(-1)).toBe('/api/events');
  });

  it('refuses an error status and an answer that is not a list of events', async () => {
    answer = { status: 503, body: 'Service Unavailable' };
    await expect(fetchPolisenEvents(`${base}/api/events`)).rejects.toThrow('HTTP 503');
    answer = { status: 200, body: '<html>underhåll</html>' };
    await expect(fetchPolisenEvents(`${base}/api/events`)).rejects.toThrow('Ogiltig JSON');
    answer = { status: 200, body: '{"events": []}' };
    await expect(fetchPolisenEvents(`${base}/api/events`)).rejects.toThrow('Fel JSON-format');
    await expect(fetchPolisenEvents('http://127.0.0.1:1/api/events')).rejects.toThrow('kunde inte hämtas');
  });

  it('stores what it fetched, one row per id, keeping good events when one is malformed', async () => {
    answer = { status: 200, body: JSON.stringify(FEED_A) };
    expect(await runPolisenFetch(ctx.deps, { url: `${base}/api/events` })).toMatchObject({
      imported: 5,
      updated: 0,
      rejected: 0,
    });
    answer = { status: 200, body: JSON.stringify([...FEED_B, { id: 'trasig' }]) };
    // 1003 came back with an edited summary; 1004 came back as it was.
    expect(await runPolisenFetch(ctx.deps, { url: `${base}/api/events` })).toMatchObject({
      imported: 2,
      updated: 1,
      unchanged: 1,
      rejected: 1,
    });
    expect(await storedIds()).toEqual([1001, 1002, 1003, 1004, 1005, 1007, 1008]);
    const audit = await ctx.deps.db
      .selectFrom('audit_log')
      .select(['actor_label'])
      .where('action', '=', 'statistics.import')
      .execute();
    expect(audit).toEqual([{ actor_label: 'Polisens händelseflöde' }, { actor_label: 'Polisens händelseflöde' }]);
  });

  it('runs on a schedule until stopped, and logs failures instead of throwing', async () => {
    const logs: string[] = [];
    answer = { status: 200, body: JSON.stringify([...FEED_B, { ...FEED_A[0]!, id: 2001 }]) };
    const before = requests.length;
    const stop = startPolisenSchedule(ctx.deps, {
      url: `${base}/api/events`,
      intervalMs: 40,
      firstDelayMs: 0,
      log: (l) => logs.push(l),
    });
    await waitFor(() => logs.length >= 2);
    answer = { status: 500, body: '' };
    await waitFor(() => logs.some((l) => l.includes('misslyckades')));
    stop();
    await new Promise((r) => setTimeout(r, 100)); // a tick already under way may finish
    const afterStop = requests.length;
    await new Promise((r) => setTimeout(r, 200));
    expect(requests.length).toBe(afterStop);
    expect(afterStop - before).toBeGreaterThanOrEqual(3);
    expect(logs[0]).toBe('Polisens händelser hämtade: 1 nya, 0 ändrade, 4 oförändrade, 0 felaktiga.');
    expect(logs[1]).toBe('Polisens händelser hämtade: 0 nya, 0 ändrade, 5 oförändrade, 0 felaktiga.');
    expect(await storedIds()).toContain(2001);
  });

  it('fetches in one process per interval: the database lock makes a second scheduler skip', async () => {
    answer = { status: 200, body: JSON.stringify(FEED_A) };
    const before = requests.length;
    const options = { url: `${base}/api/events`, intervalMs: 2000, firstDelayMs: 0 };
    const stops = [
      startPolisenSchedule(ctx.deps, { ...options, holder: 'process-a' }),
      startPolisenSchedule(ctx.deps, { ...options, holder: 'process-b' }),
    ];
    await new Promise((r) => setTimeout(r, 400));
    for (const stop of stops) stop();
    expect(requests.length - before).toBe(1);
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
