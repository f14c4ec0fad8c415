import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { serveOfflineFiles } from './spa-offline.ts';

const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * API answers a page needs first, asked for by the browser with the page
 * itself instead of after its scripts have run (issue 16: on a slow mobile
 * network each round trip costs half a second). index.html preloads the
 * session for every page; quick entry also needs the user's commitments.
 */
const PRELOADS: Record<string, string[]> = { '/app/aktiviteter': ['/api/v1/my/commitments'] };

function withPreloads(index: string, urls: readonly string[]): string {
  const links = urls.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin="anonymous" />`);
  return index.replace('</head>', `${links.join('')}</head>`);
}

/** Serves the built staff app under /app; every unknown /app path gets index.html (client-side routing). */
export async function spaRoutes(app: FastifyInstance): Promise<void> {
  await serveStaffApp(app, WEB_DIST);
}

/** The staff app as built into `dist` (a folder ending in /): dist/web, or a small one made by a test. */
export async function serveStaffApp(app: FastifyInstance, dist: string): Promise<void> {
  const indexPath = `${dist}index.html`;
  if (!existsSync(indexPath)) {
    app.get('/app/*', { schema: { hide: true } }, async (_req, reply) =>
      reply
        .status(503)
        .header('content-type', 'text/plain; charset=utf-8')
        .send('Personalappen är inte byggd. Kör "npm run build". (The staff app is not built: run "npm run build".)'),
    );
    return;
  }
  const index = readFileSync(indexPath, 'utf8');
  const pages = new Map(Object.entries(PRELOADS).map(([path, urls]) => [path, withPreloads(index, urls)]));
  await app.register(fastifyStatic, {
    root: `${dist}assets`,
    prefix: '/app/assets/',
    decorateReply: false,
    // Hashed file names: a new build has new names, so browsers may keep these for a year.
    immutable: true,
    maxAge: '365d',
    // The .br and .gz copies written at build time (vite-assets.ts), chosen by the browser's Accept-Encoding.
    preCompressed: true,
  });
  await serveOfflineFiles(app, dist);
  app.get('/app', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/app/'));
  app.get('/app/*', { schema: { hide: true } }, async (req, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(pages.get(req.url.split('?')[0]!.replace(/\/$/, '')) ?? index),
  );
}
