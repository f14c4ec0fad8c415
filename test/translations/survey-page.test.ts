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
