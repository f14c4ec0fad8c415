/**
 * A phone on a slow mobile network, for the browser tests and the bench
 * (issue 16): Chromium's own network throttling (DevTools protocol) with
 * DevTools' "Slow 4G" profile, and what opening quick entry costs: the time
 * until its buttons can be tapped, and every response with its encoding and
 * the bytes that crossed the network.
 */
import type { Page } from 'playwright-core';

export interface NetworkProfile {
  name: string;
  /** Added to every request's round trip, ms. */
  latencyMs: number;
  downloadBytesPerSecond: number;
  uploadBytesPerSecond: number;
}

/** Chromium DevTools' "Slow 4G" (formerly "Fast 3G"): 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up. */
export const SLOW_4G: NetworkProfile = {
  name: 'Chromium DevTools "Slow 4G": 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up',
  latencyMs: 562.5,
  downloadBytesPerSecond: (1.44 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (675 * 1024) / 8,
};

export interface Fetched {
  url: string;
  type: string;
  encoding: string | null;
  /** Bytes received over the network (headers and body as sent); 0 when it came from the browser's cache. */
  bytes: number;
  fromCache: boolean;
}

/** Turns on throttling for this page; without `cache` the browser fetches everything anew (a first visit). */
export async function throttle(page: Page, profile: NetworkProfile, options: { cache: boolean }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !options.cache });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadBytesPerSecond,
    uploadThroughput: profile.uploadBytesPerSecond,
  });
  const fetched = new Map<string, Fetched>();
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    fetched.set(e.requestId, {
      url: e.response.url,
      type: e.type,
      encoding: (headers['content-encoding'] as string | undefined) ?? null,
      bytes: 0,
      fromCache: Boolean(e.response.fromDiskCache || e.response.fromServiceWorker),
    });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const f = fetched.get(e.requestId);
    if (f) f.bytes = e.encodedDataLength;
  });
  return { fetched: () => [...fetched.values()] };
}

/** Records, in the page, when the first quick-entry button appears: performance.now() since the navigation began. */
export async function watchQuickEntry(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { quickEntryAt?: number };
    const seen = () => {
      if (w.quickEntryAt === undefined && document.querySelector('.quick-button')) w.quickEntryAt = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
}

/** Opens quick entry and waits for its buttons; returns ms from the start of navigation until they showed. */
export async function openQuickEntry(page: Page, baseUrl: string): Promise<number> {
  await page.goto(`${baseUrl}/app/aktiviteter`, { waitUntil: 'commit' });
  await page.locator('.quick-button').first().waitFor({ timeout: 60_000 });
  return page.evaluate(() => Math.round((window as unknown as { quickEntryAt: number }).quickEntryAt));
}

/** JavaScript and CSS bytes fetched, by what kind of file. */
export function assetBytes(fetched: readonly Fetched[]): { script: number; stylesheet: number; other: number } {
  const sum = { script: 0, stylesheet: 0, other: 0 };
  for (const f of fetched) {
    const kind = f.type === 'Script' ? 'script' : f.type === 'Stylesheet' ? 'stylesheet' : 'other';
    sum[kind] += f.bytes;
  }
  return sum;
}
