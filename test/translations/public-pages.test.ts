/** A reader of the kommun page in Finnish, Meänkieli or English: staff's translations, or the Swedish marked and noted. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, NOW, type World } from '../public/fixtures.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const page = async (url: string) => (await ctx.app.inject({ url })).body;
const count = (text: string, part: string) => text.split(part).length - 1;

const FI = {
  title: 'Kalixin kansalaislupaus 2019',
  area: 'Huumeet',
  what: 'Poliisi tekee vähintään kaksi kohdennettua huumeoperaatiota puolessa vuodessa.',
  followUp: 'takavarikkojen määrä',
};
const NOTE_FI = 'Tämä teksti on saatavilla vain ruotsiksi.';
const NOTE_FIT = 'Tämä teksti löytyy vain ruottiksi.';
const SV_WHAT_2 = 'Skolan och polisen håller minst en föräldraträff per termin.';

/** The one focus area's section of the current promise. */
const focusArea = (html: string) =>
  html.slice(
    html.indexOf('<section class="focus-area">'),
    html.indexOf('</section>', html.indexOf('<section class="focus-area">')),
  );

describe('a Meänkieli reader before anything is translated', () => {
  it('reads the Swedish texts marked lang="sv", with the note in Meänkieli once for the promise, not per sentence', async () => {
    const html = await page('/kommun/kalix?lang=fit');
    expect(html).toContain('<html lang="fit">');
    expect(html).toContain(`<dd><span lang="sv">${SV_WHAT_2}</span></dd>`);
    expect(html).toMatch(/<h3 id="ps-[^"]+" lang="sv">Medborgarlöfte Kalix 2019<\/h3>/);
    expect(count(html, NOTE_FIT)).toBe(1);
    expect(focusArea(html)).not.toContain(NOTE_FIT);
  });
});

describe('a Finnish reader once staff have translated some of the promise', () => {
  beforeAll(async () => {
    const c = world.commitmentIds[0]!;
    const set = (await world.officer.request('GET', `/api/v1/promise-sets/${world.setId}`)).json();
    const res = await world.coordinator.request('PUT', `/api/v1/promise-sets/${world.setId}/translations`, {
      lang: 'fi',
      texts: [
        { item: 'title', text: FI.title },
        { item: `focusArea:${set.focusAreas[0].id}`, text: FI.area },
        { item: `what:${c}`, text: FI.what },
        { item: `followUp:${c}`, text: FI.followUp },
      ],
    });
    expect(res.statusCode).toBe(200);
  });

  it('shows the Finnish texts where given and the Swedish (lang="sv") where not, the note once in that focus area', async () => {
    const html = await page('/kommun/kalix?lang=fi');
    expect(html).toContain('<html lang="fi">');
    expect(html).toMatch(new RegExp(`<h3 id="ps-[^"]+">${FI.title}</h3>`));
    const area = focusArea(html);
    expect(area).toContain(`<h4>${FI.area}</h4>`);
    expect(area).toContain(`<dd>${FI.what}</dd>`);
    expect(area).toContain(`<dd>${FI.followUp}</dd>`);
    expect(area).not.toContain('Polisen genomför minst två riktade narkotikainsatser');
    expect(area).toContain(`<dd><span lang="sv">${SV_WHAT_2}</span></dd>`);
    expect(count(area, NOTE_FI)).toBe(1);
    expect(count(html, NOTE_FI)).toBe(1);
  });

  it('leaves the Swedish page as it was, and an English reader still gets the Swedish with the note in English', async () => {
    const sv = await page('/kommun/kalix');
    expect(sv).toContain('<dt>Vad</dt><dd>Polisen genomför minst två riktade narkotikainsatser per halvår.</dd>');
    expect(sv).not.toContain(FI.what);
    expect(sv).not.toContain('only-sv');
    const en = await page('/kommun/kalix?lang=en');
    expect(en).not.toContain(FI.what);
    expect(count(en, 'This text is only available in Swedish.')).toBe(1);
  });

  it('shows the new words at once after a save, though the page was stored before', async () => {
    const before = await page('/kommun/kalix?lang=fi');
    expect(before).toContain(`<dd><span lang="sv">${SV_WHAT_2}</span></dd>`);
    const changedAt = async () =>
      (await world.coordinator.request('GET', '/api/v1/promise-sets'))
        .json()
        .promiseSets.find((s: { id: string }) => s.id === world.setId).updatedAt;
    const staffBefore = await changedAt();
    // A minute later, as a person saves (the test's clock stands still otherwise).
    ctx.deps.now = () => new Date(NOW.getTime() + 60_000);
    const translated = 'Koulu ja poliisi järjestävät vähintään yhden vanhempaintapaamisen lukukaudessa.';
    await world.coordinator.request('PUT', `/api/v1/promise-sets/${world.setId}/translations`, {
      lang: 'fi',
      texts: [{ item: `what:${world.commitmentIds[1]}`, text: translated }],
    });
    const after = await page('/kommun/kalix?lang=fi');
    expect(after).toContain(`<dd>${translated}</dd>`);
    // A translation is no change of the set for staff: "Ändrad" stays.
    expect(await changedAt()).toBe(staffBefore);
  });
});

describe('a follow-up page in Meänkieli', () => {
  it('shows the summary staff translated, and the Swedish texts it lacks marked lang="sv" with the note once per section', async () => {
    const summary = 'Huumehinsatsit ja vanhemitten tapaamiset tehthiin niinku oli plaanattu.';
    const saved = await world.coordinator.request(
      'PUT',
      `/api/v1/follow-ups/${world.publishedFollowUpId}/translations`,
      {
        lang: 'fit',
        texts: [{ item: 'summary', text: summary }],
      },
    );
    expect(saved.statusCode).toBe(200);
    const html = await page(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}?lang=fit`);
    const section = (id: string) =>
      html.slice(
        html.indexOf(`aria-labelledby="${id}"`),
        html.indexOf('</section>', html.indexOf(`aria-labelledby="${id}"`)),
      );
    expect(section('sammanfattning')).toContain(`<p>${summary}</p>`);
    expect(section('sammanfattning')).not.toContain(NOTE_FIT);
    expect(section('nasta-steg')).toContain('<div lang="sv"><p>Fler trafikkontroller i byarna under hösten.</p></div>');
    expect(count(section('nasta-steg'), NOTE_FIT)).toBe(1);
    expect(count(section('lofte-for-lofte'), NOTE_FIT)).toBe(1);
    expect(section('lofte-for-lofte')).toContain('<h3><span lang="sv">Droger</span></h3>');
    // The promise's title has no Meänkieli: its Swedish, marked; in Finnish the staff's title.
    expect(html).toContain('<p class="lead" lang="sv">Medborgarlöfte Kalix 2019</p>');
    const fi = await page(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}?lang=fi`);
    expect(fi).toContain(`<p class="lead">Kalix – ${FI.title}</p>`);
    const sv = await page(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}`);
    expect(sv).not.toContain(summary);
    expect(sv).not.toContain('only-sv');
  });
});
