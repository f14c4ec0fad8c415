/**
 * Översättningar in the browser: Kalix's coordinator writes a promise in
 * Finnish and Meänkieli on the promise set page (fields marked with their
 * language), saves and is told so; the public kommun page in Finnish shows
 * it, the untranslated focus area in Swedish marked lang="sv" with the note.
 * axe-core (WCAG 2.2 AA) on each page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  cspViolations,
  describeViolations,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  waitForH1,
  WCAG_22_AA,
  type Server,
} from './support.ts';
import { COORDINATOR, kalixDocument, publishedSet } from './work-support.ts';
import type { Page } from 'playwright-core';

let server: Server;
let browser: Browser;
let setId: string;
const year = Number(new Date().toISOString().slice(0, 4));
const FI = 'Poliisi ja kunta tekevät turvallisuuskävelyjä keskustassa.';
const FIT = 'Poliisi ja kunta tekevä turvalisuuskävelyitä keskustassa.';

async function expectWcag22(page: Page) {
  const violations = await axeViolations(page, WCAG_22_AA);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(cspViolations(page)).toEqual([]);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const set = await publishedSet(
    server,
    kalixDocument('Medborgarlöfte Kalix', [{ text: 'Polisen och kommunen gör trygghetsvandringar i centrum.' }], {
      from: `${year - 1}-01-01`,
      to: `${year + 1}-12-31`,
    }),
  );
  setId = set.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('translations in the browser', () => {
  it('the coordinator writes the promise in Finnish and Meänkieli and is told it is saved', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/loften/${setId}`);
    await waitForH1(page, 'Medborgarlöfte Kalix');
    const section = page.locator('section', {
      has: page.getByRole('heading', { name: 'Översättningar', level: 2 }),
    });
    await section.locator('summary', { hasText: 'Visa texterna att översätta' }).click();
    const fi = section.getByLabel('Löfte 1 – Vad på finska');
    await fi.waitFor();
    expect(await fi.getAttribute('lang')).toBe('fi');
    expect(await section.getByLabel('Löfte 1 – Vad på meänkieli').getAttribute('lang')).toBe('fit');
    await expectWcag22(page);

    await fi.fill(FI);
    await section.getByLabel('Löfte 1 – Vad på meänkieli').fill(FIT);
    await section.getByRole('button', { name: 'Spara översättningarna' }).click();
    await page.getByText('Översättningarna är sparade (2 texter sparade).').waitFor();
    expect(await section.getByLabel('Löfte 1 – Vad på finska').inputValue()).toBe(FI);
    await expectWcag22(page);
  });

  it('the public page in Finnish shows the translation, and the Swedish it lacks marked and noted', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.baseUrl}/kommun/kalix?lang=fi`);
    await page.getByText(FI).waitFor();
    const area = page.locator('section.focus-area');
    expect(await area.locator('h4 span[lang="sv"]').textContent()).toBe('Trygghet i centrum');
    expect(await area.textContent()).toContain('Tämä teksti on saatavilla vain ruotsiksi.');
    await expectWcag22(page);
  });
});
