/**
 * Journey 1: the platform admin creates a user in Kalix as Samordnare (no
 * password: the person gets a link by e-mail), finds the user in the list,
 * signs out, and the new user chooses a password through the link and signs
 * in. An admin never sees a password field for someone else: a link for a
 * new password is sent instead.
 */
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

describe('user administration', () => {
  it('an admin creates a Kalix coordinator who can then sign in', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Användare' }).click();
    await waitForH1(page, 'Användare');
    await page.getByRole('link', { name: 'Ny användare' }).click();
    await waitForH1(page, 'Ny användare');

    await page.getByLabel('E-postadress').fill('nils.nyberg@kalix.example');
    await page.getByLabel('Namn').fill('Nils Nyberg');
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    await page.getByLabel('Organisation').selectOption({ label: 'Kalix' });
    await page.getByLabel('Roll').selectOption({ label: 'Samordnare' });
    await page.getByRole('button', { name: 'Skapa användare' }).click();

    await waitForH1(page, 'Nils Nyberg');
    await page
      .getByText('Nils Nyberg har skapats. En länk för att välja lösenord har skickats till nils.nyberg@kalix.example.')
      .waitFor();

    await page.getByRole('link', { name: 'Tillbaka till användarna' }).click();
    await waitForH1(page, 'Användare');
    const row = page.getByRole('row').filter({ hasText: 'nils.nyberg@kalix.example' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Kalix – Samordnare');
    expect(await row.textContent()).toContain('Aktiv');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await waitForH1(page, 'Logga in');
    await page.getByText('Du är utloggad.').waitFor();

    const mail = server.ctx.mails.find((m) => m.to === 'nils.nyberg@kalix.example');
    const link = new URL(/https?:\/\/\S+\/app\/nytt-losenord\?token=\S+/.exec(mail?.text ?? '')![0]);
    await page.goto(`${server.baseUrl}${link.pathname}${link.search}`);
    await waitForH1(page, 'Välj nytt lösenord');
    await page.getByLabel('Nytt lösenord').fill('ett-langt-losenord-1');
    await page.getByLabel('Upprepa lösenordet').fill('ett-langt-losenord-1');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await waitForH1(page, 'Logga in');

    await signIn(page, server.baseUrl, 'nils.nyberg@kalix.example', 'ett-langt-losenord-1');
    await page.getByText('Välkommen, Nils Nyberg!').waitFor();
    const membership = page.getByRole('row').filter({ hasText: 'Kalix' });
    expect(await membership.textContent()).toContain('Samordnare');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Översikt',
      'Löften',
      'Aktiviteter',
      'Dialog och enkäter',
      'Lägesbild',
      'Uppföljning',
    ]);
  });

  it('a missing name and a missing role are listed in an error summary that links to the fields', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/anvandare/ny`);
    await waitForH1(page, 'Ny användare');
    await page.getByLabel('E-postadress').fill('kort@kalix.example');
    await page.getByRole('button', { name: 'Skapa användare' }).click();

    const summary = page.getByRole('group', { name: 'Rätta följande för att gå vidare:' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole('link', { name: 'Fyll i namn.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('user-name');
    expect(await summary.textContent()).toContain('Välj roll.');
    expect(await page.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
  });

  it('the admin changes a membership role, sends a link for a new password and disables an account', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/anvandare`);
    await page.getByRole('link', { name: 'Matti Niemi' }).click();
    await waitForH1(page, 'Matti Niemi');

    await page.getByLabel('Roll i Haparanda').selectOption({ label: 'Läsare' });
    await page.getByRole('button', { name: 'Byt roll' }).click();
    await page.getByText('Rollen i Haparanda är ändrad.').waitFor();

    expect(await page.locator('input[type="password"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Skicka länk för nytt lösenord' }).click();
    await page
      .getByText('En länk har skickats till samordnare.haparanda@demo.medborgarlofte.se. Den gäller i 72 timmar.')
      .waitFor();
    expect(
      server.ctx.mails.some(
        (m) => m.to === 'samordnare.haparanda@demo.medborgarlofte.se' && m.text.includes('nytt-losenord?token='),
      ),
    ).toBe(true);

    await page.getByRole('button', { name: 'Stäng av kontot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bekräfta' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Stäng av kontot' }).click();
    await page.getByText('Kontot är avstängt. Användaren kan inte logga in.').waitFor();

    await page.getByRole('link', { name: 'Tillbaka till användarna' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Matti Niemi' });
    await row.getByText('Avstängd').waitFor();
    expect(await row.textContent()).toContain('Haparanda – Läsare');
  });
});
