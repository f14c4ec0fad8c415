/**
 * "Har det gjort skillnad?" where people read it: the follow-up report
 * (PDF and Word) and the public kommun page, from Polisen's events kept
 * over the years as a kommun imports them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { scbFile } from '../statistics/fixtures.ts';
import { readDocx, readPdf, xmlText } from '../../src/reports/test-read.ts';
import { drainEvents } from '../../src/app/events/drain.ts';

let ctx: TestContext;
let officer: Client;
let coordinator: Client;
let setId: string;
let followUpId: string;

/** Burglaries in Kalix as Polisen's feed gives them: 40 a year in 2023–2025, 10 in 2026 (January to October). */
function feed(): unknown[] {
  const out: unknown[] = [];
  let id = 9_000_000;
  const add = (day: string) =>
    out.push({
      id: ++id,
      datetime: `${day} 12:00:00 +01:00`,
      name: `${day}, Inbrott, Kalix`,
      summary: 'Inbrott i villa.',
      url: `/aktuellt/handelser/${id}/`,
      type: 'Inbrott',
      location: { name: 'Kalix', gps: '65.85,23.14' },
    });
  for (const year of [2023, 2024, 2025])
    for (let i = 0; i < 40; i++) add(`${year}-${String((i % 12) + 1).padStart(2, '0')}-1${i % 9}`);
  for (let i = 0; i < 10; i++) add(`2026-${String(i + 1).padStart(2, '0')}-15`);
  return out;
}

beforeAll(async () => {
  ctx = await startTestApp();
  const admin = await signIn(ctx.app, DEMO.admin);
  officer = await signIn(ctx.app, DEMO.officer);
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  const imported = await admin.request('POST', '/api/v1/statistics/imports', {
    source: 'polisen',
    content: JSON.stringify(feed()),
  });
  expect(imported.statusCode, imported.body).toBe(201);
  const scb = await admin.request('POST', '/api/v1/statistics/imports', {
    source: 'scb',
    content: scbFile(['2023', '2024', '2025', '2026'].map((y) => ['2514', y, '16000'] as [string, string, string])),
  });
  expect(scb.statusCode, scb.body).toBe(201);
  const set = await officer.request(
    'POST',
    '/api/v1/promise-sets',
    kalixPromise({ from: '2026-01-01', to: '2027-12-31' }),
  );
  setId = set.json().id;
  expect(
    (
      await officer.request('POST', `/api/v1/promise-sets/${setId}/agree`, {
        signatures: [
          { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2026-01-10' },
          { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2026-01-10' },
        ],
      })
    ).statusCode,
  ).toBe(200);
  expect((await officer.request('POST', `/api/v1/promise-sets/${setId}/publish`)).statusCode).toBe(200);
  const ind = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
    title: 'Inbrott enligt Polisens händelser',
    desired: 'decrease',
    definition: { kind: 'crime', source: 'polisen', category: 'stöld och inbrott' },
  });
  expect(ind.statusCode, ind.body).toBe(201);
  const fu = await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
    cadence: 'tertial',
    year: 2026,
    index: 2,
  });
  expect(fu.statusCode, fu.body).toBe(201);
  followUpId = fu.json().id;
  await drainEvents(ctx.deps);
});
afterAll(() => ctx.close());

describe('outcomes where people read them', () => {
  it('the follow-up period (May–August 2026) against 2023–2025: too few events in four months to say', async () => {
    const res = await coordinator.request('GET', `/api/v1/promise-sets/${setId}/outcomes?followUpId=${followUpId}`);
    const [o] = res.json().indicators;
    expect(o.current).toMatchObject({ from: '2026-05-01', to: '2026-08-31', n: 4 });
    expect(o.verdict).toBe('too_little_data');
    expect(o.sentence).toContain('För få anmälda brott för att säga om det har ändrats.');
  });

  it('the follow-up report prints the section, in PDF and in Word', async () => {
    const pdf = await coordinator.request('GET', `/api/v1/follow-ups/${followUpId}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    const text = (await readPdf(pdf.rawPayload)).text;
    expect(text).toContain('Har det gjort skillnad?');
    expect(text).toContain('Inbrott enligt Polisens händelser: För lite underlag');
    const docx = await coordinator.request('GET', `/api/v1/follow-ups/${followUpId}/export.docx`);
    expect(docx.statusCode).toBe(200);
    const word = xmlText(readDocx(docx.rawPayload)['word/document.xml']!);
    expect(word).toContain('Har det gjort skillnad?');
    expect(word).toContain('För få anmälda brott för att säga om det har ändrats.');
  });

  it('the public kommun page says it plainly under the promise in force, with the numbers', async () => {
    const page = await ctx.app.inject({ method: 'GET', url: '/kommun/kalix' });
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html).toContain('Har det gjort skillnad?');
    expect(html).toMatch(
      /Inbrott enligt Polisens händelser <span class="verdict" data-verdict="improved">Bättre<\/span>/,
    );
    expect(html).toContain('250 per 100 000 invånare och år under 2023–2025 (120 st)');
    expect(html).toContain('Färre anmälda brott kan också betyda att färre anmäler.');
    const en = await ctx.app.inject({ method: 'GET', url: '/kommun/kalix?lang=en' });
    expect(en.body).toContain('Did it make a difference?');
    expect(en.body).toContain('250 per 100,000 inhabitants a year in 2023–2025 (120)');
  });

  it('the open data carries the numbers: windows, counts, the interval and the verdict', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/oppna-data/kommun/2514/medborgarlofte.json' });
    expect(res.statusCode).toBe(200);
    const [o] = res.json().outcomes;
    expect(o).toMatchObject({ title: 'Inbrott enligt Polisens händelser', kind: 'crime', verdict: 'improved' });
    expect(o.baseline).toMatchObject({ from: '2023-01-01', to: '2025-12-31', n: 120 });
    expect(o.change.high).toBeLessThan(1);
  });

  it('renaming the indicator gives the public page a new ETag at once: the old one gets the new name, not 304', async () => {
    const first = await ctx.app.inject({ method: 'GET', url: '/kommun/kalix' });
    const etag = String(first.headers.etag);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/kommun/kalix', headers: { 'if-none-match': etag } })).statusCode,
    ).toBe(304);
    const list = (await officer.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`)).json();
    const renamed = await officer.request('PATCH', `/api/v1/outcome-indicators/${list.indicators[0].id}`, {
      title: 'Anmälda inbrott i Kalix',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    // Before the outbox runs: the stamp itself has changed.
    const again = await ctx.app.inject({ method: 'GET', url: '/kommun/kalix', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(200);
    expect(again.headers.etag).not.toBe(etag);
    expect(again.body).toContain('Anmälda inbrott i Kalix');
    expect(again.body).not.toContain('Inbrott enligt Polisens händelser');
  });

  it('removing the indicator takes it off the public page at once', async () => {
    const list = (await officer.request('GET', `/api/v1/promise-sets/${setId}/outcome-indicators`)).json();
    expect((await officer.request('DELETE', `/api/v1/outcome-indicators/${list.indicators[0].id}`)).statusCode).toBe(
      204,
    );
    await drainEvents(ctx.deps);
    const page = await ctx.app.inject({ method: 'GET', url: '/kommun/kalix' });
    expect(page.body).not.toContain('Har det gjort skillnad?');
  });
});
