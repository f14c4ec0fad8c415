/**
 * Journeys: the community police officer logs an activity from a phone in
 * two taps (and can undo it); a coordinator uploads a CSV file with a bad
 * row and learns which rows are wrong while nothing is saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import {
  activityCount,
  apiClient,
  COORDINATOR,
  kalixDocument,
  OFFICER,
  publishedSet,
  today,
  type StoredSet,
} from './work-support.ts';

const CONTROLS = 'Genomföra minst tio trafikkontroller per månad i Kalix centrum.';
const VISITS = 'Besöka fritidsgården varannan vecka.';

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
          text: CONTROLS,
          followUp: ['kontrollerade fordon'],
          target: {
            kind: 'count',
            count: 10,
            atLeast: true,
            max: null,
            per: 'month',
            every: 1,
            average: false,
            unit: 'trafikkontroller',
          },
        },
        {
          text: VISITS,
          target: {
            kind: 'count',
            count: 1,
            atLeast: false,
            max: null,
            per: 'week',
            every: 2,
            average: false,
            unit: null,
          },
        },
      ],
      { from: `${year}-01-01`, to: `${year}-12-31` },
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const commitmentId = (text: string) => set.focusAreas[0]!.commitments.find((c) => c.text === text)!.id;

describe('quick entry on a phone', () => {
  it('logs one activity in two taps, says so, and can undo it', async () => {
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
    await waitForH1(page, 'Aktiviteter');

    const button = page.getByRole('button', { name: new RegExp(`^${CONTROLS}`) });
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await button.textContent()).toContain('Inget idag');
    await button.tap();
    const sheet = page.getByRole('dialog', { name: CONTROLS });
    await sheet.getByRole('button', { name: '+1 idag' }).tap();

    await page.getByRole('status').getByText('Sparat: 1 aktivitet idag (totalt 1 idag).').waitFor();
    await sheet.waitFor({ state: 'hidden' });
    await button.getByText('1 idag').waitFor();
    expect(await activityCount(server, `?commitmentId=${commitmentId(CONTROLS)}&from=${today()}&to=${today()}`)).toBe(
      1,
    );

    await page.getByRole('button', { name: 'Ångra' }).tap();
    await page.getByText('Ångrat. Aktiviteten är borttagen.').waitFor();
    expect(await activityCount(server, `?commitmentId=${commitmentId(CONTROLS)}`)).toBe(0);
    await context.close();
  });
});

describe('CSV upload', () => {
  it('lists every bad row, saves nothing, and then saves a corrected file', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, COORDINATOR);
    const before = await activityCount(server, `?promiseSetId=${set.id}`);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    await page.getByRole('link', { name: 'Ladda upp en CSV-fil' }).click();
    await waitForH1(page, 'Ladda upp aktiviteter');
    await page.getByRole('link', { name: 'Mall för Medborgarlöfte Kalix (CSV)' }).waitFor();

    const good = `${commitmentId(CONTROLS)};${today()};3;Centrum;Kvällskontroll;12`;
    const csv = [
      'åtagande;datum;antal;platser;anteckning;utfall:kontrollerade fordon',
      good,
      `${commitmentId(VISITS)};2026-02-30;1;;;`,
      `${commitmentId(CONTROLS)};${today()};många;;;`,
    ].join('\n');
    await page
      .getByLabel('CSV-fil')
      .setInputFiles({ name: 'aktiviteter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Ladda upp' }).click();

    const report = page.getByRole('alert').filter({ hasText: 'Inget sparades' });
    await report.waitFor();
    const table = report.getByRole('table', { name: 'Rader med fel' });
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Rad', 'Fel']);
    const lines = await table.locator('tbody tr td:first-child').allTextContents();
    expect(lines).toEqual(['3', '4']);
    await table.getByText('antal "många" är inget tal').waitFor();
    expect(await activityCount(server, `?promiseSetId=${set.id}`)).toBe(before);

    await page.getByLabel('CSV-fil').setInputFiles({
      name: 'rättad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['åtagande;datum;antal;platser;anteckning;utfall:kontrollerade fordon', good].join('\n')),
    });
    await page.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByText('1 aktivitet sparades.').waitFor();
    expect(await report.count()).toBe(0);
    expect(await activityCount(server, `?promiseSetId=${set.id}`)).toBe(before + 1);
  });
});

describe('the activity list and the plan', () => {
  it('changes and removes a logged activity, and plans one in the calendar', async () => {
    const client = await apiClient(server, COORDINATOR);
    const logged = await client.request('POST', '/api/v1/activities', {
      commitmentId: commitmentId(VISITS),
      date: today(),
      note: 'Fritidsgården Ankaret',
    });
    expect(logged.statusCode).toBe(201);
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    const row = page.getByRole('row').filter({ hasText: 'Fritidsgården Ankaret' });
    await row.getByRole('button', { name: /^Ändra aktivitet/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Ändra aktivitet' });
    await dialog.getByLabel('Antal').fill('2');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Aktiviteten är ändrad.').waitFor();
    await row.getByRole('cell', { name: '2', exact: true }).waitFor();

    await row.getByRole('button', { name: /^Ta bort aktivitet/ }).click();
    await page.getByRole('dialog', { name: 'Bekräfta' }).getByRole('button', { name: 'Ta bort' }).click();
    await page.getByText('Aktiviteten är borttagen.').waitFor();
    await row.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Planera aktiviteter' }).click();
    await waitForH1(page, 'Planera aktiviteter');
    await page.getByLabel('Åtagande').selectOption({ label: VISITS });
    await page.getByLabel('Antal').fill('2');
    await page.getByRole('button', { name: 'Lägg till i planen' }).click();
    await page.getByText('Aktiviteten är planerad.').waitFor();
    const cell = page.locator('.month-calendar td[aria-current="date"]');
    await cell.getByText('Planerat 2').waitFor();
    await page.getByRole('button', { name: /^Ta bort planerad aktivitet 1/ }).click();
    await page.getByRole('dialog', { name: 'Bekräfta' }).getByRole('button', { name: 'Ta bort' }).click();
    await page.getByText('Den planerade aktiviteten är borttagen.').waitFor();
    await cell.getByText('Planerat 2').waitFor({ state: 'detached' });
  });
});
