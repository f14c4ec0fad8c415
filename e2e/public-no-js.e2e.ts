/** Journey 5: the public pages work with JavaScript turned off. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage, startServer, waitForH1, type Server } from './support.ts';

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

describe('public pages without JavaScript', () => {
  it('the start page lists Kalix and its link leads to the Kalix page', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.baseUrl}/`);
    const kalix = page.getByRole('link', { name: /^Kalix/ });
    await kalix.waitFor();
    await kalix.click();
    await page.waitForURL(`${server.baseUrl}/kommun/kalix`);
    await waitForH1(page, 'Kalix');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kalix');
  });
});
