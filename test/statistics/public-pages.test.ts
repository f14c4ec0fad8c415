/**
 * A statistics import reaches the public kommun page: the page shows a crime
 * outcome indicator's numbers, so an import that changes them gives the page
 * new content and a new ETag (a browser holding the old one gets the new
 * page, not 304); an import that changes nothing, or only another kommun's
 * numbers, leaves the stored page as it was. The promise set itself is not
 * changed by an import: the staff list shows it as changed when it was and
 * keeps its place ("Ändrad", newest first), however often the feed runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { feedEvent, scbFile } from './fixtures.ts';
import { drainEvents } from '../../src/app/events/drain.ts';
import { setsShowingStatistics } from '../../src/app/statistics/queries/public-pages.ts';

let ctx: TestContext;
let admin: Client;
let setId: string;
/** A later draft of Kalix: above the published set in the staff list (newest change first). */
let draftId: string;

/** Burglaries in Kalix, `perYear` in each year, spread over the months (ids after `first`). */
function burglaries(years: number[], perYear: number, first: number) {
  let id = first;
  return years.flatMap((year) =>
    Array.from({ length: perYear }, (_, i) =>
      feedEvent(++id, `${year}-${String((i % 12) + 1).padStart(2, '0')}-1${i % 9} 12:00:00 +01:00`, 'Inbrott', 'Kalix'),
    ),
  );
}

const population = (value: string, code = '2514') =>
  scbFile(['2023', '2024', '2025', '2026'].map((y) => [code, y, value] as [string, string, string]));

async function importFile(source: 'polisen' | 'scb', content: string) {
  const res = await admin.request('POST', '/api/v1/statistics/imports', { source, content });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The staff promise-set list as staff see it: id and "Ändrad", in its order. */
async function staffList(): Promise<{ id: string; updatedAt: string }[]> {
  const res = await admin.request('GET', '/api/v1/promise-sets');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().promiseSets.map((s: { id: string; updatedAt: string }) => ({ id: s.id, updatedAt: s.updatedAt }));
}

const page = (url: string, etag?: string) =>
  ctx.app.inject({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });

beforeAll(async () => {
  ctx = await startTestApp();
  admin = await signIn(ctx.app, DEMO.admin);
  const officer = await signIn(ctx.app, DEMO.officer);
  await importFile('polisen', JSON.stringify(burglaries([2023, 2024, 2025], 40, 9_000_000)));
  // The promise's own time, 2026: ten, one a month from January.
  await importFile('polisen', JSON.stringify(burglaries([2026], 10, 9_050_000)));
  await importFile('scb', population('16000'));
  setId = (
    await officer.request('POST', '/api/v1/promise-sets', kalixPromise({ from: '2026-01-01', to: '2027-12-31' }))
  ).json().id;
  const agreed = await officer.request('POST', `/api/v1/promise-sets/${setId}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2026-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2026-01-10' },
    ],
  });
  expect(agreed.statusCode, agreed.body).toBe(200);
  expect((await officer.request('POST', `/api/v1/promise-sets/${setId}/publish`)).statusCode).toBe(200);
  const ind = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
    title: 'Inbrott enligt Polisens händelser',
    desired: 'decrease',
    definition: { kind: 'crime', source: 'polisen', category: 'stöld och inbrott' },
  });
  expect(ind.statusCode, ind.body).toBe(201);
  const draft = await officer.request(
    'POST',
    '/api/v1/promise-sets',
    kalixPromise({ from: '2028-01-01', to: '2028-12-31' }),
  );
  expect(draft.statusCode, draft.body).toBe(201);
  draftId = draft.json().id;
  await drainEvents(ctx.deps);
});
afterAll(() => ctx.close());

describe('the public kommun page after a statistics import', () => {
  let etag: string;
  let jsonEtag: string;
  let staff: { id: string; updatedAt: string }[];

  it('is stored with the numbers of the statistics as they are', async () => {
    staff = await staffList();
    expect(staff.map((s) => s.id)).toEqual([draftId, setId]);
    const first = await page('/kommun/kalix');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('250 per 100 000 invånare och år under 2023–2025 (120 st)');
    etag = String(first.headers.etag);
    expect((await page('/kommun/kalix', etag)).statusCode).toBe(304);
    const data = await page('/oppna-data/kommun/2514/medborgarlofte.json');
    expect(data.json().outcomes[0].baseline).toMatchObject({ n: 120 });
    jsonEtag = String(data.headers.etag);
  });

  it('a new population from SCB: new numbers and a new ETag, on the page and in the open data', async () => {
    const result = await importFile('scb', population('8000'));
    expect(result).toMatchObject({ updated: 4 });
    const res = await page('/kommun/kalix', etag);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).not.toBe(etag);
    expect(res.body).toContain('500 per 100 000 invånare och år under 2023–2025 (120 st)');
    expect(res.body).not.toContain('250 per 100 000');
    etag = String(res.headers.etag);
    expect((await page('/kommun/kalix', etag)).statusCode).toBe(304);
    const data = await page('/oppna-data/kommun/2514/medborgarlofte.json', jsonEtag);
    expect(data.statusCode).toBe(200);
    expect(data.headers.etag).not.toBe(jsonEtag);
    // Staff see no change of the set: the same "Ändrad", still below the newer draft.
    expect(await staffList()).toEqual(staff);
  });

  it('more events from Polisen: the page counts them at once', async () => {
    const result = await importFile('polisen', JSON.stringify(burglaries([2025], 30, 9_100_000)));
    expect(result).toMatchObject({ imported: 30 });
    const res = await page('/kommun/kalix', etag);
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).not.toBe(etag);
    expect(res.body).toContain('under 2023–2025 (150 st)');
    etag = String(res.headers.etag);
    expect(await staffList()).toEqual(staff);
  });

  it('the same file again, or another kommun’s figures, leave the stored page as it was', async () => {
    expect(await importFile('scb', population('8000'))).toMatchObject({ updated: 0, unchanged: 4 });
    expect((await page('/kommun/kalix', etag)).statusCode).toBe(304);
    expect(await importFile('scb', population('9800', '2583'))).toMatchObject({ imported: 4 });
    expect((await page('/kommun/kalix', etag)).statusCode).toBe(304);
    const stored = await ctx.deps.db
      .selectFrom('public_page_cache')
      .select('key')
      .where('key', 'like', '/kommun/kalix%')
      .execute();
    expect(stored.length).toBeGreaterThan(0);
  });
});

describe('whose pages an import reaches', () => {
  const touched = (codes: string[]) => setsShowingStatistics(ctx.deps.db, new Set(codes));

  it('the kommun’s own figures, its län’s and Riket’s (the comparisons), not another kommun’s or län’s', async () => {
    expect(await touched(['2514'])).toEqual([setId]);
    expect(await touched(['25'])).toEqual([setId]);
    expect(await touched(['00'])).toEqual([setId]);
    expect(await touched(['2583', '0180', '01'])).toEqual([]);
    expect(await touched([])).toEqual([]);
  });
});
