/**
 * The åtgärdsplan as Kalix's coordinator makes it in the browser: from a
 * lägesbild with narkotika prioritised and linked to a promise, create the
 * plan, take the linked promise as a measure, write a measure of its own
 * (after a refused empty one), and decide the plan. axe-core (WCAG 2.2 AA)
 * at each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { apiClient, COORDINATOR, kalixDocument, publishedSet, today } from './work-support.ts';

let server: Server;
let browser: Browser;
const year = today().slice(0, 4);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const set = await publishedSet(
    server,
    kalixDocument('Medborgarlöfte Kalix', [{ text: 'Polisen genomför riktade narkotikainsatser varje månad.' }], {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    }),
  );
  const client = await apiClient(server, COORDINATOR);
  const res = await client.request('PUT', `/api/v1/situation/2514/${year}/problems/narkotika`, {
    prioritised: true,
    cause: { type: 'social', horizon: 'long', text: 'Unga saknar meningsfull fritid på kvällarna' },
    commitmentIds: [set.focusAreas[0]!.commitments[0]!.id],
  });
  if (res.statusCode !== 200) throw new Error(res.body);
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

describe('the åtgärdsplan in the staff app', () => {
  it('is made from the prioritised problems, linked to a promise, and decided', async () => {
    const page = await pageFor(COORDINATOR);
    await page.goto(`${server.baseUrl}/app/lagesbild`);
    await page.getByRole('link', { name: 'Åtgärdsplanen för året' }).click();
    await waitForH1(page, 'Åtgärdsplan');
    await page.getByRole('button', { name: 'Skapa åtgärdsplan' }).waitFor();
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Skapa åtgärdsplan' }).click();
    await page.getByRole('heading', { name: '1. Narkotika' }).waitFor();
    await page.getByText('Problemet Narkotika besvaras av löfte 1.').waitFor();
    await page.getByRole('button', { name: 'Lägg till löfte 1 som åtgärd' }).click();
    await page.getByText('Löfte 1: Polisen genomför riktade narkotikainsatser varje månad.').waitFor();
    await page.getByText('Problemet Narkotika besvaras av löfte 1 och åtgärd 1.').waitFor();

    await page.getByText('Ny åtgärd mot narkotika').click();
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await page.getByRole('link', { name: 'Skriv vad åtgärden är, eller koppla ett löfte' }).waitFor();
    await expectNoViolations(page);

    await page.getByLabel('Vad görs').fill('Fältassistenter på fredagskvällar i centrum');
    await page.getByLabel('Ansvarig').fill('Socialtjänsten');
    await page.getByLabel('Uppföljning').fill('Antal kvällar och kontakter per tertial');
    await page.getByRole('button', { name: 'Lägg till åtgärd' }).click();
    await page.getByText('Problemet Narkotika besvaras av löfte 1 samt åtgärderna 1 och 2.').waitFor();
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Besluta planen' }).click();
    await page.getByText(`Beslutad av Kommunfullmäktige den ${today()}.`).waitFor();
    await page.getByRole('button', { name: 'Ta tillbaka till utkast' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lägg till åtgärd' }).count()).toBe(0);
    const pdf = await page.getByRole('link', { name: 'Åtgärdsplanen som PDF' }).getAttribute('href');
    const answer = await page.request.get(`${server.baseUrl}${pdf}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toContain('application/pdf');
    await expectNoViolations(page);
  });
});
