/**
 * Rendered public pages live in the database (public_page_cache), so every
 * app process shares them. A row is served only while its etag equals the
 * version stamp of the data behind the page; stamp and row come from ONE
 * call of public_page_lookup (src/db/sql/public-pages.ts), which reads the
 * published promise sets of the scope, their activities' count and newest
 * change (from an index), their follow-ups, the organisations shown and
 * their public page versions (raised by whatever else a page shows changing:
 * queries/versions.ts). Today's date
 * (progress is counted up to today) and a fingerprint of the render code
 * are mixed in, so a new day or a deploy renders afresh.
 */
import type { Deps } from '../deps.ts';
import { buildIdentity } from '../build-stamp.ts';
import { todayOf } from './published.ts';
import { deletePagesByPrefix, pageLookup, storePage } from './queries/pages.ts';

/** Whose data a page shows: one kommun (by slug or kommunkod), the kommuner of one LPO (by slug), or all. */
export type StampScope =
  | { kind: 'kommun'; slug: string }
  | { kind: 'kommunCode'; code: string }
  | { kind: 'lpo'; slug: string }
  | { kind: 'national' };

export interface CacheLookup {
  etag: string;
  lastModified: Date | null;
  /** The cached body when it was rendered from the data as it is now. */
  body: Buffer | null;
  contentType: string | null;
}

const refOf = (scope: StampScope): string =>
  scope.kind === 'kommunCode' ? scope.code : scope.kind === 'national' ? '' : scope.slug;

export async function lookupCached(deps: Deps, key: string, scope: StampScope): Promise<CacheLookup> {
  const salt = `${buildIdentity()}|${todayOf(deps)}`;
  const row = await pageLookup(deps.db, key, scope.kind, refOf(scope), salt);
  return {
    etag: row.etag,
    lastModified: row.last_modified === null ? null : new Date(row.last_modified),
    body: row.body === null ? null : Buffer.from(row.body, row.base64 ? 'base64' : 'utf8'),
    contentType: row.content_type,
  };
}

export async function storeCached(
  deps: Deps,
  key: string,
  lookup: CacheLookup,
  contentType: string,
  body: Buffer,
): Promise<void> {
  const binary = !/^(text\/|application\/(json|atom\+xml|xml))/.test(contentType);
  const values = {
    etag: lookup.etag,
    content_type: contentType,
    body: body.toString(binary ? 'base64' : 'utf8'),
    base64: binary,
    last_modified: lookup.lastModified,
    created_at: deps.now(),
  };
  await storePage(deps.db, key, values);
}

interface Waiter {
  resolve: (r: CacheLookup) => void;
  reject: (e: unknown) => void;
}
interface Queue {
  waiters: Waiter[];
  running: boolean;
}

const queues = new WeakMap<Deps, Map<string, Queue>>();

/**
 * lookupCached for many simultaneous requests of one page: requests that
 * arrive while a lookup runs wait for the NEXT lookup, which starts after
 * they arrived, and share it. Every answer is as fresh as if each request
 * had made its own lookup, yet a burst of 100 requests costs a few queries
 * instead of 100. Nothing outlives the requests waiting for it.
 */
export function lookupShared(deps: Deps, key: string, scope: StampScope): Promise<CacheLookup> {
  let byKey = queues.get(deps);
  if (!byKey) queues.set(deps, (byKey = new Map()));
  let queue = byKey.get(key);
  if (!queue) byKey.set(key, (queue = { waiters: [], running: false }));
  const promise = new Promise<CacheLookup>((resolve, reject) => queue.waiters.push({ resolve, reject }));
  if (!queue.running) {
    queue.running = true;
    // Start after the requests already read from the network have queued too (PGlite runs in this thread).
    setImmediate(() => void drain(deps, key, scope, byKey, queue));
  }
  return promise;
}

async function drain(
  deps: Deps,
  key: string,
  scope: StampScope,
  byKey: Map<string, Queue>,
  queue: Queue,
): Promise<void> {
  while (queue.waiters.length) {
    const batch = queue.waiters.splice(0);
    try {
      const result = await lookupCached(deps, key, scope);
      for (const w of batch) w.resolve(result);
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
    if (queue.waiters.length) await new Promise((resolve) => setImmediate(resolve));
  }
  queue.running = false;
  byKey.delete(key);
}

/**
 * Deletes the stored pages that show these kommuner: their own pages (by
 * slug and kommunkod) and the pages that sum up several kommuner (their
 * LPOs', Sverige). The version stamp already keeps such pages from being served
 * once their data changed; deleting them at once frees the space and spares
 * the next reader a lookup that can only miss. Keys are written in
 * src/server/public/*-routes.ts.
 */
export async function forgetCachedPages(
  deps: Deps,
  kommuner: { slug: string | null; code: string | null }[],
  lpoSlugs: (string | null)[],
) {
  const prefixes = ['/sverige?', ...lpoSlugs.filter((s) => s !== null).map((s) => `/lpo/${s}?`)];
  for (const k of kommuner) {
    if (k.slug) prefixes.push(`/kommun/${k.slug}/`, `/kommun/${k.slug}?`, `/inbaddning/kommun/${k.slug}?`);
    if (k.code) prefixes.push(`/oppna-data/kommun/${k.code}/`);
  }
  return deletePagesByPrefix(deps.db, prefixes);
}
