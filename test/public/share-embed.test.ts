/** Share texts and image cards, and the box a kommun can embed on its own website. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';
import { buildWorld, type World } from './fixtures.ts';

let ctx: TestContext;
let world: World;

beforeAll(async () => {
  ctx = await startTestApp();
  world = await buildWorld(ctx);
});
afterAll(async () => ctx.close());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('sharing a published follow-up', () => {
  it('suggests a text with the result and a link to the follow-up', async () => {
    const page = (await ctx.app.inject({ url: `/kommun/kalix/dela/uppfoljning/${world.publishedFollowUpId}` })).body;
    expect(page).toContain(
      'Så gick det med medborgarlöftet i Kalix första halvåret 2019: 2 av 3 uppfyllda, 1 delvis uppfyllt.',
    );
    expect(page).toContain(`http://localhost:3000/kommun/kalix/uppfoljning/${world.publishedFollowUpId}</textarea>`);
    expect(page).toContain('alt="Bildkort: Kalix, Första halvåret 2019: 2 av 3 uppfyllda, 1 delvis uppfyllt"');
  });

  it('the image card is a 1200 × 630 PNG', async () => {
    const res = await ctx.app.inject({ url: `/kommun/kalix/dela/uppfoljning/${world.publishedFollowUpId}.png` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(res.rawPayload)).toEqual({ width: 1200, height: 630 });
  });
});

describe('sharing a performed activity', () => {
  it('tells the date, the promise and how far it has come, with a PNG card', async () => {
    const page = (await ctx.app.inject({ url: `/kommun/kalix/dela/aktivitet/${world.activityIds[3]}` })).body;
    expect(page).toContain(
      'Den 2 september 2019 gjorde vi en insats för löftet ”Polisen genomför minst två riktade narkotikainsatser per halvår”. Hittills: 1 av 2 gånger under andra halvåret 2019.',
    );
    const png = await ctx.app.inject({ url: `/kommun/kalix/dela/aktivitet/${world.activityIds[3]}.png` });
    expect(pngSize(png.rawPayload)).toEqual({ width: 1200, height: 630 });
  });

  it('an activity of another kommun, or of no published set, cannot be shared', async () => {
    expect((await ctx.app.inject({ url: `/kommun/haparanda/dela/aktivitet/${world.activityIds[3]}` })).statusCode).toBe(
      404,
    );
    expect(
      (await ctx.app.inject({ url: '/kommun/kalix/dela/aktivitet/00000000-0000-0000-0000-000000000000' })).statusCode,
    ).toBe(404);
    expect((await ctx.app.inject({ url: `/kommun/kalix/dela/annat/${world.activityIds[3]}` })).statusCode).toBe(404);
  });
});

describe('the embeddable box', () => {
  it('is a compact page any site may frame, with the promises and how far they have come', async () => {
    const res = await ctx.app.inject({ url: '/inbaddning/kommun/kalix' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.body).toContain('<html lang="sv">');
    expect(res.body).toContain('<main id="main">');
    expect(res.body).not.toContain('site-header');
    expect(res.body).toMatch(/<strong>I fas<\/strong> – 1 av 2 gånger under andra halvåret 2019/);
    expect(res.body).toContain('<a href="/kommun/kalix" target="_top">');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('the other public pages may not be framed at all', async () => {
    expect((await ctx.app.inject({ url: '/kommun/kalix' })).headers['content-security-policy']).toContain(
      "frame-ancestors 'none'",
    );
  });

  it('the script puts a titled iframe where the marker stands', async () => {
    const res = await ctx.app.inject({ url: '/inbaddning/lofte.js' });
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.body).toContain("querySelectorAll('[data-medborgarlofte]')");
    expect(res.body).toContain("'/inbaddning/kommun/'");
    expect(res.body).toContain('frame.title');
    expect(Buffer.byteLength(res.body)).toBeLessThan(2048);
  });
});
