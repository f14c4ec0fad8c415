/**
 * Compressed answers (issue 16: the staff app loads fast on a phone).
 * JSON and HTML answers above 1 KB go out brotli- or gzip-compressed to
 * clients that ask for it (Accept-Encoding), through @fastify/compress;
 * the staff app's built assets are compressed once at build time instead
 * (vite-assets.ts) and served as they are (spa.ts), so this leaves them be.
 *
 * A compressed answer is another representation of the same page, so its
 * ETag is made weak (W/"…"): a strong validator would claim the bytes are
 * the same as the plain answer's. The public page cache compares weakly
 * (src/server/public/respond.ts), so a browser's If-None-Match still gets 304.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, onSendHookHandler } from 'fastify';

/** Smaller answers fit in a packet or two anyway; compressing them costs more than it saves. */
export const COMPRESS_THRESHOLD = 1024;

const weakenEtagWhenEncoded: onSendHookHandler = async (_req, reply, payload) => {
  const etag = reply.getHeader('etag');
  if (typeof etag === 'string' && etag.startsWith('"') && reply.getHeader('content-encoding'))
    reply.header('etag', `W/${etag}`);
  return payload;
};

/** Register before the routes: @fastify/compress adds itself to each route as it is declared. */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: COMPRESS_THRESHOLD, encodings: ['br', 'gzip'] });
  // Added after @fastify/compress's own hook on each route, so it sees the encoding that hook chose.
  app.addHook('onRoute', (route) => {
    const own = route.onSend ? [route.onSend].flat() : [];
    route.onSend = [...own, weakenEtagWhenEncoded];
  });
}
