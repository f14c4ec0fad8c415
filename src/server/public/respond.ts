/**
 * Answers for public pages: served from the database cache while the data
 * behind them is unchanged (one query), with ETag and Last-Modified; a
 * matching If-None-Match gets 304 without a body.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import { lookupShared, storeCached, type CacheLookup, type StampScope } from '../../app/public/cache.ts';

export const HTML = 'text/html; charset=utf-8';

/** Security headers (framing, CSP, nosniff) come from plugins/security-headers.ts, like every other answer's. */
export function sendHtml(reply: FastifyReply, body: string, status = 200): FastifyReply {
  return reply.status(status).header('content-type', HTML).send(body);
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === '*' || t === etag);
}

export interface Rendered {
  status?: number;
  contentType: string;
  body: string | Buffer;
}

export interface CachedOptions {
  key: string;
  scope: StampScope;
  /** Renders the page; a status other than 200 is sent as it is and not cached. */
  render: () => Promise<Rendered>;
  headers?: Record<string, string>;
}

/** Renders in flight, so simultaneous misses of one page render it once. */
const rendering = new Map<string, Promise<Rendered>>();

function renderOnce(deps: Deps, options: CachedOptions, lookup: CacheLookup): Promise<Rendered> {
  const id = `${options.key}|${lookup.etag}`;
  let job = rendering.get(id);
  if (!job) {
    job = (async () => {
      const page = await options.render();
      if ((page.status ?? 200) === 200) {
        const body = typeof page.body === 'string' ? Buffer.from(page.body, 'utf8') : page.body;
        await storeCached(deps, options.key, lookup, page.contentType, body);
        return { ...page, body };
      }
      return page;
    })().finally(() => rendering.delete(id));
    rendering.set(id, job);
  }
  return job;
}

/** The validators of one lookup, worked out once for every request that shares it. */
const validatorsOf = new WeakMap<CacheLookup, Record<string, string>>();

function validators(lookup: CacheLookup): Record<string, string> {
  let headers = validatorsOf.get(lookup);
  if (!headers) {
    headers = { etag: `"${lookup.etag}"`, 'cache-control': 'public, no-cache' };
    if (lookup.lastModified) headers['last-modified'] = lookup.lastModified.toUTCString();
    validatorsOf.set(lookup, headers);
  }
  return headers;
}

export async function sendCached(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  options: CachedOptions,
): Promise<FastifyReply> {
  const lookup = await lookupShared(deps, options.key, options.scope);
  if (options.headers) reply.headers(options.headers);
  const fresh =
    lookup.body && lookup.contentType
      ? { status: 200, contentType: lookup.contentType, body: lookup.body }
      : await renderOnce(deps, options, lookup);
  const status = fresh.status ?? 200;
  if (status !== 200) return reply.status(status).header('content-type', fresh.contentType).send(fresh.body);
  const own = validators(lookup);
  reply.headers(own);
  if (matches(req.headers['if-none-match'], own.etag!)) return reply.status(304).send();
  return reply.header('content-type', fresh.contentType).send(fresh.body);
}
