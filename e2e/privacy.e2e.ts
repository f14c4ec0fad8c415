/**
 * Personal data in the staff app: the admin opens Kalix, sets how long free
 * text and audit entries are kept (a period outside the limits is refused at
 * its field), sees what the survey pages will say, and opens the register of
 * processing. Both pages pass axe (WCAG 2.2 AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  ADMIN,
  axeViolations,
  describeViolations,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  waitForH1,
  WCAG_22_AA,
  type Server,
} from './support.ts';

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

describe('a kommun’s personal data settings', () => {
  it('the admin sets the retention, sees the survey page’s words and opens the register', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/organisationer`);
    await page.getByLabel('Sök på namn').fill('kalix');
    await page.getByRole('link', { name: 'Kalix', exact: true }).click();
    await waitForH1(page, 'Ändra Kalix');
    await page.getByRole('heading', { level: 2, name: 'Personuppgifter' }).waitFor();
    const form = page.locator('section[aria-labelledby="privacy-heading"]');
    expect(await page.getByLabel('Fritextsvar i enkäter (månader efter att enkäten stängt)').inputValue()).toBe('24');

    await page.getByLabel('Fritextsvar i enkäter (månader efter att enkäten stängt)').fill('6');
    await page.getByLabel('Händelseloggen (månader)').fill('3');
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Händelseloggen: ange mellan 12 och 240 månader').first().waitFor();
    expect(await page.getByLabel('Händelseloggen (månader)').getAttribute('aria-describedby')).toContain(
      'privacy-audit-error',
    );

    await page.getByLabel('Händelseloggen (månader)').fill('36');
    await page.getByLabel('Personuppgiftsansvarig').fill('Kommunstyrelsen i Kalix');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByText('Ändringarna är sparade.').waitFor();
    await form.getByText(/raderas 6 månader efter att enkäten har stängt/).waitFor();
    await form.getByText('Kommunstyrelsen i Kalix är personuppgiftsansvarig.').waitFor();
    const violations = await axeViolations(page, WCAG_22_AA);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.getByRole('link', { name: 'Visa registerförteckningen' }).click();
    await waitForH1(page, 'Registerförteckning – Kalix');
    await page.getByRole('rowheader', { name: 'Fritextsvar i trygghetsenkäter' }).waitFor();
    await page.getByText(/^3 år från ändringen/).waitFor();
    const onRegister = await axeViolations(page, WCAG_22_AA);
    expect(onRegister, describeViolations(onRegister)).toEqual([]);
  });

  it('the platform admin erases an account on request, and the person can no longer sign in', async () => {
    const page = await newPage(browser);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/anvandare`);
    await page.getByRole('link', { name: 'Sara Lundqvist' }).click();
    await waitForH1(page, 'Sara Lundqvist');
    await page.getByRole('heading', { level: 2, name: 'Personuppgifter' }).waitFor();
    const download = page.getByRole('link', { name: 'Ladda ned allt som finns sparat om personen (JSON)' });
    const exported = await page.request.get(`${server.baseUrl}${await download.getAttribute('href')}`);
    expect(exported.status()).toBe(200);
    expect(((await exported.json()) as { user: { email: string } }).user.email).toBe(
      'skola.kalix@demo.medborgarlofte.se',
    );

    await page.getByRole('button', { name: 'Radera kontot' }).click();
    await page.getByRole('dialog').getByText('Radera kontot för Sara Lundqvist?').waitFor();
    const violations = await axeViolations(page, WCAG_22_AA);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Radera kontot' }).click();
    await page
      .getByText(/^Kontot är raderat\. Personen heter nu Borttagen användare [0-9a-f]{8} i tjänsten\.$/)
      .waitFor();
    await page.getByRole('heading', { level: 1, name: /^Borttagen användare/ }).waitFor();

    // A fresh client, not the admin's signed-in page.
    const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'skola.kalix@demo.medborgarlofte.se', password: 'demo-lofte-2026' }),
    });
    expect(login.status).toBe(401);
  });
});
