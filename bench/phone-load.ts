/**
 * Quick entry on a phone over a slow mobile network (issue 16): the real
 * server with the demo data and the built staff app, Debian's Chromium with
 * its network throttled to DevTools' "Slow 4G" (e2e/phone.ts), the demo
 * kommunpolis signed in. Times how long after opening /app/aktiviteter its
 * buttons can be tapped: on a first visit (nothing cached) and on a later
 * one (the hashed assets kept by the browser, only index.html and the API
 * asked again). The target is a first visit within 3 s. Also counts the
 * bytes that crossed the network, and whether scripts and styles came
 * compressed. Run `npm run build` first. Prints one JSON object.
 *
 *   node bench/phone-load.ts   (BENCH_RUNS=5 visits of each kind; the median is reported)
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { createDeps } from '../src/server/deps.ts';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/app/demo/seed.ts';
import { assetBytes, openQuickEntry, SLOW_4G, throttle, watchQuickEntry } from '../e2e/phone.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const OFFICER = 'kommunpolis.ostranorrbotten@demo.medborgarlofte.se';
const TARGET_MS = 3000;

if (!existsSync(new URL('../dist/web/.vite/chunks.json', import.meta.url))) {
  console.error('Personalappen är inte byggd: kör "npm run build" först (build the staff app first).');
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const deps = await createDeps(loadConfig({ DATA_DIR: 'memory://' }), { log: () => {} });
await seedDemo(deps);
const app = await buildApp(deps);
await app.listen({ port: 0, host: '127.0.0.1' });
const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});

async function visit(cache: boolean) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 390, height: 844 }, isMobile: true });
  const login = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { email: OFFICER, password: DEMO_PASSWORD },
  });
  if (!login.ok()) throw new Error(`sign-in failed: ${login.status()}`);
  const page = await context.newPage();
  await watchQuickEntry(page);
  if (cache) {
    // A visit before, unthrottled, fills the browser's cache as a phone that used the app yesterday.
    await openQuickEntry(page, baseUrl);
  }
  const network = await throttle(page, SLOW_4G, { cache });
  const usableMs = await openQuickEntry(page, baseUrl);
  const fetched = network.fetched();
  await context.close();
  const assets = fetched.filter((f) => f.type === 'Script' || f.type === 'Stylesheet');
  return {
    usableMs,
    requests: fetched.length,
    bytes: fetched.reduce((sum, f) => sum + f.bytes, 0),
    ...assetBytes(fetched),
    assetsCompressed: assets.filter((f) => f.bytes > 0).every((f) => f.encoding === 'br'),
  };
}

async function runs(cache: boolean) {
  const all = [];
  for (let i = 0; i < RUNS; i++) all.push(await visit(cache));
  return {
    ...all[Math.floor(all.length / 2)]!,
    usableMs: median(all.map((r) => r.usableMs)),
    runsMs: all.map((r) => r.usableMs),
  };
}

const firstVisit = await runs(false);
const laterVisit = await runs(true);
await browser.close();
await app.close();
await deps.db.destroy();
console.log(
  JSON.stringify(
    {
      name: 'phone-load',
      profile: SLOW_4G.name,
      page: '/app/aktiviteter (quick entry, signed in)',
      targetMs: TARGET_MS,
      firstVisit: { ...firstVisit, withinTarget: firstVisit.usableMs <= TARGET_MS },
      laterVisit,
    },
    null,
    2,
  ),
);
