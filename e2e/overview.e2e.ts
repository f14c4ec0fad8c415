/**
 * Journey: the overview shows each commitment as a traffic light in words,
 * lists the one that falls behind under "Behöver uppmärksamhet", and drills
 * down into its periods and activities.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { COORDINATOR, kalixDocument, publishedSet, today } from './work-support.ts';

const BEHIND = 'Genomföra i snitt sju medborgarkontakter per vecka i centrum.';
const ONGOING = 'Löpande arbeta med grannsamverkan i byarna.';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const year = today().slice(0, 4);
  // Seven a week on average, none logged: behind on any day of the year.
  await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix',
      [
        {
          text: BEHIND,
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
        { text: ONGOING },
      ],
      { from: `${year}-01-01`, to: `${year}-12-31` },
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the overview', () => {
  it('shows traffic lights in words and what needs attention', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await waitForH1(page, 'Översikt');

    const behind = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: BEHIND }) });
    await behind.getByText('Ligger efter', { exact: true }).waitFor();
    const figure = (await behind.locator('.progress-text').textContent()) ?? '';
    expect(figure).toMatch(/^0 av \d+ medborgarkontakter hittills i år$/);
    await behind.getByRole('img', { name: /^Aktiviteter per vecka, senaste 26 veckorna: totalt 0/ }).waitFor();

    const ongoing = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: ONGOING }) });
    await ongoing.getByText('Följs upp i text').waitFor();
    await ongoing.getByText('Gjort hittills i år: 0').waitFor();

    const attention = page.getByRole('region', { name: 'Behöver uppmärksamhet' });
    const item = attention.getByRole('listitem').filter({ hasText: BEHIND });
    // The same status and the same number as the card, never two versions of one fact.
    expect((await item.locator('.attention-reason').textContent())?.trim()).toBe(`Ligger efter – ${figure}`);
    expect(await attention.getByRole('listitem').filter({ hasText: ONGOING }).count()).toBe(0);

    await page.getByText('Inga aktiviteter loggade de senaste 12 månaderna.').waitFor();

    await behind.getByRole('button', { name: 'Visa detaljer' }).click();
    const periods = behind.getByRole('table', { name: 'Perioder och krav' });
    await periods.waitFor();
    expect(await periods.getByRole('columnheader').allTextContents()).toEqual(['Period', 'Krav', 'Gjort', 'Status']);
    // A week is named by its number, or by its dates when it straddles a year end (as week 1 of 2026 does).
    expect(await periods.getByRole('rowheader').first().textContent()).toMatch(
      /^(vecka \d+ \d{4}|\d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2})/,
    );
    await behind.getByText('Inga aktiviteter loggade.').waitFor();

    // The scope picker narrows to one kommun and still finds it.
    await page.getByLabel('Visa för').selectOption({ label: 'Kalix' });
    await behind.getByText('Ligger efter', { exact: true }).waitFor();
  });
});
