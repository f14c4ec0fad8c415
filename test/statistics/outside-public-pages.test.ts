/**
 * Survey results from outside reach the public kommun page: the page shows
 * an outcome indicator read from Polisens trygghetsmätning, so importing
 * the report or deleting it gives the page a new ETag at once (a browser
 * holding the old one gets the new page, not 304), and the staff list still
 * shows the set as changed when it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixPromise } from '../activities/fixtures.ts';
import { drainEvents } from '../../src/app/events/drain.ts';

let ctx: TestContext;
let coordinator: Client;
let officer: Client;
let setId: string;

/** Polisens report table for Kalix, one year (speeding, the index the indicator reads). */
const report = (index: string, interval: string) =>
  [
    'Område;Påstående;Index;Antal svar;Konfidensintervall',
    `Kalix totalt;Personer som kör för fort med bil;${index};1 184;${interval}`,
  ].join('\n');

const page = (etag?: string) =>
  ctx.app.inject({ method: 'GET', url: '/kommun/kalix', headers: etag ? { 'if-none-match': etag } : {} });

async function updatedAtOfSet(): Promise<string> {
  const res = await officer.request('GET', '/api/v1/promise-sets');
  return res.json().promiseSets.find((s: { id: string }) => s.id === setId).updatedAt;
}

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  officer = await signIn(ctx.app, DEMO.officer);
  setId = (
    await officer.request('POST', '/api/v1/promise-sets', kalixPromise({ from: '2024-01-01', to: '2027-12-31' }))
  ).json().id;
  const agreed = await officer.request('POST', `/api/v1/promise-sets/${setId}/agree`, {
    signatures: [
      { name: 'Birgitta Nyström', role: 'LPO-chef', party: 'polisen', signedAt: '2024-01-10' },
      { name: 'Karin Lind', role: 'KSO', party: 'kommunen', signedAt: '2024-01-10' },
    ],
  });
  expect(agreed.statusCode, agreed.body).toBe(200);
  expect((await officer.request('POST', `/api/v1/promise-sets/${setId}/publish`)).statusCode).toBe(200);
  const ind = await officer.request('POST', `/api/v1/promise-sets/${setId}/outcome-indicators`, {
    title: 'Fortkörning enligt trygghetsmätningen',
    desired: 'decrease',
    definition: {
      kind: 'survey_index',
      outside: { source: 'polisen_trygghetsmatning', item: 'Personer som kör för fort med bil' },
    },
  });
  expect(ind.statusCode, ind.body).toBe(201);
  const first = await coordinator.request('POST', '/api/v1/outside-surveys/2514/imports', {
    source: 'polisen_trygghetsmatning',
    year: 2023,
    content: report('3,6', '3,4–3,8'),
  });
  expect(first.statusCode, first.body).toBe(201);
  await drainEvents(ctx.deps);
});
afterAll(() => ctx.close());

describe('the public kommun page and survey results from outside', () => {
  it('a new year imported, then deleted: a new ETag each time, the set unchanged for staff', async () => {
    const before = await page();
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Fortkörning enligt trygghetsmätningen');
    expect(before.body).toContain('Det finns ännu ingen mätning för båda perioderna att jämföra.');
    let etag = String(before.headers.etag);
    expect((await page(etag)).statusCode).toBe(304);
    const changedAt = await updatedAtOfSet();

    const imported = await coordinator.request('POST', '/api/v1/outside-surveys/2514/imports', {
      source: 'polisen_trygghetsmatning',
      year: 2025,
      content: report('2,9', '2,7–3,1'),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const afterImport = await page(etag);
    expect(afterImport.statusCode).toBe(200);
    expect(afterImport.body).toContain('index 2,9 vid mätningen 2025-10-01');
    expect(afterImport.body).toContain('data-verdict="improved">Bättre<');
    expect(afterImport.headers.etag).not.toBe(etag);
    etag = String(afterImport.headers.etag);
    expect((await page(etag)).statusCode).toBe(304);

    const deleted = await coordinator.request(
      'DELETE',
      '/api/v1/outside-surveys/2514/2025?source=polisen_trygghetsmatning',
    );
    expect(deleted.statusCode, deleted.body).toBe(200);
    const afterDelete = await page(etag);
    expect(afterDelete.statusCode).toBe(200);
    expect(afterDelete.headers.etag).not.toBe(etag);
    expect(afterDelete.body).not.toContain('2025-10-01');
    expect(afterDelete.body).toContain('Det finns ännu ingen mätning för båda perioderna att jämföra.');
    expect(await updatedAtOfSet()).toBe(changedAt);
  });

  it('another source, which no indicator reads, leaves the page as it was', async () => {
    const etag = String((await page()).headers.etag);
    const ntu = await coordinator.request('POST', '/api/v1/outside-surveys/2514/imports', {
      source: 'bra_ntu',
      year: 2025,
      content: [
        'Region;Fråga;Andel (%);Felmarginal (±);Antal svar',
        'Kalix;Otrygghet vid utevistelse sen kväll;14,2;2,1;812',
      ].join('\n'),
    });
    expect(ntu.statusCode, ntu.body).toBe(201);
    expect((await page(etag)).statusCode).toBe(304);
  });
});
