/**
 * The public side in Swedish, English, Finnish and Meänkieli in a real
 * browser (issue 18): a demo kommun's page in each language is axe-clean
 * (WCAG 2.2 AA) with its lang and the switch; the switch works with
 * JavaScript off; a survey in Meänkieli is answered with JavaScript off and
 * the answer is stored, with the given answer's value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO, orgIdByCode, signIn as apiSignIn } from '../test/helpers.ts';
import { answerRows, responseCount } from '../test/surveys/helpers.ts';
import { buildWorld } from '../test/public/fixtures.ts';
import { PUBLIC_CATALOGUES, PUBLIC_LOCALES } from '../src/i18n/public.ts';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  newPage,
  startServer,
  WCAG_22_AA,
  waitForH1,
  type Server,
} from './support.ts';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  await buildWorld(server.ctx);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a demo kommun page in each language', () => {
  it.each(PUBLIC_LOCALES)('%s: the page language, the switch and no axe violation (WCAG 2.2 AA)', async (lang) => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/kommun/kalix${lang === 'sv' ? '' : `?lang=${lang}`}`);
    await waitForH1(page, 'Kalix');
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const nav = page.getByRole('navigation', { name: PUBLIC_CATALOGUES[lang].page.language });
    for (const l of PUBLIC_LOCALES) {
      const link = nav.getByRole('link', { name: PUBLIC_CATALOGUES[l].languageName, exact: true });
      expect(await link.getAttribute('lang')).toBe(l);
    }
    expect(
      await nav.getByRole('link', { name: PUBLIC_CATALOGUES[lang].languageName }).getAttribute('aria-current'),
    ).toBe('true');
    await page.getByRole('heading', { level: 2, name: PUBLIC_CATALOGUES[lang].page.followHeading }).waitFor();
    const violations = await axeViolations(page, WCAG_22_AA);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.context().close();
  });

  it('the switch takes a reader from Swedish to Meänkieli with JavaScript off', async () => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.baseUrl}/kommun/haparanda`);
    await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Meänkieli' }).click();
    await page.getByRole('heading', { level: 2, name: 'Seuraa työtä' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fit');
    expect(page.url()).toContain('/kommun/haparanda?lang=fit');
    await page.context().close();
  });
});

describe('a survey in Meänkieli, answered with JavaScript off', () => {
  it('shows its own words, takes the answer and stores it', async () => {
    const coordinator = await apiSignIn(server.ctx.app, DEMO.kalixCoordinator);
    const kalix = { id: await orgIdByCode(server.ctx.deps, '2514') };
    const res = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      title: { sv: 'Trygghet i byn', fit: 'Turvalisuus kylässä' },
      languages: ['sv', 'fit'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    await coordinator.request('PATCH', `/api/v1/surveys/${created.id}`, {
      questions: [
        {
          id: 'safe',
          kind: 'single',
          required: true,
          text: { sv: 'Känner du dig trygg?', fit: 'Tunnekko sie ittesi turvaliseksi?' },
          options: [
            { value: 'ja', label: { sv: 'Ja', fit: 'Joo' } },
            { value: 'nej', label: { sv: 'Nej', fit: 'Ei' } },
          ],
        },
      ],
    });
    expect((await coordinator.request('POST', `/api/v1/surveys/${created.id}/publish`)).statusCode).toBe(200);

    const page = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.baseUrl}/enkat/${created.publicId}?lang=fit`);
    await waitForH1(page, 'Turvalisuus kylässä');
    expect(await page.getAttribute('html', 'lang')).toBe('fit');
    // Sending nothing: the error is in Meänkieli.
    await page.getByRole('button', { name: 'Lähätä vastaukset' }).click({ timeout: 10_000 });
    await page.getByRole('alert').waitFor({ timeout: 15_000 });
    expect(await page.getByRole('alert').textContent()).toContain('Vastaa kysymykseen.');
    await page.getByRole('radio', { name: 'Joo' }).check({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Lähätä vastaukset' }).click({ timeout: 15_000 });
    await waitForH1(page, 'Kiitos vastauksesta!');
    expect(await page.getAttribute('html', 'lang')).toBe('fit');

    // axe runs as a script, so it checks the same form in a page with JavaScript on.
    const checked = await newPage(browser);
    await checked.goto(`${server.baseUrl}/enkat/${created.publicId}?lang=fit`);
    await waitForH1(checked, 'Turvalisuus kylässä');
    const violations = await axeViolations(checked, WCAG_22_AA);
    expect(violations, describeViolations(violations)).toEqual([]);
    await checked.context().close();

    expect(await responseCount(server.ctx, created.id)).toBe(1);
    const [row] = await answerRows(server.ctx, created.id);
    expect(row?.answers).toMatchObject({ safe: 'ja' });
    await page.context().close();
  });
});
