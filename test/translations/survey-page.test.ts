/** The survey answering page in Finnish: the survey's own texts in Finnish where written, otherwise the Swedish marked lang="sv". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { kalixWithAreas, type Kalix } from '../surveys/helpers.ts';

let ctx: TestContext;
let coordinator: Client;
let kalix: Kalix;

beforeAll(async () => {
  ctx = await startTestApp();
  coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  kalix = await kalixWithAreas(ctx);
});
afterAll(async () => ctx.close());

describe('a survey offered in Finnish, one question not yet translated', () => {
  it('shows the Finnish question and options as they are, and the Swedish question and options marked lang="sv"', async () => {
    const created = await coordinator.request('POST', '/api/v1/surveys', {
      municipalityId: kalix.id,
      title: { sv: 'Trygghet i Töre' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const changed = await coordinator.request('PATCH', `/api/v1/surveys/${id}`, {
      languages: ['sv', 'fi'],
      title: { sv: 'Trygghet i Töre', fi: 'Turvallisuus Töressä' },
      questions: [
        {
          id: 'safe',
          kind: 'single',
          required: true,
          text: { sv: 'Känner du dig trygg?', fi: 'Tunnetko olosi turvalliseksi?' },
          options: [
            { value: 'ja', label: { sv: 'Ja', fi: 'Kyllä' } },
            { value: 'nej', label: { sv: 'Nej', fi: 'Ei' } },
          ],
        },
        {
          id: 'lights',
          kind: 'single',
          required: false,
          text: { sv: 'Är gatorna väl upplysta?' },
          options: [
            { value: 'ja', label: { sv: 'Ja' } },
            { value: 'nej', label: { sv: 'Nej' } },
          ],
        },
      ],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const page = (await coordinator.request('GET', `/api/v1/surveys/${id}/preview?lang=fi`)).body;
    expect(page).toContain('<html lang="fi"');
    expect(page).toMatch(/<span class="qno">1\.<\/span> Tunnetko olosi turvalliseksi\?/);
    expect(page).toMatch(/<label for="[^"]+">Kyllä<\/label>/);
    expect(page).toMatch(/<span class="qno">2\.<\/span> <span lang="sv">Är gatorna väl upplysta\?<\/span>/);
    expect(page).toMatch(/<label for="[^"]+" lang="sv">Nej<\/label>/);
  });
});

describe('the ready-made trygghetsmätning in Kalix (in both administrative areas)', () => {
  it.each([
    ['fit', 'Kunka usein sinula oon huoli ette sie joutuisit rikoksen uhriksi?', 'En tiä', 'Aika suuri propleemi'],
    [
      'fi',
      'Kuinka usein olet huolissasi siitä, että joutuisit rikoksen uhriksi?',
      'En osaa sanoa',
      'Melko suuri ongelma',
    ],
  ])(
    '%s: every question, option and scale word in the language; no Swedish standing in',
    async (lang, worry, dontKnow, fairlyBig) => {
      const created = await coordinator.request('POST', '/api/v1/surveys', {
        municipalityId: kalix.id,
        template: 'lokal-trygghetsmatning',
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().languages).toEqual(['sv', 'en', 'fi', 'fit']);
      const page = (await coordinator.request('GET', `/api/v1/surveys/${created.json().id}/preview?lang=${lang}`)).body;
      expect(page).toContain(`<html lang="${lang}"`);
      expect(page).toContain(worry);
      expect(page).toContain(`>${dontKnow}<`);
      expect(page).toContain(fairlyBig);
      for (const sv of ['Hur ofta känner du dig orolig', 'Vet inte', 'Ganska stort problem', 'Hur gammal är du?'])
        expect(page).not.toContain(sv);
      // No survey text stands in in Swedish (marked lang="sv"); the areas are proper names, shown as they are.
      expect(page).not.toContain('<span lang="sv">');
      expect(page).not.toMatch(/<(label|option|legend)[^>]* lang="sv"/);
      expect(page).toMatch(/<label for="[^"]+">Töre<\/label>/);
    },
  );
});
