/**
 * Journey: a coordinator writes a promise for Kalix from scratch in the
 * genomförandeplan table (a vague commitment is flagged), saves it, both
 * parties sign, it is published, and citizens see it on the kommun's page.
 * Then a change after agreement needs a reason and shows in the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { COORDINATOR, today } from './work-support.ts';

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

const MEASURABLE = 'Polisen genomför minst två trafikkontroller per månad i byarna runt Kalix.';
const VAGUE = 'Kommunen ska verka för ökad trygghet i centrum.';
const VAGUE_WARNING =
  'Vag formulering: ”verka för”, ”arbeta för” och liknande utan mätbart mål går inte att följa upp.';

async function writeDraft(page: Page): Promise<void> {
  const year = today().slice(0, 4);
  await page.goto(`${server.baseUrl}/app/loften`);
  await waitForH1(page, 'Löften');
  await page.getByRole('link', { name: 'Nytt medborgarlöfte' }).click();
  await waitForH1(page, 'Nytt medborgarlöfte');
  await page.getByLabel('Rubrik', { exact: true }).fill(`Medborgarlöfte Kalix ${year}`);
  // A Kalix coordinator writes for Kalix: the kommun is already chosen.
  await page.getByRole('button', { name: 'Ta bort Kalix' }).waitFor();
  await page.getByLabel('Gäller från').fill(`${year}-01-01`);
  await page.getByLabel('Gäller till').fill(`${year}-12-31`);
  await page.getByLabel('Rubrik, fokusområde 1').fill('Trafik och trygghet');

  await page.getByLabel('Vad, åtagande 1').fill(MEASURABLE);
  await page.getByLabel('Ansvarig, åtagande 1').fill('Polisen');
  const target1 = page.getByRole('group', { name: 'Mål och detaljer för åtagande 1' });
  await target1.getByRole('radio', { name: 'Antal' }).check();
  await target1.getByLabel('Hur många').fill('2');
  await target1.getByLabel('Per').selectOption({ label: 'månad' });
  await target1.getByText('Målet läses: minst 2 per månad').waitFor();

  await page.getByRole('button', { name: 'Lägg till åtagande i fokusområde 1' }).click();
  const second = page.getByLabel('Vad, åtagande 2');
  expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
  await second.fill(VAGUE);
  await page.getByText(VAGUE_WARNING).waitFor();
  await page.getByLabel('Ansvarig, åtagande 2').fill('kommunen');
}

describe('writing a promise from scratch', () => {
  it('is saved, signed by both parties, published and shown to citizens', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await writeDraft(page);
    await page.getByRole('button', { name: 'Spara som utkast' }).click();

    await waitForH1(page, `Medborgarlöfte Kalix ${today().slice(0, 4)}`);
    await page.getByText('Medborgarlöftet är sparat som utkast.').waitFor();
    await page.getByRole('cell', { name: MEASURABLE }).waitFor();
    await page.getByRole('cell', { name: 'minst 2 per månad' }).waitFor();

    await page.getByRole('button', { name: 'Markera som överenskommet' }).click();
    const one = page.getByRole('group', { name: 'Underskrift 1' });
    await one.getByLabel('Namn').fill('Birgitta Nyström');
    await one.getByLabel('Roll').fill('Lokalpolisområdeschef Östra Norrbotten');
    const two = page.getByRole('group', { name: 'Underskrift 2' });
    await two.getByLabel('Namn').fill('Tommy Nilsson');
    await two.getByLabel('Roll').fill('Kommunstyrelsens ordförande');
    expect(await two.getByLabel('Part').inputValue()).toBe('kommunen');
    await page.locator('form.agree-form').getByRole('button', { name: 'Markera som överenskommet' }).click();
    await page.getByText('Medborgarlöftet är markerat som överenskommet.').waitFor();
    await page.getByText('Birgitta Nyström', { exact: true }).waitFor();

    // A double click sends one request: the button is disabled while it runs, so no error shows beside the success.
    const publishes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/publish')) publishes.push(r.url());
    });
    await page.getByRole('button', { name: 'Publicera' }).dblclick();
    await page.getByText('Medborgarlöftet är publicerat på kommunens publika sida.').waitFor();
    expect(publishes).toHaveLength(1);
    expect(await page.locator('.error-summary').count()).toBe(0);
    expect(await page.locator('.facts .status-tag').textContent()).toBe('Publicerat');

    const citizen = await newPage(browser);
    await citizen.goto(`${server.baseUrl}/kommun/kalix`);
    await waitForH1(citizen, 'Kalix');
    await citizen.getByText(MEASURABLE).waitFor();
  });

  it('a change after publishing needs a reason and shows in the version history', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/loften`);
    await page.getByLabel('Status').selectOption({ label: 'Publicerat' });
    await page.getByText('1 medborgarlöfte', { exact: true }).waitFor();
    await page.getByRole('link', { name: /^Medborgarlöfte Kalix/ }).click();
    await page.getByRole('link', { name: 'Redigera (ny version)' }).click();
    await page.getByLabel('Vad, åtagande 2').fill('Kommunen genomför två trygghetsvandringar i centrum under året.');
    await page.getByRole('button', { name: 'Spara ny version' }).click();
    await page.getByRole('link', { name: 'Skriv varför löftet ändras.' }).waitFor();

    await page
      .getByLabel('Varför ändras löftet? En ny version skapas.')
      .fill('Mätbart mål efter dialog med grannsamverkan.');
    await page.getByRole('button', { name: 'Spara ny version' }).click();
    await page.getByText('Ändringarna är sparade som version 2.').waitFor();

    await page.getByRole('link', { name: 'Versionshistorik' }).click();
    await page.getByRole('heading', { level: 1, name: /^Versionshistorik: Medborgarlöfte Kalix/ }).waitFor();
    await page.getByRole('cell', { name: 'Mätbart mål efter dialog med grannsamverkan.' }).waitFor();
    const changes = page.getByRole('heading', { name: 'Ändringar från version 1 till 2' });
    await changes.waitFor();
    await page.locator('del', { hasText: VAGUE }).waitFor();
    expect(await page.locator('ins', { hasText: 'Kommunen genomför två trygghetsvandringar' }).textContent()).toBe(
      'Tillagt: Kommunen genomför två trygghetsvandringar i centrum under året.',
    );
  });
});
