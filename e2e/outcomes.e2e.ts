/**
 * "Har det gjort skillnad?" in the browser: Kalix's coordinator adds an
 * outcome indicator on the promise set page (after a refused empty name)
 * and reads its verdict, the follow-up page shows it over the follow-up's
 * period, and the public kommun page says it without JavaScript. axe-core
 * (WCAG 2.2 AA) on each page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  expectNoViolations,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  waitForH1,
  ADMIN,
  type Server,
} from './support.ts';
import { apiClient, COORDINATOR, kalixDocument, publishedSet } from './work-support.ts';

let server: Server;
let browser: Browser;
let setId: string;
let followUpId: string;
const year = Number(new Date().toISOString().slice(0, 4));

/** Burglaries in Kalix from Polisen's feed: 40 a year in the three years before the promise, 2 a month since it began last year. */
function feed(): unknown[] {
  const out: unknown[] = [];
  let id = 7_000_000;
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
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const y of [year - 4, year - 3, year - 2])
    for (let i = 0; i < 40; i++) add(`${y}-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`);
  for (let m = 1; m <= 12; m++) for (const d of [5, 20]) add(`${year - 1}-${pad(m)}-${pad(d)}`);
  const month = new Date().getMonth(); // whole months of this year before the current one
  for (let m = 1; m <= month; m++) for (const d of [5, 20]) add(`${year}-${pad(m)}-${pad(d)}`);
  return out;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const admin = await apiClient(server, ADMIN);
  const imported = await admin.request('POST', '/api/v1/statistics/imports', {
    source: 'polisen',
    content: JSON.stringify(feed()),
  });
  if (imported.statusCode !== 201) throw new Error(imported.body);
  const years = [year - 4, year - 3, year - 2, year - 1, year].map((y) => ({
    key: ['2514', String(y)],
    values: ['16000'],
  }));
  const scb = await admin.request('POST', '/api/v1/statistics/imports', {
    source: 'scb',
    content: JSON.stringify({ data: years }),
  });
  if (scb.statusCode !== 201) throw new Error(scb.body);
  const set = await publishedSet(
    server,
    kalixDocument('Medborgarlöfte Kalix', [{ text: 'Polisen och kommunen gör trygghetsvandringar i centrum.' }], {
      from: `${year - 1}-01-01`,
      to: `${year + 1}-12-31`,
    }),
  );
  setId = set.id;
  const coordinator = await apiClient(server, COORDINATOR);
  const fu = await coordinator.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
    cadence: 'tertial',
    year: year - 1,
    index: 1,
  });
  if (fu.statusCode !== 201) throw new Error(fu.body);
  followUpId = fu.json().id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('outcomes in the browser', () => {
  it('the coordinator adds an indicator on the promise set page and reads whether it made a difference', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/loften/${setId}`);
    await waitForH1(page, 'Medborgarlöfte Kalix');
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Har det gjort skillnad?', level: 2 }),
    });
    await section.getByText('Inga effektmått är tillagda').waitFor();

    await section.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByRole('link', { name: /Ge effektmåttet ett namn/ }).waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Namn').fill('Inbrott enligt Polisens händelser');
    await page.getByLabel('Vad ska mätas?').selectOption('polisen');
    await page.getByLabel('Händelsekategori').selectOption('stöld och inbrott');
    await section.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByText('Effektmåttet är tillagt.').waitFor();
    const item = section.getByRole('listitem').filter({ hasText: 'Inbrott enligt Polisens händelser' });
    await item.getByText('Bättre', { exact: true }).waitFor();
    expect(await item.textContent()).toContain('120 st');
    await item.getByRole('table').waitFor();
    await expectNoViolations(page);

    // The comparison window: one year instead of the proposed three.
    await item.locator('summary', { hasText: 'Ändra jämförelseperioden' }).click();
    await item.getByLabel('Från och med').fill(`${year - 2}-01-01`);
    await item.getByLabel('Till och med').fill(`${year - 2}-12-31`);
    await item.getByRole('button', { name: 'Spara jämförelseperioden' }).click();
    await page.getByText('Jämförelseperioden är sparad.').waitFor();
    await item.getByText(`under ${year - 2} (40 st)`, { exact: false }).waitFor();
    await expectNoViolations(page);
  });

  it('the follow-up page shows the indicator over the tertial', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/uppfoljning/${followUpId}`);
    await page.getByRole('heading', { name: 'Har det gjort skillnad?' }).waitFor();
    await page
      .getByText(/^Inbrott enligt Polisens händelser: /)
      .first()
      .waitFor();
    await expectNoViolations(page);
  });

  it('the public kommun page says it plainly without JavaScript', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.baseUrl}/kommun/kalix`);
    await page.getByRole('heading', { name: 'Har det gjort skillnad?' }).waitFor();
    const text = await page.locator('main').textContent();
    expect(text).toContain('Inbrott enligt Polisens händelser');
    expect(text).toContain('Bättre');
    expect(text).toMatch(/med osäkerhet mellan −\d+ % och −\d+ %/);
    const summary = 'Inbrott enligt Polisens händelser: alla år och mätningar';
    await page.locator('summary', { hasText: summary }).click();
    await page.getByRole('table', { name: summary }).waitFor();
    // axe runs as a script: the same page with JavaScript on, the numbers unfolded.
    const checked = await newPage(browser);
    await checked.goto(`${server.baseUrl}/kommun/kalix`);
    await checked.locator('summary', { hasText: summary }).click();
    await checked.getByRole('table', { name: summary }).waitFor();
    await expectNoViolations(checked);
  });
});
