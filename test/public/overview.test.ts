/** The LPO page and the national page: every kommun, its promise and how it stands, and what is most often promised. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, publishHaparanda, type World } from './fixtures.ts';
import { countThemes, themesOf } from '../../src/app/public/themes.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
  await publishHaparanda(world.officer);
});
afterAll(async () => ctx.close());

/** Kommun name → the cells after it in the status table. */
function rows(html: string): Map<string, string[]> {
  const table = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
  const out = new Map<string, string[]>();
  for (const tr of table.split('<tr>').slice(1)) {
    const name = tr.match(/<th scope="row">(?:<a [^>]*>)?([^<]+)/)![1]!;
    out.set(
      name,
      [...tr.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!),
    );
  }
  return out;
}

describe('/lpo/lpo-ostra-norrbotten', () => {
  it('lists exactly the kommuner the police area covers, with their promises and statuses', async () => {
    const res = await ctx.app.inject({ url: '/lpo/lpo-ostra-norrbotten' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Lokalpolisområde Östra Norrbotten</h1>');
    const table = rows(res.body);
    expect([...table.keys()].sort()).toEqual(['Haparanda', 'Kalix', 'Pajala', 'Överkalix', 'Övertorneå'].sort());
    // Kalix: 3 promises; 0 met, 2 on track, 1 at risk, 0 missed, 0 in writing.
    expect(table.get('Kalix')).toEqual(['Medborgarlöfte Kalix 2019', '3', '0', '2', '1', '0', '0']);
    expect(table.get('Haparanda')![0]).toBe('Medborgarlöfte Haparanda 2019');
    expect(table.get('Pajala')).toEqual(['Inget publicerat ännu']);
    expect(res.body).not.toContain('Norsjö');
  });

  it('an unknown police area is a 404 page', async () => {
    expect((await ctx.app.inject({ url: '/lpo/lpo-atlantis' })).statusCode).toBe(404);
  });
});

describe('/sverige', () => {
  it('lists every kommun that uses the product or has a published promise, and the police areas', async () => {
    const res = await ctx.app.inject({ url: '/sverige' });
    const table = rows(res.body);
    expect([...table.keys()].sort()).toEqual(['Haparanda', 'Kalix', 'Norsjö', 'Åsele', 'Övertorneå'].sort());
    expect(res.body).toContain('2 kommuner med medborgarlöften som gäller nu, 4 löften sammanlagt.');
    expect(res.body).toContain('href="/lpo/lpo-ostra-norrbotten"');
    expect(res.body).not.toContain('Stockholm');
  });

  it('tells what is most often promised, and how it was counted', async () => {
    const res = await ctx.app.inject({ url: '/sverige' });
    const themes = res.body.slice(res.body.indexOf('themes-table'));
    // Traffic: one in Kalix, one in Haparanda; drugs: the one narcotics promise in Kalix.
    expect(themes).toMatch(/<th scope="row">Trafik<\/th><td>2<\/td><td>2<\/td>/);
    expect(themes).toMatch(/<th scope="row">Narkotika och droger<\/th><td>1<\/td><td>1<\/td>/);
    expect(res.body).toContain('Ord vi letar efter');
  });

  it('/nationellt leads to /sverige', async () => {
    const res = await ctx.app.inject({ url: '/nationellt' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/sverige');
  });
});

describe('themes', () => {
  it('are found by word stems, also inside compound words', () => {
    expect(themesOf('Polisen genomför riktade narkotikainsatser')).toEqual(['narkotika']);
    expect(themesOf('Trygghetsvandring i centrum med fritidsgården')).toEqual(['trygghetsvandring', 'unga']);
    expect(themesOf('Ungefär så')).toEqual([]);
  });

  it('a promise whose text names no theme counts by its focus area', () => {
    const counts = countThemes([
      { text: 'Vi håller möten varje månad', focusArea: 'Narkotika', kommunIds: ['a'] },
      { text: 'Trafikkontroller i byarna', focusArea: 'Narkotika', kommunIds: ['a', 'b'] },
    ]);
    expect(counts.map((c) => [c.theme.key, c.commitments, c.kommuner])).toEqual([
      ['trafik', 1, 2],
      ['narkotika', 1, 1],
    ]);
  });
});
