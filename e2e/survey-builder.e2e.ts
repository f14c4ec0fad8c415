/**
 * The survey builder in the browser: a blank survey gets areas and its own
 * address, an area question and a scale question are added through the
 * editor (a missing scale text is caught first), the index points and the
 * coding categories are edited, and the published form shows what was
 * built. axe-core checks each page of the builder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectNoViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { COORDINATOR } from './work-support.ts';

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

async function addQuestion(page: Page, kind: string): Promise<void> {
  await page.getByLabel('Ny fråga av typen').selectOption({ label: kind });
  await page.getByRole('button', { name: 'Lägg till fråga' }).click();
}

describe('the survey builder', () => {
  it('builds a survey with an area question and a scale question, its address, points and categories', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/dialog/enkater`);
    await waitForH1(page, 'Enkäter');
    await page.getByLabel('En tom enkät').check();
    await page.getByLabel('Titel på svenska').fill('Trygghet i Töre');
    await page.getByRole('button', { name: 'Skapa enkäten' }).click();
    await waitForH1(page, 'Trygghet i Töre');

    // Överblick › Inställningar: English (a blank survey is Swedish only until asked), areas and an own address.
    await page.getByLabel('Engelska', { exact: true }).check();
    await page.getByLabel('Titel på engelska').fill('Safety in Töre');
    await page.getByLabel('Lägg till områden (valfritt)').fill('Centrum\nTöre');
    await page.getByLabel('Egen adress (valfri)').fill('Trygghet i Töre');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByRole('link', { name: /Adressen ska vara 3–80 tecken/ }).waitFor();
    await page.getByLabel('Egen adress (valfri)').fill('trygghet-tore');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByRole('status').getByText('Inställningarna är sparade.').waitFor();
    await page.getByText('http://localhost:3000/enkat/trygghet-tore').first().waitFor();
    await expectNoViolations(page);

    // Frågor: an area question from the template's words, and a scale.
    await page.getByRole('link', { name: 'Frågor' }).click();
    await page.getByRole('button', { name: 'Spara frågorna' }).waitFor();
    await addQuestion(page, 'Område');
    const area = page.getByRole('group', { name: 'Fråga 1 (område)' });
    expect(await area.getByLabel('Frågetext på svenska').inputValue()).toBe('I vilket område bor du?');
    await area.getByText('Svarsalternativen är kommunens 2 områden: Centrum, Töre.', { exact: false }).waitFor();
    expect(
      await page.getByLabel('Ny fråga av typen').locator('option', { hasText: 'Område (finns redan)' }).isDisabled(),
    ).toBe(true);
    await addQuestion(page, 'Skala');
    const scale = page.getByRole('group', { name: 'Fråga 2 (skala)' });
    await scale.getByLabel('Frågetext på svenska').fill('Hur trygg känner du dig i Töre?');
    await scale.getByLabel('Frågetext på engelska').fill('How safe do you feel in Töre?');
    await scale.getByLabel('Skalan slutar på').fill('7');
    await scale.getByLabel('Text vid lägsta värdet på svenska').fill('Inte alls trygg');
    await scale.getByLabel('Text vid lägsta värdet på engelska').fill('Not safe at all');
    await page.getByRole('button', { name: 'Spara frågorna' }).click();
    await page
      .getByRole('link', { name: 'Skriv texterna vid skalans lägsta och högsta värde på svenska för fråga 2.' })
      .waitFor();
    await expectNoViolations(page);
    await scale.getByLabel('Text vid högsta värdet på svenska').fill('Helt trygg');
    await scale.getByLabel('Text vid högsta värdet på engelska').fill('Completely safe');
    await page.getByRole('button', { name: 'Spara frågorna' }).click();
    await page.getByRole('status').getByText('Frågorna är sparade.').waitFor();

    await page.reload();
    await page.getByRole('group', { name: 'Fråga 2 (skala)' }).waitFor();
    expect(await page.getByRole('group', { name: 'Fråga 2 (skala)' }).getByLabel('Skalan slutar på').inputValue()).toBe(
      '7',
    );
    await page
      .getByRole('group', { name: 'Fråga 1 (område)' })
      .getByText('Svarsalternativen är kommunens 2 områden: Centrum, Töre.', { exact: false })
      .waitFor();
    await expectNoViolations(page);

    // Index och kategorier: points and one category more.
    await page.getByRole('link', { name: 'Index och kategorier' }).click();
    await page.getByText('Enkäten har inga problemfrågor än.').waitFor();
    await page.getByLabel('Litet problem').fill('1,5');
    await page.getByRole('button', { name: 'Spara poängsättningen' }).click();
    await page.getByRole('status').getByText('Poängsättningen är sparad. Resultaten räknas med den.').waitFor();
    await page.getByRole('button', { name: 'Lägg till kategori' }).click();
    await page.getByRole('group', { name: 'Kategori 12' }).getByLabel('Namn på svenska').fill('Nedskräpning');
    await page
      .getByRole('group', { name: 'Kategori 12: Nedskräpning' })
      .getByLabel('Nyckelord för förslag (valfria)')
      .fill('skräp, fimpar');
    await page.getByRole('button', { name: 'Spara kategorierna' }).click();
    await page.getByRole('status').getByText('Kategorierna är sparade.').waitFor();
    await expectNoViolations(page);

    const list: { slug: string | null; scoring: unknown; categories: unknown[] }[] = (
      await (await page.request.get(`${server.baseUrl}/api/v1/surveys`)).json()
    ).surveys;
    const saved = list.find((x) => x.slug === 'trygghet-tore')!;
    expect(saved.scoring).toEqual({ none: 0, small: 1.5, fairly_big: 4, very_big: 6 });
    expect(saved.categories.at(-1)).toEqual({
      key: 'nedskrapning',
      label: { sv: 'Nedskräpning' },
      keywords: ['skräp', 'fimpar'],
    });

    // Published, the form at the own address offers the areas and the scale.
    await page.getByRole('navigation', { name: 'Enkätens delar' }).getByRole('link', { name: 'Översikt' }).click();
    await page.getByRole('button', { name: 'Publicera enkäten' }).click();
    await page.getByRole('status').getByText('Enkäten är publicerad och öppen för svar.').waitFor();
    await page.goto(`${server.baseUrl}/enkat/trygghet-tore`);
    await page.getByRole('radio', { name: 'Töre' }).waitFor();
    await page.getByRole('radio', { name: '7 – Helt trygg' }).waitFor();
    await page.getByRole('radio', { name: '1 – Inte alls trygg' }).waitFor();
  });

  it('shows the template’s questions in the editor and leaves a problem item out of the overall index', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await page.goto(`${server.baseUrl}/app/dialog/enkater`);
    await waitForH1(page, 'Enkäter');
    await page.getByLabel('Mallen Lokal trygghetsmätning').check();
    await page.getByRole('button', { name: 'Skapa enkäten' }).click();
    await waitForH1(page, 'Lokal trygghetsmätning');

    // Kalix is in the administrative areas: the template comes offered in Finnish and Meänkieli, written in both.
    expect(await page.getByRole('checkbox', { name: 'Finska' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Meänkieli' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Titel på finska').inputValue()).toBe('Paikallinen turvallisuuskysely');
    expect(await page.getByLabel('Titel på meänkieli').inputValue()).toBe('Paikalinen turvalisuuskysely');
    // A text taken away is named as missing.
    await page.getByLabel('Titel på meänkieli').fill('');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByRole('status').getByText('Inställningarna är sparade.').waitFor();
    await page.getByText('Titel på meänkieli saknas', { exact: true }).waitFor();
    await expectNoViolations(page);

    await page.getByRole('link', { name: 'Frågor' }).click();
    const first = page.getByRole('group', { name: 'Fråga 1 (område)' });
    for (const lang of ['svenska', 'engelska', 'finska', 'meänkieli'])
      await first.getByLabel(`Frågetext på ${lang}`).waitFor();
    expect(await first.getByLabel('Frågetext på finska').getAttribute('lang')).toBe('fi');
    await expectNoViolations(page);
    const problems = page.getByRole('group', { name: /^Fråga 2 \(problemfrågor/ });
    expect((await problems.getByLabel('Påståenden på svenska').inputValue()).split('\n')).toHaveLength(12);
    const victim = page.getByRole('group', { name: 'Fråga 3 (flera svar)' });
    expect(await victim.getByLabel('Alternativ som utesluter de andra (valfritt)').inputValue()).toBe(
      'Nej, inget av detta',
    );
    await page
      .getByRole('group', { name: 'Fråga 12 (kön)' })
      .getByText('Bakgrundsfrågor är aldrig obligatoriska')
      .waitFor();

    await page.getByRole('link', { name: 'Index och kategorier' }).click();
    const items = page.getByRole('group', { name: /^Påståenden som räknas i det samlade indexet/ });
    await items.getByLabel('Nedskräpning').uncheck();
    await page.getByRole('button', { name: 'Spara poängsättningen' }).click();
    await page.getByRole('status').getByText('Poängsättningen är sparad. Resultaten räknas med den.').waitFor();
    await page.reload();
    await items.getByLabel('Nedskräpning').waitFor();
    expect(await items.getByLabel('Nedskräpning').isChecked()).toBe(false);
    expect(await items.getByLabel('Inbrott i bostäder').isChecked()).toBe(true);
    await expectNoViolations(page);
  });
});
