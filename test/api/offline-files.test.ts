/**
 * The files that make the staff app installable and usable offline (issue
 * 16): the service worker at /app/sw.js (allowed the scope /app, so the whole app) and
 * the web app manifest, both never kept by a browser or proxy longer than it
 * takes to ask again, the icons, and a Content-Security-Policy that lets the
 * app register its worker and read its manifest from this server only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from '../../src/server/plugins/security-headers.ts';
import { serveStaffApp } from '../../src/server/spa.ts';

const WORKER = 'self.addEventListener("install", () => self.skipWaiting());';
const MANIFEST = JSON.stringify({ name: 'Medborgarlöften – personalappen', start_url: '/app/aktiviteter' });

describe('the staff app’s offline files', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dist = `${mkdtempSync(join(tmpdir(), 'lofte-dist-'))}/`;
    mkdirSync(`${dist}assets`);
    mkdirSync(`${dist}icons`);
    writeFileSync(`${dist}index.html`, '<!doctype html><html><head></head><body></body></html>');
    writeFileSync(`${dist}sw.js`, WORKER);
    writeFileSync(`${dist}manifest.webmanifest`, MANIFEST);
    writeFileSync(`${dist}icons/icon-192.png`, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    app = Fastify();
    await registerSecurityHeaders(app);
    await serveStaffApp(app, dist);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the service worker from /app/ as a script that is asked for again on every check', async () => {
    const res = await app.inject({ method: 'GET', url: '/app/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toBe(WORKER);
  });

  it('lets the worker take the scope /app, so the address without the slash opens offline too; only the worker', async () => {
    const worker = await app.inject({ method: 'GET', url: '/app/sw.js' });
    expect(worker.headers['service-worker-allowed']).toBe('/app');
    const manifest = await app.inject({ method: 'GET', url: '/app/manifest.webmanifest' });
    expect(manifest.headers['service-worker-allowed']).toBeUndefined();
    const page = await app.inject({ method: 'GET', url: '/app/aktiviteter' });
    expect(page.headers['service-worker-allowed']).toBeUndefined();
  });

  it('serves the web app manifest with its media type, and the icons', async () => {
    const manifest = await app.inject({ method: 'GET', url: '/app/manifest.webmanifest' });
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect(manifest.json()).toEqual(JSON.parse(MANIFEST));
    const icon = await app.inject({ method: 'GET', url: '/app/icons/icon-192.png' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
  });

  it('allows a worker and a manifest from this server only', async () => {
    const res = await app.inject({ method: 'GET', url: '/app/aktiviteter' });
    expect(res.body).toContain('<!doctype html>');
    const policy = new Map(
      String(res.headers['content-security-policy'])
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values.join(' ')]),
    );
    expect(policy.get('worker-src')).toBe("'self'");
    expect(policy.get('manifest-src')).toBe("'self'");
  });

  it('without a built worker answers /app/sw.js with the page, so registering fails and the app works online only', async () => {
    rmSync(`${dist}sw.js`);
    const bare = Fastify();
    await serveStaffApp(bare, dist);
    const res = await bare.inject({ method: 'GET', url: '/app/sw.js' });
    expect(res.headers['content-type']).toContain('text/html');
    await bare.close();
  });
});
