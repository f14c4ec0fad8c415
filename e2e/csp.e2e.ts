/**
 * The Content-Security-Policy in a real browser: the staff app (charts and
 * their tooltips included), the public pages and the survey form work
 * without a single refusal in Chromium's console, and framing is refused
 * everywhere except the embeddable box.
 */
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { cspViolations, launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { apiClient, COORDINATOR, kalixDocument, publishedSet, today } from './work-support.ts';
import { orgIdByCode } from '../test/helpers.ts';

let server: Server;
let browser: Browser;
let surveyRef: string;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const year = today().slice(0, 4);
  const set = await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix nu',
      [
        {
          text: 'Polisen genomför trafikkontroller i byarna.',
          target: {
            kind: 'count',
            count: 2,
            atLeast: true,
            max: null,
            per: 'month',
            every: 1,
            average: false,
            unit: 'kontroller',
          },
        },
      ],
      // From this month on, so no earlier month fell short: the bar shows this month's 3 of 2, drawn full.
      { from: `${today().slice(0, 7)}-01`, to: `${year}-12-31` },
    ),
  );
  const client = await apiClient(server, COORDINATOR);
  const commitmentId = set.focusAreas[0]!.commitments[0]!.id;
  expect(
    (await client.request('POST', '/api/v1/activities', { commitmentId, date: today(), quantity: 3 })).statusCode,
  ).toBe(201);
  const municipalityId = await orgIdByCode(server.ctx.deps, '2514');
  await server.ctx.deps.db
    .insertInto('areas')
    .values({ municipality_id: municipalityId, name: 'Centrum' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const survey = await client.request('POST', '/api/v1/surveys', {
    municipalityId,
    template: 'lokal-trygghetsmatning',
  });
  const published = await client.request('POST', `/api/v1/surveys/${survey.json().id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  surveyRef = published.json().publicId;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Moves the pointer over the heat map's latest weeks (today's activities are there), so ECharts writes its tooltip. */
async function hoverHeatmap(page: Page): Promise<boolean> {
  await page.locator('.heatmap').first().scrollIntoViewIfNeeded();
  const box = await page.locator('.heatmap').first().boundingBox();
  if (!box) return false;
  const tooltip = page.locator('.heatmap div[style*="position: absolute"]').filter({ hasText: /\d{4}-\d{2}-\d{2}/u });
  // The calendar starts 24 px down and draws seven 14 px rows; the last column is today's week.
  for (let x = box.x + box.width - 14; x > box.x + box.width - 60; x -= 6) {
    for (let y = box.y + 28; y < box.y + 24 + 7 * 14; y += 7) {
      await page.mouse.move(x, y);
      if (await tooltip.count()) return true;
    }
  }
  return false;
}

describe('the staff app under the CSP', () => {
  it('signs in, draws the overview charts and their tooltips, and opens the main pages with no refusal', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, server.baseUrl, COORDINATOR);
    await waitForH1(page, 'Översikt');
    await page.locator('.heatmap svg').first().waitFor();
    expect(await hoverHeatmap(page), 'a heat map tooltip appeared').toBe(true);
    for (const path of [
      '/app/loften',
      '/app/aktiviteter',
      '/app/lagesbild',
      '/app/uppfoljning',
      '/app/dialog/statistik',
      '/app/dialog/enkater',
    ]) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    expect(cspViolations(page)).toEqual([]);
  });
});

describe('the public pages under the CSP', () => {
  it('show their bars, charts and forms with no refusal', async () => {
    const page = await newPage(browser);
    for (const url of [
      '/',
      '/kommun/kalix',
      '/sverige',
      '/oppna-data',
      '/inbaddning/kommun/kalix',
      `/enkat/${surveyRef}`,
      `/enkat/${surveyRef}/affisch`,
    ]) {
      const res = await page.goto(`${server.baseUrl}${url}`);
      expect(res?.status(), url).toBeLessThan(400);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    // A progress bar's width is a style attribute, which the policy allows: it is drawn, not zero.
    await page.goto(`${server.baseUrl}/kommun/kalix`);
    const widths = await page
      .locator('.bar > span')
      .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
    expect(
      widths.some((w) => w > 0),
      JSON.stringify(widths),
    ).toBe(true);
    expect(cspViolations(page)).toEqual([]);
  });
});

describe('framing', () => {
  let site: HttpServer;
  let siteUrl: string;
  const framing = (
    src: string,
  ) => `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Kalix kommun</title></head>
<body><h1>Kalix kommun</h1><iframe title="inramad" src="${src}" width="600" height="400"></iframe></body></html>`;

  beforeAll(async () => {
    // Another site on this machine that tries to frame our pages.
    site = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(framing(`${server.baseUrl}${new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '/'}`));
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

  async function framedHeading(src: string): Promise<{ shown: boolean; page: Page }> {
    const page = await newPage(browser);
    await page.goto(`${siteUrl}?src=${encodeURIComponent(src)}`);
    await waitForH1(page, 'Kalix kommun');
    const frame = page.frameLocator('iframe[title="inramad"]');
    const shown = await frame
      .getByRole('heading', { level: 1 })
      .first()
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
    return { shown, page };
  }

  it('another site may frame the embeddable box', async () => {
    const { shown, page } = await framedHeading('/inbaddning/kommun/kalix');
    expect(shown).toBe(true);
    expect(cspViolations(page)).toEqual([]);
  });

  it.each(['/kommun/kalix', '/app/', `/enkat/{ref}`])('another site may not frame %s', async (path) => {
    const { shown, page } = await framedHeading(path.replace('{ref}', surveyRef));
    expect(shown).toBe(false);
    expect(cspViolations(page).join('\n')).toMatch(/frame-ancestors/u);
  });
});
