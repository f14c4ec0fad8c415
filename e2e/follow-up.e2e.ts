/**
 * Journey: a follow-up from draft to published. The coordinator makes it
 * for tertial 1, changes a verdict (which needs a comment) and reviews for
 * the kommun; the community police officer reviews for the police; the
 * coordinator cannot approve; the LPO chief and the kommunalråd approve;
 * the coordinator publishes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { apiClient, COORDINATOR, DEMO, kalixDocument, OFFICER, publishedSet, textOf, today } from './work-support.ts';

const CONTROLS = 'Genomföra minst två trafikkontroller per månad i Kalix centrum.';

let server: Server;
let browser: Browser;
let setId: string;
// Tertial 1 can be approved once it has ended (after 30 April): before May, last year's.
const thisYear = today().slice(0, 4);
const year = String(Number(thisYear) - (today().slice(5, 7) <= '04' ? 1 : 0));
const heading = `Medborgarlöfte Kalix – Tertial 1 ${year}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ id: setId } = await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix',
      [
        {
          text: CONTROLS,
          target: {
            kind: 'count',
            count: 2,
            atLeast: true,
            max: null,
            per: 'month',
            every: 1,
            average: false,
            unit: 'trafikkontroller',
          },
        },
      ],
      // Through this year, so this year's full-year follow-up is one whose period is still running.
      { from: `${year}-01-01`, to: `${thisYear}-12-31` },
    ),
  ));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pageFor(email: string): Promise<Page> {
  const page = await newPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, server.baseUrl, email);
  return page;
}

async function status(page: Page): Promise<string> {
  return (await textOf(page, 'dl.facts dd .status-tag'))[0] ?? '';
}

describe('a follow-up from draft to published', () => {
  it('goes through review by both parties, approval by leadership and publishing', async () => {
    const coordinator = await pageFor(COORDINATOR);
    await coordinator.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).click();
    await waitForH1(coordinator, 'Uppföljning');
    await coordinator.getByText('Inga uppföljningar än.').waitFor();
    await coordinator.getByLabel('Intervall').selectOption({ label: 'Tertial' });
    await coordinator.getByLabel('År').selectOption(year);
    await coordinator.getByLabel('Period', { exact: true }).selectOption({ label: '1 (jan–apr)' });
    await coordinator.getByRole('button', { name: 'Gör uppföljningen' }).click();
    await waitForH1(coordinator, heading);
    await coordinator.getByRole('status').getByText('Uppföljningen är gjord och ifylld med utfallet.').waitFor();
    const url = coordinator.url();

    // A verdict other than the proposal needs a comment.
    const item = coordinator.getByRole('group', { name: `Åtagande 1: ${CONTROLS}` });
    await item.getByLabel('Bedömning').selectOption({ label: 'Delvis uppfyllt' });
    await coordinator.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await coordinator.getByRole('link', { name: 'Skriv varför bedömningen ändras för åtagande 1.' }).click();
    await item.getByLabel('Kommentar').fill('Kontrollerna gjordes men rapporterades inte i tid.');
    await coordinator.getByLabel('Sammanfattning', { exact: true }).fill('Trafikkontrollerna kom i gång under våren.');
    await coordinator.getByLabel('Mottagare (e-post)').fill('lpochef@polisen.example\nkommunalrad@kalix.example');
    await coordinator.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await coordinator.getByRole('status').getByText('Uppföljningen är sparad.').waitFor();

    await coordinator.getByRole('button', { name: 'Granska för kommunen' }).click();
    await coordinator.getByRole('status').getByText('Din granskning är registrerad.').waitFor();
    expect(await coordinator.getByRole('button', { name: 'Granska för kommunen' }).count()).toBe(0);
    expect(await status(coordinator)).toBe('Utkast');

    const officer = await pageFor(OFFICER);
    await officer.goto(url);
    await waitForH1(officer, heading);
    await officer.getByRole('button', { name: 'Granska för polisen' }).click();
    await officer.getByRole('status').getByText('Din granskning är registrerad.').waitFor();
    expect(await status(officer)).toBe('Granskad');
    await officer
      .getByRole('table', { name: 'Utfall och bedömning per åtagande' })
      .getByText('Delvis uppfyllt')
      .waitFor();

    // Only leadership approves.
    await coordinator.reload();
    await waitForH1(coordinator, heading);
    await coordinator.getByRole('button', { name: 'Godkänn' }).click();
    await coordinator.getByRole('group').getByText('Bara ledningen kan godkänna.').waitFor();

    for (const leader of [DEMO.lpoChief, DEMO.kalixLeader]) {
      const page = await pageFor(leader);
      await page.goto(url);
      await waitForH1(page, heading);
      await page.getByRole('button', { name: 'Godkänn' }).click();
      await page.getByRole('status').getByText('Ditt godkännande är registrerat.').waitFor();
    }

    await coordinator.reload();
    await waitForH1(coordinator, heading);
    expect(await status(coordinator)).toBe('Godkänd');
    await coordinator.getByRole('button', { name: 'Publicera' }).click();
    await coordinator.getByRole('status').getByText('Uppföljningen är publicerad.').waitFor();
    expect(await status(coordinator)).toBe('Publicerad');
    const approvals = (await textOf(coordinator, 'dl.facts dd'))[4] ?? '';
    expect(approvals).toContain('(polisen)');
    expect(approvals).toContain('(kommunen)');
    await coordinator.getByRole('link', { name: 'Uppföljningen som PDF' }).waitFor();
  });
});

describe('a follow-up whose period is still running', () => {
  it('is reviewed, but leadership sees from which day it can be approved instead of the button', async () => {
    const kommun = await apiClient(server, COORDINATOR);
    const police = await apiClient(server, OFFICER);
    const made = await kommun.request('POST', `/api/v1/promise-sets/${setId}/follow-ups`, {
      cadence: 'year',
      year: Number(thisYear),
      index: 1,
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = (made.json() as { id: string }).id;
    await kommun.request('POST', `/api/v1/follow-ups/${id}/review`);
    expect((await police.request('POST', `/api/v1/follow-ups/${id}/review`)).json()).toMatchObject({
      status: 'reviewed',
    });
    const chief = await pageFor(DEMO.lpoChief);
    await chief.goto(`${server.baseUrl}/app/uppfoljning/${id}`);
    await waitForH1(chief, `Medborgarlöfte Kalix – Helåret ${thisYear}`);
    await chief
      .getByText(
        `Perioden slutar ${thisYear}-12-31. Uppföljningen kan godkännas från och med ${Number(thisYear) + 1}-01-01`,
      )
      .waitFor();
    expect(await chief.getByRole('button', { name: 'Godkänn' }).count()).toBe(0);
    await expectNoViolations(chief);
  });
});
