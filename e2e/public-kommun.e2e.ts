/**
 * The public side in a real browser: the kommun page with a published
 * promise set and follow-up on a phone with JavaScript off, axe-core
 * (WCAG 2.2 A/AA) on every public page, and the embed script on a
 * kommun's own page.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  WCAG_22_AA,
  newPage,
  startServer,
  waitForH1,
  type Server,
} from './support.ts';
import { buildWorld, type World } from '../test/public/fixtures.ts';
import { buildTimingWorld } from '../test/public/timing-fixtures.ts';

let server: Server;
let browser: Browser;
let world: World;
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  server = await startServer();
  world = await buildWorld(server.ctx);
  await buildTimingWorld(server.ctx, world);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectAccessible(page: Page): Promise<void> {
  const violations = await axeViolations(page, WCAG_22_AA);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

describe('the kommun page on a phone with JavaScript off', () => {
  it('tells the promises, how far they have come and the follow-up, and the follow-up opens', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}/kommun/kalix`);
    await waitForH1(page, 'Kalix');
    await page.getByText(/I fas – 1 av 2 gånger (under )?andra halvåret 2019/).waitFor();
    await page.getByRole('definition').filter({ hasText: 'minst 2 per halvår' }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Ni sa' }).waitFor();
    await page.getByRole('link', { name: 'Första halvåret 2019', exact: true }).click();
    await waitForH1(page, 'Uppföljning: Första halvåret 2019');
    expect(await page.getByText('Bedömning: Delvis uppfyllt').count()).toBe(1);
  });

  it('shows ended promises under "Tidigare löften", their promises folded, and a plan row as labelled cells', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}/kommun/kalix`);
    await page.getByRole('heading', { level: 2, name: 'Tidigare löften' }).waitFor();
    await page.getByText('2018: 2 av 3 uppfyllda').waitFor();
    const inside = page.locator('.promise-set.ended details h4', { hasText: 'Droger' });
    expect(await inside.isVisible()).toBe(false);
    await page.getByText('Vad vi lovade (3 löften)').click();
    await inside.waitFor({ state: 'visible' });
    await page.goto(`${server.baseUrl}/kommun/overtornea`);
    const when = page.locator('dl.plan dt', { hasText: 'När' }).first();
    const value = page.locator('dl.plan dd', { hasText: 'Minst en gång i månaden' });
    await value.waitFor();
    // On a phone the label stands above its value, both inside the screen.
    const [label, cell] = [await when.boundingBox(), await value.boundingBox()];
    expect(label!.y + label!.height).toBeLessThanOrEqual(cell!.y + 1);
    expect(cell!.x + cell!.width).toBeLessThanOrEqual(PHONE.width);
  });

  it('the subscription form works without JavaScript', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.setViewportSize(PHONE);
    await page.goto(`${server.baseUrl}/kommun/kalix`);
    await page.getByLabel('Din e-postadress').fill('invanare@example.se');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await waitForH1(page, 'Titta i din e-post');
    expect(server.ctx.mails.at(-1)?.to).toBe('invanare@example.se');
  });

  it('the language switch gives the page in English', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.baseUrl}/kommun/kalix`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'You said' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});

describe.each([{ width: 1280, height: 900 }, PHONE])(
  'axe-core finds no WCAG 2.2 A/AA violations at $width px',
  (viewport) => {
    const pages = () => [
      { url: '/kommun/kalix', h1: 'Kalix' },
      { url: '/kommun/kalix?lang=en', h1: 'Kalix' },
      { url: '/kommun/haparanda', h1: 'Haparanda' },
      { url: '/kommun/overtornea', h1: 'Övertorneå' },
      { url: `/kommun/kalix/uppfoljning/${world.publishedFollowUpId}`, h1: 'Uppföljning: Första halvåret 2019' },
      { url: '/lpo/lpo-ostra-norrbotten', h1: 'Lokalpolisområde Östra Norrbotten' },
      { url: '/sverige', h1: 'Medborgarlöften i hela Sverige' },
      { url: '/inbaddning/kommun/kalix', h1: 'Medborgarlöften: Kalix' },
      { url: '/oppna-data', h1: 'Öppna data' },
      { url: `/kommun/kalix/dela/uppfoljning/${world.publishedFollowUpId}`, h1: 'Dela: Kalix, Första halvåret 2019' },
    ];

    it('on every public page', async () => {
      for (const { url, h1 } of pages()) {
        const page = await newPage(browser);
        await page.setViewportSize(viewport);
        await page.goto(`${server.baseUrl}${url}`);
        await waitForH1(page, h1);
        await expectAccessible(page);
        await page.context().close();
      }
    });
  },
);

describe("the embed script on a kommun's own website", () => {
  it('puts a titled iframe with the promises where the marker stands', async () => {
    // The kommun's own site: another origin on this machine, serving a page with the marker and the script.
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kalix kommun</title></head>
<body><main><h1>Trygghet i Kalix</h1><div data-medborgarlofte="kalix" data-title="Medborgarlöften i Kalix"></div></main>
<script src="${server.baseUrl}/inbaddning/lofte.js" async></script></body></html>`);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const page = await newPage(browser);
      await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
      const frame = page.frameLocator('iframe[title="Medborgarlöften i Kalix"]');
      await frame.getByRole('heading', { level: 1, name: 'Medborgarlöften: Kalix' }).waitFor();
      await frame.getByText(/I fas – 1 av 2 gånger (under )?andra halvåret 2019/).waitFor();
    } finally {
      site.close();
    }
  });
});
