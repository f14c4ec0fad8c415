/**
 * The service worker (src/web/sw.ts, built to /app/sw.js): registered once
 * the page has loaded, so it never competes with the first load. It keeps
 * the app shell for opening without a connection and sends waiting entries
 * when the browser's background sync says the connection is back.
 */

/** The background sync tag and the worker's message after it sent something; shared with sw.ts. */
export const SYNC_TAG = 'lofte-send-waiting';
export const WAITING_CHANGED = 'lofte-waiting-changed';

interface SyncManager {
  register(tag: string): Promise<void>;
}

export function registerServiceWorker(onWaitingChanged: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if (event.data === WAITING_CHANGED) onWaitingChanged();
  });
  const register = () => {
    navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch(() => {
      // No worker (e.g. `npx vite` during development): the app works, only not offline.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Where the browser has background sync, it wakes the worker when the connection returns, even with the app closed. */
export async function askForBackgroundSync(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    const registration = await navigator.serviceWorker.getRegistration('/app/');
    const sync = (registration as (ServiceWorkerRegistration & { sync?: SyncManager }) | undefined)?.sync;
    await sync?.register(SYNC_TAG);
  } catch {
    // Not allowed or not there: the app sends at its next opening or when it sees the connection return.
  }
}
