/**
 * Journey: a kommun coordinator reads in the existing Kalix promise, checks
 * the draft beside the original (targets marked, warnings listed), corrects
 * one commitment and saves it as a draft.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import { buildPdf } from '../src/domain/promise-import/pdf-fixture.ts';
import {
  WCAG_22_AA,
  axeViolations,
  describeViolations,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  waitForH1,
  type Server,
} from './support.ts';
import { COORDINATOR, textOf } from './work-support.ts';

const KALIX_PROMISE_FILE = new URL('../test/fixtures/kalix-promise.txt', import.meta.url);

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading in an existing promise', () => {
  it('shows the draft beside the original, and saves the corrected draft', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1400, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Löften', exact: true })
      .click();
    await waitForH1(page, 'Löften');
    await page.getByRole('link', { name: 'Läs in befintligt dokument' }).click();
    await waitForH1(page, 'Läs in befintligt dokument');

    await page.getByLabel('Fil (.txt, .md, .docx eller .pdf)').setInputFiles({
      name: 'kalix-medborgarloften.txt',
      mimeType: 'text/plain',
      buffer: readFileSync(KALIX_PROMISE_FILE),
    });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    await page.getByRole('heading', { name: 'Utkast', exact: true }).waitFor();

    // The importer's doubts are listed prominently.
    const warnings = page.locator('.import-warnings');
    await warnings.getByText('Löftets giltighetsperiod framgår inte av texten.').waitFor();
    expect(await warnings.getByRole('heading').textContent()).toBe('Kontrollera detta i utkastet');

    // Every commitment is marked in the original, its target in bold.
    const original = page.getByRole('region', { name: 'Originaltext' });
    expect(await original.locator('mark').count()).toBe(8);
    expect(await textOf(page, '.source-text mark strong')).toContain('i snitt fyra samtal med invånare per vecka');
    await page.getByText('8 av 8 åtaganden hittades i originaltexten.').waitFor();

    // Beside each other on a wide screen.
    const left = await page.locator('.side-original').boundingBox();
    const right = await page.locator('.side-draft').boundingBox();
    expect(left && right && left.x + left.width <= right.x && Math.abs(left.y - right.y) < 50).toBe(true);

    const first = page.getByLabel('Vad, åtagande 1');
    expect(await first.inputValue()).toContain('samtal med invånare');
    await first.fill('Genomföra i snitt fyra samtal med invånare per vecka i Kalix centrum, i Töre och i Sangis.');
    await page.getByRole('button', { name: 'Spara som utkast' }).click();

    await waitForH1(page, 'Kalix – medborgarlöften');
    await page.getByText('Medborgarlöftet är sparat som utkast.').waitFor();
    await page
      .getByRole('cell', {
        name: 'Genomföra i snitt fyra samtal med invånare per vecka i Kalix centrum, i Töre och i Sangis.',
      })
      .waitFor();
    await page.getByRole('cell', { name: 'i snitt 4 samtal per vecka', exact: true }).waitFor();
    expect(await page.locator('.status-tag').first().textContent()).toBe('Utkast');
  });

  it('reads a PDF with a plan table; the review fits a 1280 px screen and a phone, and passes axe (WCAG 2.2 AA)', async () => {
    const pdf = await buildPdf(
      [
        { title: 'Medborgarlöfte Kalix kommun 2025' },
        { heading: 'Genomförandeplan' },
        {
          table: [
            ['Vad', 'När', 'Samverkan', 'Ansvarig', 'Uppföljning'],
            ['Trafikkontroller vid skolorna', 'Minst fyra per månad', 'Kommunen', 'Polisen', 'Antal kontroller'],
          ],
          widths: [150, 90, 80, 70, 93],
        },
      ],
      { footer: 'Sida {n} av {total}' },
    );
    const overflow = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const width of [1280, 390]) {
      const page = await newPage(browser);
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, server.baseUrl, COORDINATOR);
      await page.goto(`${server.baseUrl}/app/loften/las-in`);
      await waitForH1(page, 'Läs in befintligt dokument');
      await page.getByLabel('Fil (.txt, .md, .docx eller .pdf)').setInputFiles({
        name: 'kalix-plan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(pdf),
      });
      await page.getByRole('button', { name: 'Läs in filen' }).click();
      await page.getByRole('heading', { name: 'Utkast', exact: true }).waitFor();
      await page.getByText('Dokumentet är inläst med 1 åtagande.', { exact: false }).waitFor();
      await page.getByText('1 av 1 åtagande hittades i originaltexten.').waitFor();
      expect(await page.getByLabel('Vad, åtagande 1').inputValue()).toContain('Trafikkontroller vid skolorna');
      expect((await textOf(page, '.source-text')).join(' ')).not.toContain('Sida 1 av 1');
      expect(await overflow(page), `horizontal scrolling at ${width} px`).toBeLessThanOrEqual(0);
      const violations = await axeViolations(page, WCAG_22_AA);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    }
  });

  it('explains a file it cannot read', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/loften/las-in`);
    await waitForH1(page, 'Läs in befintligt dokument');
    await page.getByLabel('Fil (.txt, .md, .docx eller .pdf)').setInputFiles({
      name: 'tom.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('   \n'),
    });
    await page.getByRole('button', { name: 'Läs in filen' }).click();
    const summary = page.getByRole('group', { name: 'Rätta följande för att gå vidare:' });
    await summary.waitFor();
    expect((await summary.textContent())?.length).toBeGreaterThan('Rätta följande för att gå vidare:'.length);
    expect(await page.getByRole('heading', { name: 'Utkast', exact: true }).count()).toBe(0);
  });
});
