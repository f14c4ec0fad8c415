/** The site's own icon: served as SVG with its content type, linked from public pages and the staff app. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { startTestApp, type TestContext } from '../helpers.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await startTestApp();
});
afterAll(async () => ctx.close());

describe('favicon', () => {
  it('is an SVG image served as image/svg+xml that browsers may not sniff as anything else', async () => {
    const res = await ctx.app.inject({ url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(XMLValidator.validate(res.body)).toBe(true);
    // Nothing in it runs or loads: the icon is shapes only.
    expect(res.body).not.toMatch(/<script|href=|on\w+=/i);
  });

  it('answers the browsers that ask for /favicon.ico with the SVG rather than a 404', async () => {
    const res = await ctx.app.inject({ url: '/favicon.ico' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/favicon.svg');
  });

  it('is linked from the public pages and the staff app', async () => {
    const link = '<link rel="icon" href="/favicon.svg" type="image/svg+xml"';
    for (const url of ['/', '/sverige', '/oppna-data']) {
      const res = await ctx.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain(link);
    }
    const staffApp = readFileSync(new URL('../../src/web/index.html', import.meta.url), 'utf8');
    expect(staffApp).toContain(link);
    expect(staffApp).not.toContain('href="data:,"');
  });
});
