/**
 * Forms that respect people's work: leaving a follow-up with unsaved text
 * asks first, a reload brings the text back as a draft (until saved or
 * discarded), a server 400 shows its words at the field; the survey builder
 * offers English only when asked, names missing texts in Swedish, refuses a
 * last day already passed at the field, and previews the answering page.
 * axe-core (WCAG 2.2 AA) checks each page as the user sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  cspViolations,
  describeViolations,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  waitForH1,
  WCAG_22_AA,
  type Server,
} from './support.ts';
import { apiClient, COORDINATOR, kalixDocument, publishedSet, today } from './work-support.ts';

let server: Server;
let browser: Browser;
let followUpUrl: string;
const year = today().slice(0, 4);
const heading = `Medborgarlöfte Kalix – Tertial 1 ${year}`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const set = await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix',
      [{ text: 'Genomföra minst två trafikkontroller per månad i Kalix centrum.' }],
      {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      },
    ),
  );
  const coordinator = await apiClient(server, COORDINATOR);
  const created = await coordinator.request('POST', `/api/v1/promise-sets/${set.id}/follow-ups`, {
    cadence: 'tertial',
    year: Number(year),
    index: 1,
  });
  expect(created.statusCode, created.body).toBe(201);
  followUpUrl = `${server.baseUrl}/app/uppfoljning/${created.json().id}`;
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

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page, WCAG_22_AA);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(cspViolations(page)).toEqual([]);
}

describe('a follow-up text being written', () => {
  it('asks before leaving, comes back after a reload, and is gone once saved', async () => {
    const page = await coordinatorPage();
    // A reload or closed tab with unsaved text gets the browser's own question; here the user answers "leave".
    const beforeUnload: string[] = [];
    page.on('dialog', (dialog) => {
      beforeUnload.push(dialog.type());
      void dialog.accept();
    });
    await page.goto(followUpUrl);
    await waitForH1(page, heading);
    const summary = page.getByLabel('Sammanfattning', { exact: true });
    await summary.fill('Kontrollerna har genomförts i centrum, men inte i Töre.');

    // Leaving inside the app asks first; staying keeps the text.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    const ask = page.getByRole('dialog', { name: 'Lämna sidan?' });
    await ask.waitFor();
    await expectAccessible(page);
    await ask.getByRole('button', { name: 'Stanna kvar' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(page.url()).toBe(followUpUrl);
    expect(await summary.inputValue()).toBe('Kontrollerna har genomförts i centrum, men inte i Töre.');

    // A reload keeps the text as a draft, said so with the time it was written.
    await page.reload();
    await waitForH1(page, heading);
    expect(beforeUnload).toEqual(['beforeunload']);
    await page.getByText(/^Ett utkast från \d{4}-\d{2}-\d{2} \d{2}:\d{2} återställdes\./).waitFor();
    expect(await page.getByLabel('Sammanfattning', { exact: true }).inputValue()).toBe(
      'Kontrollerna har genomförts i centrum, men inte i Töre.',
    );
    await expectAccessible(page);

    // Saved: no draft, no question.
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    await page.getByRole('status').getByText('Uppföljningen är sparad.').waitFor();
    await page.reload();
    await waitForH1(page, heading);
    expect(beforeUnload).toEqual(['beforeunload']);
    expect(await page.getByText(/Ett utkast från/).count()).toBe(0);
    expect(await page.getByLabel('Sammanfattning', { exact: true }).inputValue()).toBe(
      'Kontrollerna har genomförts i centrum, men inte i Töre.',
    );

    // A discarded draft gives back what is saved.
    await page.getByLabel('Vad invånarna sa').fill('Oro för mopedåkning på kvällarna.');
    await page.reload();
    await waitForH1(page, heading);
    await page.getByRole('button', { name: 'Släng utkastet' }).click();
    expect(await page.getByLabel('Vad invånarna sa').inputValue()).toBe('');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
    await waitForH1(page, 'Översikt');
    await page.close();
  });

  it("shows the server's refusal at the field it is about", async () => {
    const page = await coordinatorPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(followUpUrl);
    await waitForH1(page, heading);
    // Longer than the API takes (50 000 characters); the app does not count, the server says so.
    await page.getByLabel('Sammanfattning', { exact: true }).fill('x'.repeat(50_001));
    await page.getByRole('button', { name: 'Spara uppföljningen' }).click();
    const error = page.locator('#fu-summary-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/^Högst 50\s000 tecken\.$/);
    expect(await page.getByLabel('Sammanfattning', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('link', { name: /^Högst 50\s000 tecken\.$/ }).waitFor();
    await expectAccessible(page);
    await page.close();
  });
});

describe('dialogue notes', () => {
  it('come back after a reload of the registration form', async () => {
    const page = await coordinatorPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.baseUrl}/app/dialog/ny`);
    await waitForH1(page, 'Registrera dialog');
    await page.getByLabel('Anteckning (valfritt)').fill('Boende oroliga för mörkret vid busshållplatsen.');
    await page.reload();
    await waitForH1(page, 'Registrera dialog');
    await page.getByText(/^Ett utkast från .* återställdes\./).waitFor();
    expect(await page.getByLabel('Anteckning (valfritt)').inputValue()).toBe(
      'Boende oroliga för mörkret vid busshållplatsen.',
    );
    await expectAccessible(page);
    await page.close();
  });
});

describe('the survey builder', () => {
  it('adds English only when asked, names missing texts in Swedish, refuses a passed last day, previews', async () => {
    const page = await coordinatorPage();
    await page.goto(`${server.baseUrl}/app/dialog/enkater`);
    await waitForH1(page, 'Enkäter');
    await page.getByLabel('En tom enkät').check();
    await page.getByLabel('Titel på svenska').fill('Trygghet i Töre 2027');
    await page.getByRole('button', { name: 'Skapa enkäten' }).click();
    await waitForH1(page, 'Trygghet i Töre 2027');

    // Swedish only until English is ticked.
    expect(await page.getByLabel('Titel på engelska').count()).toBe(0);
    expect(await page.getByText(/saknas/).count()).toBe(0);

    // A last day already passed is refused at the field, in Swedish.
    await page.locator('#set-closes').fill('2020-05-31');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    const closes = page.locator('#set-closes-error');
    await closes.waitFor();
    expect(await closes.textContent()).toMatch(/^Sista svarsdag har redan passerat\./);
    await expectAccessible(page);

    // English, when asked: its title field appears, and what is missing is named as the builder names it.
    await page.locator('#set-closes').fill(`${Number(year) + 1}-05-31`);
    await page.getByLabel('Engelska', { exact: true }).check();
    await page.getByLabel('Titel på engelska').waitFor();
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await page.getByRole('status').getByText('Inställningarna är sparade.').waitFor();
    await page
      .getByRole('listitem')
      .filter({ hasText: /^Titel på engelska saknas$/ })
      .waitFor();
    await expectAccessible(page);

    // The question editor keeps a draft too: a reload brings back a question not yet saved.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: 'Frågor' }).click();
    await page.getByLabel('Ny fråga av typen').selectOption({ label: 'Ett svar' });
    await page.getByRole('button', { name: 'Lägg till fråga' }).click();
    const first = page.getByRole('group', { name: /^Fråga 1/ });
    await first.getByLabel('Frågetext på svenska').fill('Känner du dig trygg i Töre på kvällen?');
    await page.reload();
    await page.getByText(/^Ett utkast från .* återställdes\./).waitFor();
    expect(
      await page
        .getByRole('group', { name: /^Fråga 1/ })
        .getByLabel('Frågetext på svenska')
        .inputValue(),
    ).toBe('Känner du dig trygg i Töre på kvällen?');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Släng utkastet' }).click();
    expect(await page.getByRole('group', { name: /^Fråga 1/ }).count()).toBe(0);
    await page.getByRole('navigation', { name: 'Enkätens delar' }).getByRole('link', { name: 'Översikt' }).click();

    // The preview: the answering page as respondents will see it, marked as a preview.
    const href = await page.getByRole('link', { name: /Förhandsgranska svarssidan/ }).getAttribute('href');
    const preview = await newPage(browser);
    await preview.context().addCookies(await page.context().cookies());
    await preview.goto(`${server.baseUrl}${href}`);
    await preview.getByRole('heading', { level: 1, name: 'Trygghet i Töre 2027' }).waitFor();
    await preview.getByText(/^Förhandsvisning/).waitFor();
    expect(await preview.getByRole('button', { name: 'Skicka svar' }).isDisabled()).toBe(true);
    await expectAccessible(preview);
    await preview.close();

    // Run on paper already: its days must have passed, and a survey without questions cannot be registered.
    await page.getByRole('switch', { name: 'Enkäten har redan genomförts på papper' }).check();
    await page.locator('#paper-opens').fill('2025-03-01');
    await page.locator('#paper-closes').fill(`${Number(year) + 1}-03-31`);
    await page.getByRole('button', { name: 'Registrera som genomförd på papper' }).click();
    await page
      .locator('#paper-closes-error')
      .getByText(/^Sista svarsdag ligger i framtiden\./)
      .waitFor();
    await page.locator('#paper-closes').fill('2025-03-31');
    await page.getByRole('button', { name: 'Registrera som genomförd på papper' }).click();
    await page.getByRole('group').getByText('Enkäten kan inte registreras: Enkäten har inga frågor').waitFor();
    await expectAccessible(page);
    await page.close();
  });
});
