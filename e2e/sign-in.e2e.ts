/**
 * Journey 2: a wrong password shows the API's Swedish message; the English
 * switch changes the whole UI and is remembered. Also the reset-by-e-mail path.
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

describe('sign-in', () => {
  it('a wrong password shows the Swedish error, and English switches the interface', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.baseUrl}/app/`);
    await waitForH1(page, 'Logga in');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');

    await page.getByLabel('E-postadress').fill(ADMIN);
    await page.getByLabel('Lösenord', { exact: true }).fill('inte-rätt-lösenord');
    await page.getByRole('button', { name: 'Logga in' }).click();
    const summary = page.getByRole('group', { name: 'Rätta följande för att gå vidare:' });
    await summary.getByText('Fel e-postadress eller lösenord').waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await waitForH1(page, 'Sign in');
    await page.getByText('Wrong e-mail address or password').waitFor();
    await page.getByLabel('E-mail address').waitFor();
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await waitForH1(page, 'Sign in');
    await page.getByLabel('E-mail address').fill(ADMIN);
    await page.getByLabel('Password', { exact: true }).fill('demo-lofte-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForH1(page, 'Overview');
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Dialogue and surveys' })
      .click();
    await waitForH1(page, 'Dialogues');
    await page
      .getByRole('navigation', { name: 'Dialogue and surveys' })
      .getByRole('link', { name: 'Safety walks' })
      .waitFor();

    await page.getByRole('button', { name: 'Svenska' }).click();
    await waitForH1(page, 'Dialoger');
    await page
      .getByRole('navigation', { name: 'Dialog och enkäter' })
      .getByRole('link', { name: 'Trygghetsvandringar' })
      .waitFor();
  });

  it('with an expired session, quick entry asks for sign-in and then opens (no stale preloaded 401)', async () => {
    const page = await newPage(browser);
    const url = new URL(server.baseUrl);
    await page
      .context()
      .addCookies([{ name: 'lofte_session', value: 'utgangen-session', domain: url.hostname, path: '/' }]);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    await waitForH1(page, 'Logga in');
    await page.getByLabel('E-postadress').fill(ADMIN);
    await page.getByLabel('Lösenord', { exact: true }).fill('demo-lofte-2026');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: /Aktiviteter|Översikt/ }).waitFor();
    await page.waitForTimeout(1500);
    expect(await page.getByRole('heading', { level: 1, name: 'Logga in' }).count()).toBe(0);
  });

  it('focus moves to the new page heading after navigating', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.getByRole('link', { name: 'Lägesbild' }).click();
    await waitForH1(page, 'Lägesbild');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toBe('Lägesbild – Medborgarlöften');
  });

  it('a forgotten password is replaced through the link in the e-mail', async () => {
    const page = await newPage(browser);
    await page.goto(`${server.baseUrl}/app/logga-in`);
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await waitForH1(page, 'Glömt lösenordet');
    await page.getByLabel('E-postadress').fill('samordnare.norsjo@demo.medborgarlofte.se');
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await page.getByText('Om adressen hör till ett konto har vi skickat en länk').waitFor();

    const mail = server.ctx.mails.find((m) => m.to === 'samordnare.norsjo@demo.medborgarlofte.se');
    const link = /https?:\/\/\S+\/app\/nytt-losenord\?token=\S+/.exec(mail?.text ?? '')?.[0];
    expect(link).toBeTruthy();
    await page.goto(`${server.baseUrl}${new URL(link!).pathname}${new URL(link!).search}`);
    await waitForH1(page, 'Välj nytt lösenord');
    await page.getByLabel('Nytt lösenord').fill('ett-nytt-bra-losenord');
    await page.getByLabel('Upprepa lösenordet').fill('ett-nytt-bra-losenord');
    await page.getByRole('button', { name: 'Spara lösenordet' }).click();
    await waitForH1(page, 'Logga in');
    await page.getByText('Ditt lösenord är bytt.').waitFor();

    await signIn(page, server.baseUrl, 'samordnare.norsjo@demo.medborgarlofte.se', 'ett-nytt-bra-losenord');
    await page.getByText('Välkommen, Erik Holmgren!').waitFor();
  });
});

describe('sign-in with the organisation account (OIDC)', () => {
  let oidcServer: Server;

  beforeAll(async () => {
    // Discovery happens when someone signs in, so an unreachable issuer is enough to show the button.
    oidcServer = await startServer({
      env: {
        OIDC_ISSUER: 'http://127.0.0.1:9/issuer',
        OIDC_CLIENT_ID: 'lofte',
        OIDC_CLIENT_SECRET: 'secret',
        OIDC_LABEL: 'Polisens konto',
      },
    });
  });

  afterAll(async () => {
    await oidcServer?.close();
  });

  it('offers the configured sign-in and explains a failed one', async () => {
    const page = await newPage(browser);
    await page.goto(`${oidcServer.baseUrl}/app/admin/anvandare`);
    await waitForH1(page, 'Logga in');
    const link = page.getByRole('link', { name: 'Logga in med Polisens konto' });
    expect(await link.getAttribute('href')).toBe('/api/v1/auth/oidc/login?returnTo=%2Fapp%2Fadmin%2Fanvandare');

    await page.goto(`${oidcServer.baseUrl}/app/logga-in?fel=oidc_unknown_user`);
    await page.getByText('Ditt konto hos organisationen är inte kopplat till någon användare här.').waitFor();
  });
});
