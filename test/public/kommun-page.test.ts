/** The kommun page and a follow-up page as a citizen reads them. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, PUBLISHED, type World } from './fixtures.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const body = async (url: string) => (await ctx.app.inject({ url })).body;
const headings = (html: string) => [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));

describe('/kommun/kalix', () => {
  it('tells what residents said, what was promised in plain words, how far it has come and when it was last updated', async () => {
    const page = await body('/kommun/kalix');
    expect(page).toContain('<h2 id="ni-sa">Ni sa</h2>');
    expect(page).toContain(PUBLISHED.citizensSaid);
    expect(page).toContain(
      '<dt>Vad</dt><dd>Polisen genomför minst två riktade narkotikainsatser per halvår.</dd></div><div><dt>När</dt><dd>minst 2 per halvår</dd>',
    );
    expect(page).toMatch(/<strong>I fas<\/strong> – 1 av 2 gånger under andra halvåret 2019/);
    expect(page).toContain('Senast uppdaterad: <time datetime="2019-09-30">30 september 2019</time>');
  });

  it('lists the published follow-up with its result and links to its own page', async () => {
    const page = await body('/kommun/kalix');
    expect(page).toContain(`<a href="/kommun/kalix/uppfoljning/${world.publishedFollowUpId}">Första halvåret 2019</a>`);
    expect(page).toContain('2 av 3 uppfyllda, 1 delvis uppfyllt');
    expect(page).toContain(
      `<a href="/kommun/kalix/uppfoljning/${world.publishedFollowUpId}.pdf">Första halvåret 2019 som PDF</a>`,
    );
    const pdf = await ctx.app.inject({ url: `/kommun/kalix/uppfoljning/${world.publishedFollowUpId}.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('offers the feed, the subscription form (no JavaScript), open data and the embed code', async () => {
    const page = await body('/kommun/kalix');
    expect(page).toContain('<form method="post" action="/prenumeration"');
    expect(page).toContain('<label for="sub-email">Din e-postadress</label>');
    expect(page).toContain('href="/kommun/kalix/flode.atom"');
    expect(page).toContain('href="/oppna-data/kommun/2514/medborgarlofte.csv"');
    expect(page).toContain('&lt;div data-medborgarlofte=&quot;kalix&quot;');
    expect(page).not.toMatch(/<script/i);
  });

  it('has a language, a skip link, landmarks and headings in order, and stays under 100 KB', async () => {
    const page = await body('/kommun/kalix');
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<a class="skip" href="#main">');
    for (const landmark of ['<header', '<nav aria-label="Huvudmeny">', '<main id="main"', '<footer'])
      expect(page).toContain(landmark);
    const levels = headings(page);
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!).toBeLessThanOrEqual(1);
    });
    expect(Buffer.byteLength(page)).toBeLessThan(100 * 1024);
  });

  it('speaks English behind the language switch, with links that stay in English', async () => {
    const page = await body('/kommun/kalix?lang=en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<h2 id="ni-sa">You said</h2>');
    expect(page).toContain('<dt>When</dt><dd>at least 2 per half year</dd>');
    expect(page).toContain(
      `href="/kommun/kalix/uppfoljning/${world.publishedFollowUpId}?lang=en">First half of 2019</a>`,
    );
    expect(page).toContain('2 of 3 met, 1 partly met');
    expect(page).toContain('href="/kommun/kalix" lang="sv" hreflang="sv">Svenska</a>');
  });
});

describe('/kommun/kalix/uppfoljning/<id>', () => {
  it('gives the verdict per promise in words, the summary and the next steps', async () => {
    const page = await body(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}`);
    expect(page).toContain('<h1>Uppföljning: Första halvåret 2019</h1>');
    // The set's title already names the kommun: the lead says it once, not "Kalix – Medborgarlöfte Kalix 2019".
    expect(page).toContain('<p class="lead">Medborgarlöfte Kalix 2019</p>');
    expect(page).toContain('Period: 1 januari 2019 – 30 juni 2019');
    expect(page).toContain(PUBLISHED.summary);
    expect(page).toContain(PUBLISHED.nextSteps);
    expect(page.match(/Bedömning: Uppfyllt/g)).toHaveLength(2);
    expect(page).toContain('Bedömning: Delvis uppfyllt');
    expect(page).toContain(`Kommentar: ${PUBLISHED.comment}`);
    expect(page).toContain(`href="/kommun/kalix/dela/uppfoljning/${world.publishedFollowUpId}"`);
    expect(page).toContain(
      `<meta property="og:image" content="http://localhost:3000/kommun/kalix/dela/uppfoljning/${world.publishedFollowUpId}.png">`,
    );
  });

  it('in English says the verdicts in English', async () => {
    const page = await body(`/kommun/kalix/uppfoljning/${world.publishedFollowUpId}?lang=en`);
    expect(page).toContain('Assessment: Partly met');
    expect(page).toContain('<h1>Follow-up: First half of 2019</h1>');
  });
});

describe('a kommun that does not use the product, and an unknown one', () => {
  it('says so, and an unknown slug is a 404 page', async () => {
    expect(await body('/kommun/stockholm')).toContain('redovisar inte sina medborgarlöften här ännu');
    const res = await ctx.app.inject({ url: '/kommun/atlantis' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Sidan finns inte');
  });
});
