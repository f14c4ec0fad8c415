/**
 * The demo a newcomer sees after `npm start`, in a real browser: every demo
 * kommun's page says what residents said, shows the promise that runs today
 * and its follow-ups, and axe-core finds nothing against WCAG 2.2 AA. A
 * screenshot of each page is saved in /tmp/demo-shots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newPage,
  startServer,
  waitForH1,
  WCAG_22_AA,
  type Server,
} from './support.ts';
import { seedDemoStory } from '../src/app/demo/story.ts';
import { DEMO_PASSWORD } from '../src/app/demo/seed.ts';

const SHOTS = '/tmp/demo-shots';
const KOMMUNER = [
  ['overtornea', 'Övertorneå'],
  ['kalix', 'Kalix'],
  ['haparanda', 'Haparanda'],
  ['norsjo', 'Norsjö'],
  ['asele', 'Åsele'],
] as const;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  await seedDemoStory(server.ctx.deps, DEMO_PASSWORD);
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the demo kommun pages', () => {
  it.each(KOMMUNER)('%s: ni sa, the current promise and its follow-ups, accessible', async (slug, name) => {
    const page = await newPage(browser);
    await page.goto(`${server.baseUrl}/kommun/${slug}`);
    await waitForH1(page, name);
    const said = page.locator('section[aria-labelledby="ni-sa"] blockquote');
    expect((await said.first().textContent())?.trim().length ?? 0).toBeGreaterThan(100);
    const promised = (await page.locator('section[aria-labelledby="vi-lovade"]').textContent()) ?? '';
    const year = new Date().getFullYear();
    const [, from, to] = /(\d{4})–(\d{4})/.exec(promised) ?? [];
    expect(Number(from)).toBeLessThanOrEqual(year);
    expect(Number(to)).toBeGreaterThanOrEqual(year);
    const followUps = page.locator('section[aria-labelledby="uppfoljningar"] a[href*="/uppfoljning/"]');
    expect(await followUps.count()).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/${slug}.png`, fullPage: true });
    const violations = await axeViolations(page, WCAG_22_AA);
    expect(violations, describeViolations(violations)).toEqual([]);
    await followUps.first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const onFollowUp = await axeViolations(page, WCAG_22_AA);
    expect(onFollowUp, `${page.url()}\n${describeViolations(onFollowUp)}`).toEqual([]);
    await page.context().close();
  });
});
