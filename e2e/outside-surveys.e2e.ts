/**
 * A kommun analyst imports the police's trygghetsmätning for Kalix on the
 * statistics page: a file with a bad row saves nothing and names the line,
 * the corrected file shows its results per area with answers and
 * uncertainty, and the import can be removed. axe-core checks the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { COORDINATOR, textOf } from './work-support.ts';

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

const polisenFile = (lines: string[]) =>
  Buffer.from(`\uFEFF${['Område;Påstående;Index;Antal svar;Konfidensintervall', ...lines].join('\r\n')}\r\n`);

describe('survey results from outside', () => {
  it("imports the police's trygghetsmätning, refuses a bad row, shows the results and removes them", async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/dialog/statistik`);
    await waitForH1(page, 'Statistik');
    await page.getByText('Inga mätningar är inlästa för kommunen än.').waitFor();
    await page.getByText('Rubrikraden ska vara Område;Påstående;Index;Antal svar.').waitFor();
    await page.getByLabel('År mätningen gjordes').fill('2025');
    const file = page.getByLabel('Fil (CSV)');
    await file.setInputFiles({
      name: 'trygghetsmatning-2025.csv',
      mimeType: 'text/csv',
      buffer: polisenFile([
        'Kalix totalt;Ungdomsgäng som bråkar och stör ordningen;2,1;1 184;1,9–2,3',
        'Centrum;Narkotikapåverkade personer utomhus;7,2;412;',
      ]),
    });
    await page.getByRole('button', { name: 'Importera mätningen' }).click();
    await page.getByRole('heading', { name: 'Inget sparades' }).waitFor();
    expect(await textOf(page, 'table tbody tr')).toEqual([expect.stringMatching(/^3.*index 0–6/)]);
    await expectNoViolations(page);

    await file.setInputFiles({
      name: 'trygghetsmatning-2025.csv',
      mimeType: 'text/csv',
      buffer: polisenFile([
        'Kalix totalt;Ungdomsgäng som bråkar och stör ordningen;2,1;1 184;1,9–2,3',
        'Centrum;Narkotikapåverkade personer utomhus;2,7;412;',
      ]),
    });
    await page.getByRole('button', { name: 'Importera mätningen' }).click();
    await page
      .getByRole('status')
      .getByText('Inläst: 2 nya, 0 ändrade, 0 oförändrade och 0 borttagna resultat.')
      .waitFor();
    const table = page.getByRole('table', { name: 'Polisens trygghetsmätning 2025 (index 0–6)' });
    await table.waitFor();
    expect(await textOf(page, 'section.outside-import tbody tr')).toEqual([
      'Hela kommunenUngdomsgäng som bråkar och stör ordningen2,11 1841,9–2,3Ungdomar',
      'CentrumNarkotikapåverkade personer utomhus2,7412anges inteNarkotika',
    ]);
    await expectNoViolations(page);

    await page.getByRole('button', { name: 'Ta bort Polisens trygghetsmätning 2025' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ta bort' }).click();
    await page.getByText('Polisens trygghetsmätning 2025 togs bort.').waitFor();
    await page.getByText('Inga mätningar är inlästa för kommunen än.').waitFor();
  });
});
