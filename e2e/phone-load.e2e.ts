/**
 * Journey (issue 16): a kommunpolis opens quick entry on a phone over a slow
 * mobile network (Chromium throttled to DevTools' "Slow 4G"). The phone
 * fetches only what quick entry needs, every script and style sheet
 * brotli-compressed, the commitments asked for with the page itself, and
 * then logs an activity, within the 120 KB budget and all counted by
 * bench/assets.ts; other pages and the charts come when opened. A
 * page that cannot be fetched says so and offers to reload. How long it
 * takes is reported by bench/phone-load.ts, not asserted here.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, signIn, startServer, waitForH1, type Server } from './support.ts';
import { kalixDocument, OFFICER, publishedSet, today } from './work-support.ts';
import { assetBytes, openQuickEntry, SLOW_4G, throttle, watchQuickEntry } from './phone.ts';
import { readBuild, ROUTES, routeFiles } from '../bench/assets.ts';

const CONTROLS = 'Genomföra minst tio trafikkontroller per månad i Kalix centrum.';
/** Chunks that quick entry must not fetch: the survey builder, the lägesbild, the admin screens, the charts. */
const NOT_FOR_QUICK_ENTRY = /\/(SurveyPage|SituationPage|AdminLayout|UsersPage|PromiseSetPage|echarts)-[\w-]+\.js$/;

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const year = today().slice(0, 4);
  await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix',
      [
        {
          text: CONTROLS,
          target: {
            kind: 'count',
            count: 10,
            atLeast: true,
            max: null,
            per: 'month',
            every: 1,
            average: false,
            unit: 'trafikkontroller',
          },
        },
      ],
      { from: `${year}-01-01`, to: `${year}-12-31` },
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone; its service worker is kept out so that every request is the page's own and visible here. */
function phone(): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: 'block',
  });
}

describe('quick entry over a slow mobile network', () => {
  it('fetches only what it needs, compressed, and logs an activity', async () => {
    const context = await phone();
    // Signed in yesterday: the session cookie is there, the app's files are not.
    const login = await context.request.post(`${server.baseUrl}/api/v1/auth/login`, {
      data: { email: OFFICER, password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const page = await context.newPage();
    await watchQuickEntry(page);
    const network = await throttle(page, SLOW_4G, { cache: false });
    await openQuickEntry(page, server.baseUrl);

    const fetched = network.fetched();
    const assets = fetched.filter((f) => f.type === 'Script' || f.type === 'Stylesheet');
    expect(assets.length).toBeGreaterThan(1);
    expect(assets.filter((f) => f.encoding !== 'br').map((f) => f.url)).toEqual([]);
    expect(assets.filter((f) => NOT_FOR_QUICK_ENTRY.test(f.url)).map((f) => f.url)).toEqual([]);
    const bytes = assetBytes(fetched);
    // The first-load budget (250 KB compressed); bench/assets.ts reports the figures.
    expect(bytes.script + bytes.stylesheet).toBeLessThanOrEqual(250 * 1024);
    // Asked once each, with the page (index.html preloads them), not again by the scripts.
    for (const api of ['/api/v1/auth/session', '/api/v1/my/commitments'])
      expect(fetched.filter((f) => new URL(f.url).pathname === api).length, api).toBe(1);

    const button = page.getByRole('button', { name: new RegExp(`^${CONTROLS}`) });
    await button.tap();
    await page.getByRole('dialog', { name: CONTROLS }).getByRole('button', { name: '+1 idag' }).tap();
    await page.getByRole('status').getByText('Sparat: 1 aktivitet idag (totalt 1 idag).').waitFor();

    // bench/assets.ts counts every script and style sheet the browser fetched to show and use quick entry.
    const build = readBuild(fileURLToPath(new URL('../dist/web', import.meta.url)));
    const counted = routeFiles(build, ROUTES.find((r) => r.name === 'quick entry')!.pages);
    const used = network
      .fetched()
      .filter((f) => f.type === 'Script' || f.type === 'Stylesheet')
      .map((f) => new URL(f.url).pathname.replace(/^\/app\//, ''));
    expect(used.filter((f) => !counted.has(f))).toEqual([]);
    expect(assetBytes(network.fetched()).script + assetBytes(network.fetched()).stylesheet).toBeLessThanOrEqual(
      120 * 1024,
    );

    // Another page comes as its own chunk when opened; the charts when the overview draws them.
    await page.getByRole('link', { name: 'Planera aktiviteter' }).click();
    await waitForH1(page, 'Planera aktiviteter');
    expect(network.fetched().some((f) => /\/PlanPage-[\w-]+\.js$/.test(f.url))).toBe(true);
    await page.getByRole('navigation', { name: /meny/i }).getByRole('link', { name: 'Översikt' }).click();
    await waitForH1(page, 'Översikt');
    await expect
      .poll(() => network.fetched().some((f) => /\/echarts-[\w-]+\.js$/.test(f.url)), { timeout: 30_000 })
      .toBe(true);
    await context.close();
  });

  it('says so when a page cannot be fetched, and offers to reload the app', async () => {
    const context = await phone();
    const page = await context.newPage();
    await signIn(page, server.baseUrl, OFFICER);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    await waitForH1(page, 'Aktiviteter');
    // Coverage lost just as the plan's chunk is asked for.
    await page.route(/\/PlanPage-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('link', { name: 'Planera aktiviteter' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Sidan kunde inte hämtas' });
    await alert.waitFor();
    await page.unroute(/\/PlanPage-[\w-]+\.js$/);
    await alert.getByRole('button', { name: 'Ladda om appen' }).click();
    await waitForH1(page, 'Planera aktiviteter');
    await context.close();
  });
});
