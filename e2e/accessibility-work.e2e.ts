/**
 * axe-core (WCAG 2.1 A and AA) on the working pages: Löften (list, import
 * with a draft, a promise set, the editor), Aktiviteter (quick entry on a
 * phone, the full form, an upload report, planning) and Översikt.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { COORDINATOR, kalixDocument, OFFICER, publishedSet, today, type StoredSet } from './work-support.ts';

const KALIX_PROMISE_FILE = new URL('../test/fixtures/kalix-promise.txt', import.meta.url);
const BEHIND = 'Genomföra i snitt sju medborgarkontakter per vecka i centrum.';

let server: Server;
let browser: Browser;
let set: StoredSet;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const year = today().slice(0, 4);
  set = await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix',
      [
        {
          text: BEHIND,
          followUp: ['samtal'],
          target: {
            kind: 'count',
            count: 7,
            atLeast: true,
            max: null,
            per: 'week',
            every: 1,
            average: true,
            unit: 'medborgarkontakter',
          },
        },
        { text: 'Kommunen ska verka för ökad trygghet i centrum.' },
      ],
      { from: `${year}-01-01`, to: `${year}-12-31` },
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function coordinatorPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, server.baseUrl, COORDINATOR);
  return page;
}

describe('accessibility of Löften, Aktiviteter and Översikt', () => {
  it('the Löften list', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/loften`);
    await page.getByRole('link', { name: 'Medborgarlöfte Kalix' }).waitFor();
    await expectNoViolations(page);
  });

  it('the import page with a draft beside the original', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/loften/las-in`);
    await page.getByLabel('Fil (.txt, .md, .docx eller .pdf)').setInputFiles({
      name: 'kalix.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(KALIX_PROMISE_FILE),
    });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('region', { name: 'Originaltext' }).locator('mark').first().waitFor();
    await expectNoViolations(page);
  });

  it('a promise set and its editor, with the vague-verb warning', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/loften/${set.id}`);
    await waitForH1(page, 'Medborgarlöfte Kalix');
    await expectNoViolations(page);
    await page.getByRole('link', { name: 'Redigera (ny version)' }).click();
    await page.getByText(/Vag formulering/).waitFor();
    await page.getByRole('button', { name: 'Spara ny version' }).click();
    await page.getByRole('link', { name: 'Skriv varför löftet ändras.' }).waitFor();
    await expectNoViolations(page);
  });

  it('quick entry on a phone, with the sheet open', async () => {
    const context = await browser.newContext({
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, OFFICER);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    const button = page.getByRole('button', { name: new RegExp(`^${BEHIND}`) });
    await button.waitFor();
    await expectNoViolations(page);
    await button.tap();
    const plusOne = page.getByRole('button', { name: '+1 idag' });
    await plusOne.waitFor();
    await expectNoViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('the full activity form with errors, an upload report and the plan', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/aktiviteter/ny`);
    await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
    await page.getByRole('link', { name: 'Välj åtagande.' }).waitFor();
    await expectNoViolations(page);

    await page.goto(`${server.baseUrl}/app/aktiviteter/ladda-upp`);
    await page
      .getByLabel('CSV-fil')
      .setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from('åtagande;datum\nx;igår\n') });
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByRole('table', { name: 'Rader med fel' }).waitFor();
    await expectNoViolations(page);

    await page.goto(`${server.baseUrl}/app/aktiviteter/plan`);
    await page.locator('.month-calendar').waitFor();
    await expectNoViolations(page);
  });

  it('the overview with its charts and a drill-down', async () => {
    const page = await coordinatorPage();
    await page.getByRole('heading', { name: 'Behöver uppmärksamhet' }).waitFor();
    await page.locator('.sparkline svg').first().waitFor();
    await page.locator('.heatmap svg').waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Visa detaljer' }).first().click();
    await page.getByRole('table', { name: 'Perioder och krav' }).waitFor();
    await expectNoViolations(page);
  });
});
