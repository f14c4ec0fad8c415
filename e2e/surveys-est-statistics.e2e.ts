/**
 * Journeys through the rest of Dialog och enkäter: a survey from the
 * template to published with its link and QR code, a paper answer keyed in
 * and results that stay hidden with too few answers; an EST weekly report
 * seen in the weekly picture; a BRÅ file with a bad row that saves nothing,
 * then two good years and the series with its trend in words. axe-core
 * checks each page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

async function coordinatorPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, server.baseUrl, COORDINATOR);
  return page;
}

const braFile = (lines: string[]) =>
  Buffer.from(`\uFEFF${['Kommun;Antal;Per 100 000 inv.', ...lines].join('\r\n')}\r\n`);

describe('a survey from the template', () => {
  it('is created, gets areas, is published with its link, takes a paper answer and hides too few answers', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/dialog/enkater`);
    await waitForH1(page, 'Enkäter');
    await page.getByText('Inga enkäter i kommunen än.').waitFor();
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Skapa enkäten' }).click();
    await waitForH1(page, 'Lokal trygghetsmätning');
    await page.getByRole('status').getByText('Enkäten är skapad som utkast.').waitFor();

    await page.getByLabel('Lägg till områden (valfritt)').fill('Centrum\nTöre');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByRole('status').getByText('Inställningarna är sparade.').waitFor();
    await page.getByRole('button', { name: 'Publicera enkäten' }).click();
    await page.getByRole('status').getByText('Enkäten är publicerad och öppen för svar.').waitFor();
    await page.getByRole('img', { name: /QR-kod till enkäten/ }).waitFor();
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Frågor' }).click();
    await page.getByRole('button', { name: 'Spara frågorna' }).waitFor();
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Pappersenkät' }).click();
    await page.getByRole('button', { name: 'Spara svaret' }).waitFor();
    await page.locator('main select').first().selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Spara svaret' }).click();
    await page.getByRole('status').getByText('Svaret är sparat. Formuläret är tomt för nästa.').waitFor();

    await page.getByRole('link', { name: 'Resultat' }).click();
    await page.getByText('1 svar. Grupper med färre än fem svar döljs.').waitFor();
    await page.getByText('För få svar för att visa några resultat (minst fem).').waitFor();
    await page.getByRole('link', { name: 'Resultaten som CSV' }).waitFor();
    await expectNoViolations(page);
  });
});

describe('EST', () => {
  it('files a weekly report and sees it in the weekly picture', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/dialog/est`);
    await waitForH1(page, 'EST – Effektiv samordning för trygghet');
    await page.getByLabel('Område', { exact: true }).fill('Centrum');
    await page.getByRole('group', { name: 'Klotter' }).getByLabel('Påtagligt').check();
    await page.getByLabel('Kommentar om klotter (valfritt)').fill('Nytt klotter på skolan');
    await page.getByRole('group', { name: 'Ungdomar som samlas' }).getByLabel('Förekommer').check();
    await page.getByRole('button', { name: 'Skicka rapporten' }).click();
    await page
      .getByRole('status')
      .getByText(/Rapporten för Centrum vecka \d+ är sparad./)
      .waitFor();
    const weekly = page.getByRole('table', { name: /Sammanslagna rapporter vecka/ });
    await weekly.waitFor();
    expect((await textOf(page, 'table tbody tr'))[0]).toContain('Klotter');
    await expectNoViolations(page);
  });
});

describe('statistics', () => {
  it('saves nothing from a file with a bad row, then reads a table of years and shows the trend in words', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/dialog/statistik`);
    await waitForH1(page, 'Statistik');
    await page.getByText('Ingen statistik inläst för kommunen än.').waitFor();
    await page.getByLabel('År filen gäller').fill('2023');
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'bra-2023.csv',
      mimeType: 'text/csv',
      buffer: braFile(['Kalix;1 204;7 025,3', 'Kalixx;12;3,0']),
    });
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByRole('heading', { name: 'Inget sparades' }).waitFor();
    expect(await textOf(page, 'table tbody tr')).toEqual([expect.stringMatching(/^3/)]);
    await expectNoViolations(page);

    await page
      .getByLabel('Fil', { exact: true })
      .setInputFiles({ name: 'bra-2023.csv', mimeType: 'text/csv', buffer: braFile(['Kalix;1 204;7 025,3']) });
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page.getByRole('status').getByText('Inläst: 1 nya, 0 ändrade och 0 oförändrade rader.').waitFor();

    // A table from Brå's statistics database holds its years: the year field is left empty.
    await page.getByLabel('År filen gäller').fill('');
    await page.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'bra-tabell.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        [
          'Anmälda brott, antal',
          'Region;Brottskategori;2021;2022;2023;2024',
          'Kalix;Samtliga brott;1 100;1 150;1 204;1 400',
          ';Skadegörelsebrott;250;-;244;260',
          '',
        ].join('\r\n'),
      ),
    });
    await page.getByRole('button', { name: 'Läs in' }).click();
    await page
      .getByRole('status')
      .getByText(
        'Inläst: 7 nya, 0 ändrade och 1 oförändrade rader. 1 värde med streck (-) i källan räknas som noll och märks i serien.',
      )
      .waitFor();

    await page.getByRole('table', { name: 'Kalix: Samtliga brott per år' }).waitFor();
    await page
      .getByText(/Anmälda brott per 100 000 invånare har ökat med i snitt|Antalet anmälda brott har ökat/)
      .waitFor();
    await page.locator('.line-chart svg').waitFor();
    expect(await textOf(page, 'table.series-table tbody tr th')).toEqual(['2021', '2022', '2023', '2024']);
    await expectNoViolations(page);

    await page.getByLabel('Brottskategori', { exact: true }).first().selectOption({ label: 'Skadegörelsebrott' });
    await page.getByText('Källan skriver "-" (noll) för 2022 men har värden för andra år.', { exact: false }).waitFor();
    expect(await textOf(page, 'table.series-table tbody tr')).toEqual(
      expect.arrayContaining([expect.stringContaining('20220 (streck (-) i källan, räknat som noll)')]),
    );
    await expectNoViolations(page);
  });
});
