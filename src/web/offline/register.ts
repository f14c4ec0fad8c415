/**
 * The service worker (src/web/sw.ts, built to /app/sw.js): registered once
 * the page has loaded, so it never competes with the first load. It keeps
 * the app shell for opening without a connection and sends waiting entries
 * when the browser's background sync says the connection is back.
 *
 * Its scope is /app, not /app/, so the address /app (no slash) also opens
 * offline; the server allows that wider scope (Service-Worker-Allowed,
 * src/server/spa-offline.ts). A phone that still has the worker registered
 * under /app/ (before this scope) drops that registration and its kept
 * files once the new one has taken over.
 */

/** The background sync tag and the worker's message after it sent something; shared with sw.ts. */
export const SYNC_TAG = 'lofte-send-waiting';
export const WAITING_CHANGED = 'lofte-waiting-changed';

const SCOPE = '/app';
const OLD_SCOPE = '/app/';

/** The staff app's own paths: /app and everything under /app/ (the scope /app also covers /apple…, which is not). */
export const APP_PATH = /^\/app(?:\/|$)/;
export const isAppPath = (pathname: string): boolean => APP_PATH.test(pathname);

interface SyncManager {
  register(tag: string): Promise<void>;
}

export function registerServiceWorker(onWaitingChanged: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if (event.data === WAITING_CHANGED) onWaitingChanged();
  });
  const register = () => {
    navigator.serviceWorker
      .register('/app/sw.js', { scope: SCOPE })
      .then(dropOldScope)
      .catch(() => {
        // No worker (e.g. `npx vite` during development): the app works, only not offline.
      });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Resolves once the registration's worker is active (at once when it already is). */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  if (registration.active) return Promise.resolve();
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const changed = () => {
      if (worker.state !== 'activated' && worker.state !== 'redundant') return;
      worker.removeEventListener('statechange', changed);
      resolve();
    };
    worker.addEventListener('statechange', changed);
  });
}

/**
 * The registration under /app/ from before the scope became /app: it would go
 * on answering every page under /app/ (the longer scope wins), so once the new
 * worker is active it is dropped; the files it kept are deleted once no page
 * is served by it any more (from the next opening on).
 */
async function dropOldScope(registration: ServiceWorkerRegistration): Promise<void> {
  await activated(registration);
  // Not installed (say the connection went during its first download): the old worker stays until it is.
  if (!registration.active) return;
  const old = new URL(OLD_SCOPE, location.origin).href;
  for (const r of await navigator.serviceWorker.getRegistrations()) if (r.scope === old) await r.unregister();
  if (navigator.serviceWorker.controller !== registration.active) return;
  for (const name of await caches.keys())
    if (name.startsWith('workbox-') && name.endsWith(old)) await caches.delete(name);
}

/** Where the browser has background sync, it wakes the worker when the connection returns, even with the app closed. */
export async function askForBackgroundSync(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    const registration = await navigator.serviceWorker.getRegistration(SCOPE);
    const sync = (registration as (ServiceWorkerRegistration & { sync?: SyncManager }) | undefined)?.sync;
    await sync?.register(SYNC_TAG);
  } catch {
    // Not allowed or not there: the app sends at its next opening or when it sees the connection return.
  }
}
