import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** Serves the built staff app under /app; every unknown /app path gets index.html (client-side routing). */
export async function spaRoutes(app: FastifyInstance): Promise<void> {
  const indexPath = `${WEB_DIST}index.html`;
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
  await app.register(fastifyStatic, {
    root: `${WEB_DIST}assets`,
    prefix: '/app/assets/',
    decorateReply: false,
    immutable: true,
    maxAge: '365d',
  });
  app.get('/app', { schema: { hide: true } }, async (_req, reply) => reply.redirect('/app/'));
  app.get('/app/*', { schema: { hide: true } }, async (_req, reply) =>
    reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').send(index),
  );
}
