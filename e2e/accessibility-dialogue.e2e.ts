/**
 * axe-core (WCAG 2.1 A and AA) on Dialog och enkäter (dialogues, a dialogue,
 * the form with errors, a walk at its follow-up step, open actions),
 * Lägesbild (chart, table, an open move form, police notes for the police)
 * and Uppföljning (the list and a draft follow-up).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { apiClient, COORDINATOR, kalixDocument, OFFICER, publishedSet, today } from './work-support.ts';

let server: Server;
let browser: Browser;
let dialogueId = '';
let walkId = '';
let followUpId = '';

async function post(email: string, path: string, body: object): Promise<{ id: string }> {
  const client = await apiClient(server, email);
  const res = await client.request('POST', path, body);
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const day = today();
  const year = day.slice(0, 4);
  dialogueId = (
    await post(COORDINATOR, '/api/v1/dialogues', {
      kommun: '2514',
      kind: 'medborgardialog',
      date: day,
      place: 'Folkets hus',
      participants: { Boende: 20 },
      findings: [
        { text: 'Narkotika vid busstationen', category: 'narkotika', seriousness: 5 },
        { text: 'Mopeder i centrum', category: 'trafik', seriousness: 3, areaName: 'Centrum' },
      ],
    })
  ).id;
  walkId = (
    await post(COORDINATOR, '/api/v1/safety-walks', {
      kommun: '2514',
      date: day,
      place: 'Stationen',
      participants: { Boende: 8 },
    })
  ).id;
  await post(COORDINATOR, `/api/v1/safety-walks/${walkId}/walk`, {
    date: day,
    participants: { Boende: 8 },
    findings: [{ text: 'Mörk gångtunnel', category: 'otrygga_platser', seriousness: 4 }],
  });
  const set = await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix',
      [
        {
          text: 'Genomföra minst två trafikkontroller per månad.',
          target: {
            kind: 'count',
            count: 2,
            atLeast: true,
            max: null,
            per: 'month',
            every: 1,
            average: false,
            unit: null,
          },
        },
      ],
      { from: `${year}-01-01`, to: `${year}-12-31` },
    ),
  );
  followUpId = (
    await post(COORDINATOR, `/api/v1/promise-sets/${set.id}/follow-ups`, {
      cadence: 'tertial',
      year: Number(year),
      index: 1,
    })
  ).id;
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

describe('accessibility of Dialog och enkäter, Lägesbild and Uppföljning', () => {
  it('the dialogue list, a dialogue and the form with errors', async () => {
    const page = await pageFor(COORDINATOR);
    await page.goto(`${server.baseUrl}/app/dialog`);
    await page.getByRole('link', { name: `Medborgardialog Folkets hus ${today()}` }).waitFor();
    await expectNoViolations(page);
    await page.goto(`${server.baseUrl}/app/dialog/${dialogueId}`);
    await page.getByRole('table', { name: 'Iakttagelser (2)' }).waitFor();
    await expectNoViolations(page);
    await page.goto(`${server.baseUrl}/app/dialog/ny`);
    await waitForH1(page, 'Registrera dialog');
    await page.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await page.getByRole('button', { name: 'Spara dialogen' }).click();
    await page.getByRole('link', { name: 'Ange plats eller område.' }).waitFor();
    await expectNoViolations(page);
  });

  it('a walk at its follow-up step, and open actions', async () => {
    const page = await pageFor(COORDINATOR);
    await page.goto(`${server.baseUrl}/app/dialog/trygghetsvandringar/${walkId}`);
    await page.getByRole('heading', { name: 'Steg 3: Återkopplingsmötet' }).waitFor();
    await expectNoViolations(page);
    await page.goto(`${server.baseUrl}/app/dialog/atgarder`);
    await page.getByText('Inga öppna åtgärder i kommunen.').waitFor();
    await expectNoViolations(page);
  });

  it('the lägesbild with its chart, table and an open move form; the police see their notes', async () => {
    const page = await pageFor(COORDINATOR);
    await page.goto(`${server.baseUrl}/app/lagesbild`);
    await page.getByRole('table', { name: 'Problem i rangordning med poäng per källa' }).waitFor();
    await page.locator('.ranking-chart svg').waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Flytta Trafik' }).click();
    await page.getByRole('button', { name: 'Spara platsen' }).click();
    await page.getByRole('link', { name: 'Skriv varför problemet flyttas.' }).waitFor();
    await expectNoViolations(page);
    await page.getByRole('link', { name: 'Så räknas rangordningen' }).click();
    await page.getByRole('table', { name: 'Räkneexemplets rangordning, poäng gånger vikt per källa' }).waitFor();
    await expectNoViolations(page);

    const officer = await pageFor(OFFICER);
    await officer.goto(`${server.baseUrl}/app/lagesbild`);
    await officer.getByLabel('Kommun').selectOption({ label: 'Kalix' });
    await officer.getByRole('heading', { name: 'Polisens underlag (sekretess)' }).waitFor();
    await officer.locator('.ranking-chart svg').waitFor();
    await expectNoViolations(officer);
  });

  it('the follow-up list and a draft follow-up', async () => {
    const page = await pageFor(COORDINATOR);
    await page.goto(`${server.baseUrl}/app/uppfoljning`);
    await page.getByRole('table', { name: 'Uppföljningar av medborgarlöftet' }).waitFor();
    await expectNoViolations(page);
    await page.goto(`${server.baseUrl}/app/uppfoljning/${followUpId}`);
    await page.getByRole('button', { name: 'Granska för kommunen' }).waitFor();
    await expectNoViolations(page);
  });
});
