/**
 * What a resident reads about which promise is current (30 September 2019):
 * Kalix runs its 2019 promise, ended its 2018 one (with a year-end
 * follow-up) and has a 2020 one coming; Haparanda's only promise ended in
 * 2018; Övertorneå's promise was imported from a genomförandeplan table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, type World } from './fixtures.ts';
import { buildTimingWorld } from './timing-fixtures.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
  await buildTimingWorld(ctx, world);
}, 120_000);
afterAll(async () => ctx.close());

const body = async (url: string) => (await ctx.app.inject({ url })).body;
/** The page's text between two headings' ids, tags dropped. */
function sectionText(page: string, id: string): string {
  const start = page.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = page.indexOf('<h2 ', start + 1);
  return page
    .slice(start, end < 0 ? undefined : end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('a kommun with a current, an ended and a coming promise', () => {
  it('shows the current promise first, then the coming one, and the ended one under "Tidigare löften" with its final result', async () => {
    const page = await body('/kommun/kalix');
    const order = ['id="vi-lovade"', 'id="kommande"', 'id="tidigare"'].map((id) => page.indexOf(id));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const current = sectionText(page, 'vi-lovade');
    expect(current).toContain('Medborgarlöfte Kalix 2019');
    expect(current).toContain('Gäller 1 januari 2019 – 31 december 2019');
    expect(current).not.toContain('2018');

    const coming = sectionText(page, 'kommande');
    expect(coming).toContain('Kommande löften');
    expect(coming).toContain('Medborgarlöfte Kalix 2020');
    expect(coming).toContain('Har inte börjat ännu. Gäller 1 januari 2020 – 31 december 2020');
    expect(coming).not.toMatch(/I fas|Ligger efter|Uppfyllt/);

    const earlier = sectionText(page, 'tidigare');
    expect(earlier).toContain('Tidigare löften');
    expect(earlier).toContain('Medborgarlöfte Kalix 2018');
    expect(earlier).toContain('Gällde 1 januari 2018 – 31 december 2018');
    expect(earlier).toContain('2018: 2 av 3 uppfyllda');
    expect(earlier).toContain('Enligt uppföljningen helåret 2018');
    // What it promised is there to read, folded, without claiming progress today.
    expect(earlier).toContain('Vad vi lovade (3 löften)');
    expect(earlier).not.toMatch(/I fas|Ligger efter/);
  });

  it('lists the ended promise\'s follow-up with it, and the current one\'s under "Uppföljningar"', async () => {
    const page = await body('/kommun/kalix');
    expect(sectionText(page, 'uppfoljningar')).toContain('Första halvåret 2019');
    expect(sectionText(page, 'uppfoljningar')).not.toContain('Helåret 2018');
    expect(sectionText(page, 'tidigare')).toContain('Helåret 2018');
  });

  it('says the same in English', async () => {
    const page = await body('/kommun/kalix?lang=en');
    expect(sectionText(page, 'tidigare')).toContain('Earlier promises');
    expect(sectionText(page, 'tidigare')).toContain('2018: 2 of 3 met');
    expect(sectionText(page, 'kommande')).toContain('Not started yet.');
  });
});

describe('a kommun whose only promise has ended', () => {
  it('says it has no current promise and shows the ended one with its result counted from what was recorded', async () => {
    const page = await body('/kommun/haparanda');
    expect(sectionText(page, 'vi-lovade')).toContain(
      'Polisen och Haparanda kommun har inget medborgarlöfte som gäller just nu.',
    );
    expect(sectionText(page, 'vi-lovade')).not.toContain('Medborgarlöfte Haparanda 2018');
    const earlier = sectionText(page, 'tidigare');
    expect(earlier).toContain('Medborgarlöfte Haparanda 2018');
    expect(earlier).toContain('2018: 0 av 3');
    expect(earlier).toContain('Ingen slutlig uppföljning är publicerad.');
  });

  it('is "no promise in force" on the national and LPO pages, and its numbers are not counted as current', async () => {
    for (const url of ['/sverige', '/lpo/lpo-ostra-norrbotten']) {
      const page = await body(url);
      const row = page.slice(page.indexOf('>Haparanda</a>'), page.indexOf('</tr>', page.indexOf('>Haparanda</a>')));
      expect(row, url).toContain('Inget löfte gäller just nu (senaste löftet gällde till 31 december 2018)');
      const kalix = page.slice(page.indexOf('>Kalix</a>'), page.indexOf('</tr>', page.indexOf('>Kalix</a>')));
      expect(kalix, url).toContain('Medborgarlöfte Kalix 2019');
    }
  });

  it('open data and the feed tell that it ended', async () => {
    const doc = (await ctx.app.inject({ url: '/oppna-data/kommun/2583/medborgarlofte.json' })).json();
    expect(doc).toMatchObject({ title: 'Medborgarlöfte Haparanda 2018', timing: 'ended', progressAt: '2019-09-30' });
    const kalix = (await ctx.app.inject({ url: '/oppna-data/kommun/2514/medborgarlofte.json' })).json();
    expect(kalix).toMatchObject({ title: 'Medborgarlöfte Kalix 2019', timing: 'current', progressAt: '2019-09-30' });
    const csv = (await ctx.app.inject({ url: '/oppna-data/kommun/2583/medborgarlofte.csv' })).body.split('\r\n');
    expect(csv[0]).toMatch(/;löftet$/);
    expect(csv[1]).toMatch(/;avslutat$/);
    const feed = await body('/kommun/haparanda/flode.atom');
    expect(feed).toContain('Polisen och Haparanda kommun lovade 3 saker för 1 januari 2018 – 31 december 2018.');
    expect(feed).toContain('Löftet gäller inte längre.');
    expect(await body('/kommun/kalix/flode.atom')).toContain('Löftet börjar gälla 1 januari 2020.');
  });
});

describe('a promise imported from a genomförandeplan table', () => {
  it("shows each row's Vad, När, Samverkan, Ansvarig and Uppföljning as labelled cells, not run together", async () => {
    const page = await body('/kommun/overtornea');
    const cells = (label: string) =>
      [...page.matchAll(new RegExp(`<dt>${label}</dt><dd>([^<]*)</dd>`, 'g'))].map((m) => m[1]);
    expect(cells('Vad')).toEqual([
      'Underrättelsestyrda insatser mot narkotikaförsäljning till unga',
      'Trygghetsvandring i centrum',
    ]);
    expect(cells('När')).toEqual(['Minst en gång i månaden', 'Två gånger per år']);
    expect(cells('Samverkan')).toEqual(['Tullverket', 'Fastighetsägarna']);
    expect(cells('Ansvarig')).toEqual(['Polisen', 'Kommunen']);
    expect(cells('Uppföljning')).toEqual(['Antal anmälningar; Antal beslag', 'Protokoll med åtgärder']);
    expect(page).not.toContain('i månaden Tullverket Polisen Antal');
  });
});

describe('as the days pass, without any change in the data', () => {
  afterAll(() => {
    ctx.deps.now = () => new Date('2019-09-30T12:00:00Z');
  });

  it('the 2019 promise ends at midnight on New Year and the 2020 one becomes current (Swedish day)', async () => {
    ctx.deps.now = () => new Date('2019-12-31T22:30:00Z'); // 23:30 in Sweden: still 2019
    expect(sectionText(await body('/kommun/kalix'), 'vi-lovade')).toContain('Medborgarlöfte Kalix 2019');
    ctx.deps.now = () => new Date('2019-12-31T23:30:00Z'); // 00:30 on 1 January 2020 in Sweden
    const page = await body('/kommun/kalix');
    expect(sectionText(page, 'vi-lovade')).toContain('Medborgarlöfte Kalix 2020');
    expect(sectionText(page, 'vi-lovade')).not.toContain('Medborgarlöfte Kalix 2019');
    expect(sectionText(page, 'tidigare')).toContain('Medborgarlöfte Kalix 2019');
    expect(page.indexOf('Medborgarlöfte Kalix 2019')).toBeLessThan(page.indexOf('Medborgarlöfte Kalix 2018'));
    expect(page).not.toContain('id="kommande"');
  });

  it('before any promise has started, the page says none is in force and points to the coming ones', async () => {
    ctx.deps.now = () => new Date('2017-06-01T12:00:00Z');
    const page = await body('/kommun/kalix');
    expect(sectionText(page, 'vi-lovade')).toContain(
      'Polisen och Kalix kommun har inget medborgarlöfte som gäller just nu. Nästa löfte står under Kommande löften.',
    );
    const coming = sectionText(page, 'kommande');
    expect(coming.indexOf('Kalix 2018')).toBeLessThan(coming.indexOf('Kalix 2019'));
    expect(page).not.toContain('id="tidigare"');
  });
});
