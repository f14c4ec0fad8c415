/**
 * Journey: a resident answers the trygghetsmätning on a phone with
 * JavaScript turned off, and axe-core finds no WCAG 2.1 A/AA violation on
 * the answering page (also with its error summary), the thank-you page and
 * the published results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DEMO, signIn as apiSignIn, type Client } from '../test/helpers.ts';
import {
  kalixWithAreas,
  publishedSurvey,
  responseCount,
  type Kalix,
  type SurveyBody,
} from '../test/surveys/helpers.ts';
import { expectNoViolations, launchBrowser, startServer, waitForH1, type Server } from './support.ts';

let server: Server;
let browser: Browser;
let coordinator: Client;
let kalix: Kalix;
let survey: SurveyBody;

const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  locale: 'sv-SE',
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  coordinator = await apiSignIn(server.ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(server.ctx);
  survey = await publishedSurvey(coordinator, kalix.id);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phonePage(javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled });
  return context.newPage();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('answering a survey on a phone without JavaScript', () => {
  it('works end to end: form, an error to correct, thanks, and no second answer', async () => {
    const page = await phonePage(false);
    await page.goto(`${server.baseUrl}/enkat/${survey.publicId}`);
    await waitForH1(page, 'Lokal trygghetsmätning');

    await page.getByRole('radio', { name: 'Centrum' }).check();
    await page
      .getByRole('group', { name: 'Bilar som kör för fort' })
      .getByRole('radio', { name: 'Mycket stort problem' })
      .check();
    await page
      .getByRole('group', { name: 'Narkotikapåverkade personer utomhus' })
      .getByRole('radio', { name: 'Vet inte' })
      .check();
    await page.getByRole('checkbox', { name: 'Stöld eller inbrott' }).check();
    await page.getByRole('checkbox', { name: 'Nej, inget av detta' }).check();
    await page.getByRole('radio', { name: 'Ganska otrygg' }).check();
    await page.getByLabel(/Finns det något mer du vill berätta/).fill('Det är mörkt vid stationen på kvällarna.');
    await page.getByRole('button', { name: 'Skicka svar' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await page.title()).toMatch(/^Fel: /);
    expect(await summary.textContent()).toContain('Välj inte ”Nej, inget av detta” tillsammans med andra alternativ.');
    // What was answered is still there, so only the error needs fixing.
    expect(await page.getByRole('radio', { name: 'Ganska otrygg' }).isChecked()).toBe(true);
    expect(await page.getByLabel(/Finns det något mer du vill berätta/).inputValue()).toBe(
      'Det är mörkt vid stationen på kvällarna.',
    );
    await summary.getByRole('link').first().click();
    expect(page.url()).toContain('#q--victimisation--theft');

    await page.getByRole('checkbox', { name: 'Nej, inget av detta' }).uncheck();
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await waitForH1(page, 'Tack för ditt svar!');
    expect(await responseCount(server.ctx, survey.id)).toBe(1);

    await page.goto(`${server.baseUrl}/enkat/${survey.publicId}`);
    await waitForH1(page, 'Du har redan svarat');
  });
});

describe('accessibility of the survey pages at phone width', () => {
  it('the answering page', async () => {
    const page = await phonePage(true);
    await page.goto(`${server.baseUrl}/enkat/${survey.publicId}`);
    await waitForH1(page, 'Lokal trygghetsmätning');
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  });

  it('the answering page with its error summary, and the thank-you page', async () => {
    const page = await phonePage(true);
    await page.goto(`${server.baseUrl}/enkat/${survey.publicId}?lang=en`);
    await page.getByRole('button', { name: 'Send answers' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoViolations(page);
    await page.getByRole('radio', { name: 'Often', exact: true }).first().check();
    await page.getByRole('button', { name: 'Send answers' }).click();
    await waitForH1(page, 'Thank you for your answers!');
    await expectNoViolations(page);
  });

  it('a page in Meänkieli, in its own words', async () => {
    const created = (
      await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        title: { sv: 'Trygghet i byn', fit: 'Turvalisuus kylässä' },
        languages: ['sv', 'fit'],
      })
    ).json();
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
    const page = await phonePage(true);
    await page.goto(`${server.baseUrl}/enkat/${created.publicId}?lang=fit`);
    await waitForH1(page, 'Turvalisuus kylässä');
    expect(await page.locator('html').getAttribute('lang')).toBe('fit');
    await expectNoViolations(page);
  });

  it('the ready-made trygghetsmätning in Meänkieli, offered in Kalix from the start', async () => {
    const page = await phonePage(true);
    await page.goto(`${server.baseUrl}/enkat/${survey.publicId}?lang=fit`);
    await waitForH1(page, 'Paikalinen turvalisuuskysely');
    await page
      .getByRole('group', { name: 'Autot jokka ajava liian kovaa' })
      .getByRole('radio', { name: 'Aika suuri propleemi' })
      .waitFor();
    await page.getByRole('radio', { name: 'Mie en koskhaan lähe yksin ulos myöhään illala' }).waitFor();
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  });

  it('the published results', async () => {
    for (let i = 0; i < 6; i++) {
      await coordinator.request('POST', `/api/v1/surveys/${survey.id}/responses`, {
        answers: { area: kalix.areas.centrum, problems: { speeding: 'small' }, unsafe_late: 'very_safe' },
      });
    }
    await coordinator.request('PUT', `/api/v1/surveys/${survey.id}/public-results`, {
      charts: [{ questionId: 'problems', breakdown: 'area' }, { questionId: 'unsafe_late' }],
    });
    const page = await phonePage(true);
    await page.goto(`${server.baseUrl}/enkat/${survey.publicId}/resultat`);
    await waitForH1(page, 'Resultat: Lokal trygghetsmätning');
    await expectNoViolations(page);
    await expectNoSidewaysScroll(page);
  });
});
