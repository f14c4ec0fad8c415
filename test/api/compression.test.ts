/**
 * Compressed answers (issue 16): the staff app's hashed assets go out as the
 * brotli or gzip copies written at build time, with a year's immutable
 * caching, while index.html is never kept long; JSON and HTML answers above
 * 1 KB are compressed when the client asks, and plain when it does not. The
 * public page cache keeps answering 304 to a browser that has the page, and
 * every answer keeps its security headers and (for the API) no-store.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCompression } from '../../src/server/plugins/compression.ts';
import { registerSecurityHeaders } from '../../src/server/plugins/security-headers.ts';
import { serveStaffApp } from '../../src/server/spa.ts';
import { compressFile } from '../../vite-assets.ts';
import { DEMO, signIn, startTestApp, type Client, type TestContext } from '../helpers.ts';
import { buildWorld } from '../public/fixtures.ts';

const SCRIPT = 'index-Dx3f9Qa1.js';
// A script the size of a small chunk, with the repetition real code has.
const SCRIPT_BODY = Array.from(
  { length: 400 },
  (_, i) => `export function step${i}(state){return{...state,count:state.count+${i}};}\n`,
).join('');

function decoded(res: LightMyRequestResponse): string {
  const body = res.rawPayload;
  const encoding = res.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(body).toString('utf8');
  expect(encoding).toBeUndefined();
  return body.toString('utf8');
}

describe('the staff app’s built files', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dist = `${mkdtempSync(join(tmpdir(), 'lofte-dist-'))}/`;
    mkdirSync(`${dist}assets`);
    writeFileSync(
      `${dist}index.html`,
      `<!doctype html><html><head><script type="module" src="/app/assets/${SCRIPT}"></script></head></html>`,
    );
    writeFileSync(`${dist}assets/${SCRIPT}`, SCRIPT_BODY);
    expect(compressFile(`${dist}assets/${SCRIPT}`)).toBe(2);
    app = Fastify();
    await registerSecurityHeaders(app);
    await registerCompression(app);
    await serveStaffApp(app, dist);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const asset = (acceptEncoding?: string) =>
    app.inject({ url: `/app/assets/${SCRIPT}`, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends the brotli copy to a browser that takes brotli, and gzip to one that takes only gzip', async () => {
    const br = await asset('gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT_BODY.length / 5);
    expect(decoded(br)).toBe(SCRIPT_BODY);
    // The copy written at build time, not one compressed again per request.
    expect(br.rawPayload.equals(readFileSync(`${dist}assets/${SCRIPT}.br`))).toBe(true);
    const gzip = await asset('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip)).toBe(SCRIPT_BODY);
    expect(gzip.rawPayload.equals(readFileSync(`${dist}assets/${SCRIPT}.gz`))).toBe(true);
    for (const res of [br, gzip]) expect(res.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends the file as it is to a client that asks for no encoding', async () => {
    const plain = await asset();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT_BODY);
    expect(Number(plain.headers['content-length'])).toBe(SCRIPT_BODY.length);
  });

  it('lets browsers keep hashed files for a year, but never index.html', async () => {
    for (const res of [await asset('br'), await asset()])
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await app.inject({ url: '/app/aktiviteter', headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('has quick entry’s page ask for the commitments with the page, and no other page', async () => {
    const preload = '<link rel="preload" href="/api/v1/my/commitments" as="fetch" crossorigin="anonymous" />';
    for (const url of ['/app/aktiviteter', '/app/aktiviteter/', '/app/aktiviteter?x=1'])
      expect((await app.inject({ url })).body, url).toContain(preload);
    for (const url of ['/app/', '/app/loften', '/app/aktiviteter/ny'])
      expect((await app.inject({ url })).body, url).not.toContain('my/commitments');
  });
});

describe('answers of the running app', () => {
  let ctx: TestContext;
  let coordinator: Client;
  beforeAll(async () => {
    ctx = await startTestApp();
    await buildWorld(ctx);
    coordinator = await signIn(ctx.app, DEMO.kalixCoordinator);
  });
  afterAll(async () => ctx.close());

  const signedIn = (url: string, acceptEncoding?: string) =>
    ctx.app.inject({
      url,
      cookies: { lofte_session: coordinator.cookie },
      headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
    });

  it('compresses a large JSON answer when asked, keeps it uncached, and sends it plain when not', async () => {
    const plain = await signedIn('/api/v1/overview');
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['br', 'gzip']) {
      const res = await signedIn('/api/v1/overview', `${encoding}, identity`);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.rawPayload.length).toBeLessThan(plain.body.length);
      expect(JSON.parse(decoded(res))).toEqual(plain.json());
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers.vary).toMatch(/accept-encoding/i);
    }
  });

  it('leaves a small answer as it is', async () => {
    const session = await signedIn('/api/v1/auth/session', 'br, gzip');
    expect(session.statusCode).toBe(200);
    expect(session.body.length).toBeLessThan(1024);
    expect(session.headers['content-encoding']).toBeUndefined();
  });

  it('compresses a cached public page, and a browser that has it still gets 304 without a body', async () => {
    const plain = await ctx.app.inject({ url: '/kommun/kalix' });
    expect(plain.statusCode).toBe(200);
    const strong = String(plain.headers.etag);
    expect(strong).toMatch(/^"[0-9a-f]{32}"$/);
    const zipped = await ctx.app.inject({ url: '/kommun/kalix', headers: { 'accept-encoding': 'gzip, br' } });
    expect(zipped.headers['content-encoding']).toBe('br');
    expect(decoded(zipped)).toBe(plain.body);
    // Another representation of the same page: the same validator, marked weak.
    expect(zipped.headers.etag).toBe(`W/${strong}`);
    expect(zipped.headers['content-security-policy']).toBe(plain.headers['content-security-policy']);
    expect(zipped.headers['cache-control']).toBe('public, no-cache');
    for (const etag of [String(zipped.headers.etag), strong]) {
      const again = await ctx.app.inject({
        url: '/kommun/kalix',
        headers: { 'accept-encoding': 'gzip, br', 'if-none-match': etag },
      });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    }
  });
});
