/**
 * Journeys: the coordinator registers a medborgardialog with two findings
 * and sees them ranked in the lägesbild; a trygghetsvandring is taken
 * through its three steps, and its open action leaves the list of open
 * actions when it is marked done (after which the walk cannot be deleted).
 * Registered things are corrected through Ändra and deleted after a
 * question: a dialogue's finding, and a filed EST report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { COORDINATOR, textOf, today } from './work-support.ts';

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

async function coordinatorPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, server.baseUrl, COORDINATOR);
  return page;
}

/** Each table row as its cells' text joined by " | ". */
async function rowsOf(page: Page, selector: string): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replace(/\s+/gu, ' ').trim()).join(' | '),
      ),
    );
}

/** A day `n` days before today, as YYYY-MM-DD on this machine's clock. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function fillFinding(page: Page, n: number, text: string, category: string, seriousness: string): Promise<void> {
  const group = page.getByRole('group', { name: `Iakttagelse ${n}`, exact: true });
  await group.getByLabel('Vad sågs eller sades?').fill(text);
  await group.getByLabel('Problemkategori').selectOption({ label: category });
  await group.getByLabel('Allvarlighet (1–5)').selectOption({ label: seriousness });
}

describe('a medborgardialog feeds the lägesbild', () => {
  it('registers two findings and sees them ranked with their score per source', async () => {
    const page = await coordinatorPage();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Dialog och enkäter' }).click();
    await waitForH1(page, 'Dialoger');
    await page.getByText('Inga dialoger registrerade i kommunen än.').waitFor();
    await page.getByRole('link', { name: 'Registrera dialog' }).click();
    await waitForH1(page, 'Registrera dialog');

    // Saving without what is needed: the summary links to the fields.
    await page.getByLabel('Plats', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await page.getByRole('button', { name: 'Spara dialogen' }).click();
    await page.getByRole('link', { name: 'Ange plats eller område.' }).waitFor();
    await page.getByRole('link', { name: 'Välj problemkategori för iakttagelse 1.' }).waitFor();

    await page.getByLabel('Plats', { exact: true }).fill('Folkets hus');
    await page.getByLabel('Antal i grupp 1').fill('14');
    await fillFinding(
      page,
      1,
      'Narkotikaförsäljning vid busstationen på kvällarna',
      'Narkotika',
      '5 – Mycket allvarligt',
    );
    await page.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await fillFinding(page, 2, 'Mopeder kör fort genom centrum', 'Trafik', '3 – Märkbart');
    await page.getByRole('button', { name: 'Spara dialogen' }).click();

    await waitForH1(page, `Medborgardialog Folkets hus ${today()}`);
    await page.getByRole('status').getByText('Dialogen är sparad.').waitFor();
    const rows = await textOf(page, 'table.findings-table tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Narkotikaförsäljning vid busstationen');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Lägesbild' }).click();
    await waitForH1(page, 'Lägesbild');
    const table = page.getByRole('table', { name: 'Problem i rangordning med poäng per källa' });
    await table.waitFor();
    // Each finding is a distinct problem: its seriousness / 2.
    expect(await rowsOf(page, 'table.ranking-table tbody tr')).toEqual([
      '1 | Narkotika | 2,5 | 2,5',
      '2 | Trafik | 1,5 | 1,5',
    ]);
    await page
      .getByText('Dialoger och trygghetsvandringar (2,5 poäng): 1 skilt problem (plats och tertial) av 1 iakttagelse')
      .waitFor();
    expect(await textOf(page, 'table.ranking-table thead th')).toEqual([
      'Rang',
      'Problem',
      'Dialoger och trygghetsvandringar',
      'Totalt',
    ]);
    // Not police: the confidential section is not there.
    expect(await page.getByRole('heading', { name: 'Polisens underlag (sekretess)' }).count()).toBe(0);

    // Move Trafik to the top, which needs a reason.
    await page.getByRole('button', { name: 'Flytta Trafik' }).click();
    await page.getByLabel('Ny plats').selectOption('1');
    await page.getByRole('button', { name: 'Spara platsen' }).click();
    await page.getByRole('link', { name: 'Skriv varför problemet flyttas.' }).waitFor();
    await page.getByLabel('Skäl').fill('Många klagomål till kommunen om mopederna');
    await page.getByRole('button', { name: 'Spara platsen' }).click();
    await page.getByRole('status').getByText('Rangordningen är ändrad.').waitFor();
    expect(await textOf(page, 'table.ranking-table tbody tr th')).toEqual([
      'Trafik Flyttat (plats 2 efter poäng)',
      'Narkotika',
    ]);
  });
});

describe('a trygghetsvandring through its three steps', () => {
  it('plans, records the walk, holds the follow-up meeting, and closes the open action', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/dialog/trygghetsvandringar`);
    await waitForH1(page, 'Trygghetsvandringar');
    await page.getByRole('link', { name: 'Planera trygghetsvandring' }).click();
    await waitForH1(page, 'Planera trygghetsvandring');
    await page.getByLabel('Förmöte').fill(daysAgo(40));
    await page.getByLabel('Vandringens datum').fill(daysAgo(30));
    await page.getByLabel('Plats', { exact: true }).fill('Centrum');
    await page.getByLabel('Antal i grupp 1').fill('12');
    await page.getByRole('button', { name: 'Planera vandringen' }).click();

    await waitForH1(page, `Trygghetsvandring Centrum ${daysAgo(30)}`);
    await page.getByRole('status').getByText('Trygghetsvandringen är planerad.').waitFor();
    const steps = page.getByRole('list', { name: 'Vandringens steg' });
    expect(await steps.locator('[aria-current="step"]').textContent()).toContain('Förmöte');

    // Step 2: the walk, with 24 walkers: too many, so a warning.
    await page.getByRole('heading', { name: 'Steg 2: Registrera vandringen' }).waitFor();
    await page.getByLabel('Antal i grupp 1').fill('24');
    await fillFinding(page, 1, 'Trasig belysning i gångtunneln', 'Otrygga platser', '4 – Allvarligt');
    await page.getByRole('button', { name: 'Spara vandringen' }).click();
    await page.getByRole('status').getByText('Vandringen är registrerad.').waitFor();
    expect(await steps.locator('[aria-current="step"]').textContent()).toContain('Vandring');
    await page.getByText(/24 deltagare: en trygghetsvandring fungerar bäst med högst cirka 20 personer/).waitFor();

    // Step 3: the follow-up meeting gives the finding an owner, an action and a date (already passed: overdue).
    await page.getByLabel('Datum för återkopplingsmötet').fill(daysAgo(10));
    const finding = page.getByRole('group', { name: 'Iakttagelse 1: Trasig belysning i gångtunneln' });
    await finding.getByLabel('Ansvarig').fill('Tekniska förvaltningen');
    await finding.getByLabel('Åtgärd').fill('Byta armaturer i gångtunneln');
    await finding.getByLabel('Klart senast').fill(daysAgo(5));
    await page.getByRole('button', { name: 'Spara återkopplingen' }).click();
    await page.getByRole('status').getByText('Återkopplingen är sparad.').waitFor();
    expect(await steps.locator('[aria-current="step"]').textContent()).toContain('Återkoppling');

    await page.getByRole('link', { name: 'Öppna åtgärder' }).click();
    await waitForH1(page, 'Öppna åtgärder');
    const actions = page.getByRole('table', { name: 'Öppna åtgärder, tidigast först' });
    await actions.waitFor();
    expect(await textOf(page, 'table tbody tr')).toEqual([expect.stringContaining('Byta armaturer i gångtunneln')]);
    await actions.getByText('Försenad 5 dagar').waitFor();
    await page.getByText('1 öppen åtgärd, varav 1 försenade.').waitFor();

    await page.getByRole('button', { name: 'Markera klar: Byta armaturer i gångtunneln' }).click();
    await page.getByRole('status').getByText('Åtgärden är markerad som klar.').waitFor();
    await page.getByText('Inga öppna åtgärder i kommunen.').waitFor();
    expect(await actions.count()).toBe(0);

    // The done action is the record of what was done: the walk cannot be deleted, and the page says why.
    await page.goto(`${server.baseUrl}/app/dialog/trygghetsvandringar`);
    await page.getByRole('link', { name: `Trygghetsvandring Centrum ${daysAgo(30)}` }).click();
    await waitForH1(page, `Trygghetsvandring Centrum ${daysAgo(30)}`);
    await page.getByRole('button', { name: 'Ta bort trygghetsvandringen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort trygghetsvandringen' }).click();
    await page
      .getByRole('alert')
      .getByText(/kan inte tas bort: En iakttagelse har en åtgärd/)
      .waitFor();
    await expectNoViolations(page);
    await waitForH1(page, `Trygghetsvandring Centrum ${daysAgo(30)}`);
  });
});

describe('correcting and deleting what was registered', () => {
  it('edits one finding of a dialogue through Ändra, then deletes the dialogue after a question', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/dialog/ny`);
    await waitForH1(page, 'Registrera dialog');
    await page.getByLabel('Plats', { exact: true }).fill('Biblioteket');
    await page.getByLabel('Antal i grupp 1').fill('8');
    await page.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await fillFinding(page, 1, 'Mopeder kör fort vid skolan', 'Trafik', '2 – Lindrigt');
    await page.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    await fillFinding(page, 2, 'Klotter på busskuren', 'Skadegörelse', '1 – Obetydligt');
    await page.getByRole('button', { name: 'Spara dialogen' }).click();
    await waitForH1(page, `Medborgardialog Biblioteket ${today()}`);

    // Ändra: the form opens with what was registered, and focus moves to its heading.
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    const heading = page.getByRole('heading', { name: 'Ändra dialogen' });
    await heading.waitFor();
    expect(await heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const first = page.getByRole('group', { name: 'Iakttagelse 1', exact: true });
    expect(await first.getByLabel('Vad sågs eller sades?').inputValue()).toBe('Mopeder kör fort vid skolan');

    // A mistake in the correction is caught before anything is saved.
    await first.getByLabel('Vad sågs eller sades?').fill('');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('link', { name: 'Skriv vad som sågs eller sades i iakttagelse 1.' }).waitFor();
    await expectNoViolations(page);

    await first.getByLabel('Vad sågs eller sades?').fill('Mopeder kör fort vid skolan på kvällarna');
    await first.getByLabel('Allvarlighet (1–5)').selectOption({ label: '4 – Allvarligt' });
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page.getByRole('status').getByText('Ändringarna är sparade.').waitFor();
    const rows = await textOf(page, 'table.findings-table tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Mopeder kör fort vid skolan på kvällarna');
    expect(rows[0]).toContain('4 – Allvarligt');
    expect(rows[1]).toContain('Klotter på busskuren');

    // Cancelling changes nothing and gives focus back to Ändra.
    await page.getByRole('button', { name: 'Ändra', exact: true }).click();
    await page
      .getByRole('group', { name: 'Iakttagelse 2', exact: true })
      .getByLabel('Vad sågs eller sades?')
      .fill('Något annat');
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Ändra');
    expect((await textOf(page, 'table.findings-table tbody tr'))[1]).toContain('Klotter på busskuren');

    await page.getByRole('button', { name: 'Ta bort dialogen' }).click();
    const question = page.getByRole('dialog');
    await question.getByText(/Vill du ta bort "Medborgardialog Biblioteket .*" med dess 2 iakttagelser\?/).waitFor();
    await question.getByRole('button', { name: 'Ta bort dialogen' }).click();
    await waitForH1(page, 'Dialoger');
    await page.getByRole('status').getByText(`"Medborgardialog Biblioteket ${today()}" är borttagen.`).waitFor();
    expect(await page.getByRole('link', { name: `Medborgardialog Biblioteket ${today()}` }).count()).toBe(0);
  });

  it('corrects a filed EST report and deletes it', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/dialog/est`);
    await waitForH1(page, 'EST – Effektiv samordning för trygghet');
    await page.getByLabel('Område', { exact: true }).fill('Hamnen');
    await page.getByRole('group', { name: 'Klotter' }).getByLabel('Förekommer').check();
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await page
      .getByRole('status')
      .getByText(/Rapporten för Hamnen vecka \d+ är sparad./)
      .waitFor();

    const filed = page.getByRole('table', { name: /Lämnade rapporter vecka/ });
    await filed.waitFor();
    await page.getByRole('button', { name: 'Ändra rapporten för Hamnen från Kalix' }).click();
    const edit = page.getByRole('region', { name: /Ändra rapporten för Hamnen från Kalix/ });
    await edit.getByRole('group', { name: 'Klotter' }).getByLabel('Påtagligt').check();
    await expectNoViolations(page);
    await edit.getByLabel('Anteckning (valfritt)').fill('Rättat: klottret är omfattande');
    await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
    await page
      .getByRole('status')
      .getByText(/Rapporten för Hamnen vecka \d+ är ändrad./)
      .waitFor();
    await filed.getByText('Rättat: klottret är omfattande').waitFor();
    const cells = await filed.locator('tbody tr').evaluateAll((rows) =>
      rows.map((r) =>
        [...r.querySelectorAll('th, td')]
          .slice(0, 4)
          .map((c) => (c.textContent ?? '').trim())
          .join(' | '),
      ),
    );
    expect(cells).toEqual(['Hamnen | Kalix | 2 | Rättat: klottret är omfattande']);

    await page.getByRole('button', { name: 'Ta bort rapporten för Hamnen från Kalix' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await page
      .getByRole('status')
      .getByText(/Rapporten för Hamnen vecka \d+ är borttagen./)
      .waitFor();
    await page.getByText(/Inga lämnade rapporter vecka/).waitFor();
  });
});
