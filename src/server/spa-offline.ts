/**
 * The files that make the staff app installable and usable offline (issue
 * 16), built beside index.html by vite-plugin-pwa: the service worker
 * /app/sw.js, the web app manifest and the icons. The worker's scope is /app,
 * one step wider than the folder it is served from (so the address /app, no
 * slash, opens offline too), which the Service-Worker-Allowed header permits.
 * The worker and the manifest are answered with no-cache, so a browser asks
 * for a new build's worker at once instead of keeping an old app shell for a
 * day.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const ROOT_FILES = {
  'sw.js': 'text/javascript; charset=utf-8',
  'manifest.webmanifest': 'application/manifest+json; charset=utf-8',
} as const;

/** The widest scope the worker may take (src/web/offline/register.ts registers it with this one). */
const WORKER_SCOPE = '/app';

/** Registers what exists in `dist` (a built staff app; a folder ending in /). */
export async function serveOfflineFiles(app: FastifyInstance, dist: string): Promise<void> {
  for (const [name, type] of Object.entries(ROOT_FILES)) {
    if (!existsSync(`${dist}${name}`)) continue;
    const body = readFileSync(`${dist}${name}`);
    app.get(`/app/${name}`, { schema: { hide: true } }, async (_req, reply) => {
      if (name === 'sw.js') reply.header('service-worker-allowed', WORKER_SCOPE);
      return reply.header('content-type', type).header('cache-control', 'no-cache').send(body);
    });
  }
  if (existsSync(`${dist}icons`)) {
    await app.register(fastifyStatic, {
      root: `${dist}icons`,
      prefix: '/app/icons/',
      decorateReply: false,
      maxAge: '1d',
    });
  }
}
