/** Journey 3: an admin creates an API token, sees it exactly once, and revokes it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ADMIN, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';

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

describe('API tokens', () => {
  it('a new token is shown once, works against the API, and stops working when revoked', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/api-nycklar`);
    await waitForH1(page, 'API-nycklar');
    await page.getByText('Det finns inga API-nycklar än.').waitFor();

    await page.getByLabel('Organisation').selectOption({ label: 'Kalix' });
    await page.getByLabel('Roll').selectOption({ label: 'Läsare' });
    await page.getByLabel('Namn').fill('Ärendesystemet');
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();

    await page.getByRole('heading', { name: 'Din nya API-nyckel' }).waitFor();
    await page.getByText('Nyckeln visas bara nu.').waitFor();
    const token = await page.getByRole('textbox', { name: 'API-nyckel', exact: true }).inputValue();
    expect(token).toMatch(/^lofte_/);
    const row = page.getByRole('row').filter({ hasText: 'Ärendesystemet' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Kalix');
    expect(await row.textContent()).toContain(token.slice(0, 10));
    expect(await row.textContent()).not.toContain(token);

    const withToken = () =>
      fetch(`${server.baseUrl}/api/v1/organisations`, { headers: { authorization: `Bearer ${token}` } });
    expect((await withToken()).status).toBe(200);

    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();
    await page.getByRole('heading', { name: 'Skapa API-nyckel' }).waitFor();
    expect(await page.getByText(token).count()).toBe(0);
    await page.reload();
    await waitForH1(page, 'API-nycklar');
    await row.waitFor();
    expect(await page.content()).not.toContain(token);

    await row.getByRole('button', { name: 'Återkalla Ärendesystemet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bekräfta' });
    await dialog.getByText('System som använder den slutar fungera direkt.').waitFor();
    await dialog.getByRole('button', { name: 'Återkalla' }).click();
    await page.getByText('Nyckeln ”Ärendesystemet” är återkallad.').waitFor();
    await row.getByRole('button', { name: 'Återkalla Ärendesystemet' }).waitFor({ state: 'detached' });
    expect((await withToken()).status).toBe(401);
  });

  it('cancelling the confirmation keeps the token', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/api-nycklar`);
    await page.getByLabel('Organisation').selectOption({ label: 'Haparanda' });
    await page.getByLabel('Roll').selectOption({ label: 'Samverkanspart' });
    await page.getByLabel('Namn').fill('Bostadsbolagets system');
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click();

    const row = page.getByRole('row').filter({ hasText: 'Bostadsbolagets system' });
    await row.getByRole('button', { name: 'Återkalla Bostadsbolagets system' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bekräfta' });
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await row.getByRole('button', { name: 'Återkalla Bostadsbolagets system' }).isVisible()).toBe(true);
  });
});
