/**
 * Journey 4: axe-core finds no WCAG 2.1 A/AA violations on the sign-in
 * page, the public start page, a kommun page and the admin users page, at
 * desktop width and at 360 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN,
  expectNoViolations,
  launchBrowser,
  newPage,
  signIn,
  startServer,
  waitForH1,
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

/** The page must not scroll sideways at this width (WCAG 1.4.10 reflow). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe.each([
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
])('accessibility at $width px', (viewport) => {
  it('the sign-in page', async () => {
    const page = await newPage(browser);
    await page.setViewportSize(viewport);
    await page.goto(`${server.baseUrl}/app/logga-in`);
    await waitForH1(page, 'Logga in');
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  });

  it('the sign-in page with an error summary', async () => {
    const page = await newPage(browser);
    await page.setViewportSize(viewport);
    await page.goto(`${server.baseUrl}/app/logga-in`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('link', { name: 'Fyll i e-postadress.' }).waitFor();
    await expectNoViolations(page);
  });

  it('the public start page', async () => {
    const page = await newPage(browser);
    await page.setViewportSize(viewport);
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  });

  it('a kommun page', async () => {
    const page = await newPage(browser);
    await page.setViewportSize(viewport);
    await page.goto(`${server.baseUrl}/kommun/kalix`);
    await waitForH1(page, 'Kalix');
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  });

  it('the admin users page', async () => {
    const page = await newPage(browser);
    await page.setViewportSize(viewport);
    await signIn(page, server.baseUrl, ADMIN);
    await page.goto(`${server.baseUrl}/app/admin/anvandare`);
    await waitForH1(page, 'Användare');
    await page.getByRole('link', { name: 'Karin Lind' }).waitFor();
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  });
});
