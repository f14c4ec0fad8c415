/**
 * The staff app's service worker (built by vite-plugin-pwa with Workbox,
 * pwa.config.ts). At install it keeps the app shell and what quick entry
 * and the full activity form need, with every font and icon, listed at
 * build time, so the app opens and logs without a connection: a page of the
 * app (/app/…) the server does not answer is answered with the kept
 * index.html. Any other script or style of the build (hashed, so never
 * changed) is kept the first time a page uses it, so a page opened once
 * opens again offline, and a phone never downloads the whole app at once.
 * The API is never cached here: the signed-in user's commitments and waiting
 * entries live in IndexedDB under the user's id (offline/store.ts).
 * On a background sync it sends the waiting entries of whoever is signed in,
 * with the session's CSRF token kept beside them, and tells open pages.
 * Its scope is /app (offline/register.ts), so /app without the slash opens
 * offline too; that scope also covers any /app… path (/apple-touch-icon.png),
 * which the worker leaves alone.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { APP_PATH, isAppPath, SYNC_TAG, WAITING_CHANGED } from './offline/register.ts';
import { sendWaiting } from './offline/send.ts';
import { savedSession } from './offline/store.ts';

interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
}
interface SyncEvent extends ExtendableEvent {
  tag: string;
}
interface WorkerScope {
  __WB_MANIFEST: Array<string | { url: string; revision: string | null }>;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options?: {
      type?: 'window';
      includeUncontrolled?: boolean;
    }): Promise<{ postMessage(m: unknown): void }[]>;
  };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'sync', listener: (event: SyncEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

declare const self: WorkerScope;

/**
 * Only the app itself (/app and what is under /app/) is answered here:
 * anything else, such as /apple-touch-icon.png or the API, goes to the
 * network as if there were no worker. Added before Workbox's listeners, so
 * stopping it here means none of them sees the request.
 */
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== location.origin || !isAppPath(url.pathname)) event.stopImmediatePropagation();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** Scripts and styles kept when first used; emptied when a new build's worker takes over (new names). */
const USED_ASSETS = 'lofte-used-assets';

async function keptWhenUsed(request: Request): Promise<Response> {
  const cache = await caches.open(USED_ASSETS);
  const kept = await cache.match(request);
  if (kept) return kept;
  const answer = await fetch(request);
  if (answer.ok) await cache.put(request, answer.clone());
  return answer;
}

registerRoute(
  ({ url }) => url.origin === location.origin && /^\/app\/assets\/[^/]+\.(?:js|css)$/.test(url.pathname),
  ({ request }) => keptWhenUsed(request),
);
const shell = createHandlerBoundToURL('/app/index.html');
/** How long a page waits for the server before the kept shell opens instead (a connection that barely works). */
const PAGE_WAIT_MS = 4000;

/**
 * Pages from the server while it answers (its answer may carry more than
 * the shell, such as quick entry's preloads), the kept shell when there is
 * no answer within PAGE_WAIT_MS or the server is not working (5xx).
 */
registerRoute(
  new NavigationRoute(
    async (options) => {
      const waited = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), PAGE_WAIT_MS));
      const answer = await Promise.race([fetch(options.request).catch(() => undefined), waited]);
      return answer && answer.status < 500 ? answer : shell(options);
    },
    { allowlist: [APP_PATH] },
  ),
);

// A new build's worker takes over at once: the kept shell is never older than the server's API.
self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) =>
  event.waitUntil(caches.delete(USED_ASSETS).then(() => self.clients.claim())),
);

async function sendFromWorker(): Promise<void> {
  const session = await savedSession();
  if (!session) return;
  const report = await sendWaiting(session.user.id, session.csrfToken);
  if (report.sent || report.refused) {
    for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
      client.postMessage(WAITING_CHANGED);
  }
  // Still unreachable: failing the sync makes the browser try again later.
  if (report.waiting) throw new Error('waiting entries remain');
}

self.addEventListener('sync', (event) => {
  if (event.tag === SYNC_TAG) event.waitUntil(sendFromWorker());
});
