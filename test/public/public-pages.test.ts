import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestContext } from '../helpers.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(async () => ctx.close());

describe('public start page', () => {
  it('lists the kommuner that use the product, linking to their pages, in Swedish', async () => {
    const res = await ctx.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="sv">');
    for (const slug of ['overtornea', 'kalix', 'haparanda', 'norsjo', 'asele'])
      expect(res.body).toContain(`href="/kommun/${slug}"`);
    expect(res.body).not.toContain('/kommun/stockholm');
    expect(res.body).toContain('Ni sa – vi lovade – vi gjorde');
  });

  it('works without JavaScript: the page carries no script at all', async () => {
    const res = await ctx.app.inject({ url: '/kommun/kalix' });
    expect(res.body).not.toMatch(/<script/i);
  });

  it('has an English version behind the language switch', async () => {
    const res = await ctx.app.inject({ url: '/?lang=en' });
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('You said – we promised – we did');
    expect(res.body).toContain('href="/kommun/kalix?lang=en"');
  });
});

describe('kommun page', () => {
  it('has a page per kommun at /kommun/<slug>', async () => {
    const res = await ctx.app.inject({ url: '/kommun/overtornea' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/<h1>Övertorneå<\/h1>/);
    expect(res.body).toContain('Medborgarlöften');
  });

  it('a kommun that does not use the product says so', async () => {
    const res = await ctx.app.inject({ url: '/kommun/stockholm' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('redovisar inte sina medborgarlöften här ännu');
  });

  it('an unknown kommun is a 404 page in HTML', async () => {
    const res = await ctx.app.inject({ url: '/kommun/atlantis' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Sidan finns inte');
  });

  it('escapes what it prints', async () => {
    const res = await ctx.app.inject({ url: '/kommun/%3Cscript%3E' });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('<script>');
  });
});
