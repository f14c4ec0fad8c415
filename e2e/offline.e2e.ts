/**
 * Journeys without coverage (issue 16): the community police officer logs
 * three activities with no connection, reloads the app while still offline
 * (it opens from the service worker), and once the connection returns exactly
 * three activities are stored and the progress has moved; the same while the
 * server answers 503 for a while, including an answer lost after the server
 * had stored the activity. An entry the server refuses for good (the promise
 * was closed meanwhile) stays on the phone with the reason and can be
 * removed; signing out clears the phone, and a shared phone never shows one
 * person's waiting entries to another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
  startServer,
  waitForH1,
  WCAG_22_AA,
  type Server,
} from './support.ts';
import type { Client } from '../test/helpers.ts';
import { apiClient, COORDINATOR, kalixDocument, OFFICER, publishedSet, today } from './work-support.ts';

const PATROLS = 'Gå fotpatrull i Kalix centrum varje vecka.';
const TALKS = 'Träffa föreningarna i Töre varje månad.';
const CLOSING = 'Besöka skolgårdarna i Risögrund varje månad.';

let server: Server;
let browser: Browser;
let setId: string;
let closingSetId: string;
/**
 * The coordinator's API session, signed in once for the whole file: every sign-in counts against the server's
 * limit per address (30 in 15 minutes, shared with the phones' own sign-ins), and a sign-in per figure read made
 * the last test of the file hit it now and then (429), depending on how often a poll before it asked.
 */
let coordinator: Client;
const ids = new Map<string, string>();

const weekly = (unit: string | null) => ({
  kind: 'count',
  count: 10,
  atLeast: true,
  max: null,
  per: 'year',
  every: 1,
  average: false,
  unit,
});

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const year = today().slice(0, 4);
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const set = await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix utan täckning',
      [
        { text: PATROLS, target: weekly('patruller') },
        { text: TALKS, target: weekly(null) },
      ],
      period,
    ),
  );
  const closing = await publishedSet(
    server,
    kalixDocument('Medborgarlöfte Risögrund', [{ text: CLOSING, target: weekly(null) }], period),
  );
  coordinator = await apiClient(server, COORDINATOR);
  setId = set.id;
  closingSetId = closing.id;
  for (const c of [...set.focusAreas[0]!.commitments, ...closing.focusAreas[0]!.commitments]) ids.set(c.text, c.id);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  return { context, page: await context.newPage() };
}

/** Signed in on quick entry, with the service worker installed and in control (the app shell is kept). */
async function readyOffline(page: Page, email = OFFICER): Promise<void> {
  await signIn(page, server.baseUrl, email);
  await page.goto(`${server.baseUrl}/app/aktiviteter`);
  await waitForH1(page, 'Aktiviteter');
  await page.getByRole('button', { name: new RegExp(`^${PATROLS}`) }).waitFor();
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

/** Signs in on a phone whose earlier session ended, then opens quick entry. */
async function signInHere(page: Page, email: string): Promise<void> {
  await page.goto(`${server.baseUrl}/app/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: /^(Översikt|Aktiviteter)$/u }).waitFor();
  await page.goto(`${server.baseUrl}/app/aktiviteter`);
  await waitForH1(page, 'Aktiviteter');
}

async function plusOne(page: Page, text: string, expected: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${text}`) }).tap();
  await page.getByRole('dialog', { name: text }).getByRole('button', { name: '+1 idag' }).tap();
  await page.getByRole('status').getByText(expected).waitFor();
}

/** The full form, offline: its page's code comes from the service worker. */
async function logWithForm(page: Page, text: string, quantity: string): Promise<void> {
  await page.getByRole('link', { name: 'Registrera med alla uppgifter' }).click();
  await waitForH1(page, 'Registrera aktivitet');
  await page.getByLabel('Åtagande').selectOption({ label: text });
  await page.getByLabel('Antal', { exact: true }).fill(quantity);
  await page.getByRole('button', { name: 'Spara aktiviteten' }).click();
  await waitForH1(page, 'Aktiviteter');
  await page.getByText('Aktiviteten är sparad på telefonen och skickas när uppkopplingen kommer tillbaka.').waitFor();
}

async function doneToDate(commitment: string): Promise<number> {
  const res = await coordinator.request('GET', `/api/v1/promise-sets/${setId}/progress`);
  expect(res.statusCode).toBe(200);
  const body = res.json() as { commitments: { id: string; doneToDate: number }[] };
  return body.commitments.find((c) => c.id === ids.get(commitment))!.doneToDate;
}

/** How many activities the server has stored today for the commitment. */
async function storedToday(text: string): Promise<number> {
  const query = `?commitmentId=${ids.get(text)}&from=${today()}&to=${today()}`;
  const res = await coordinator.request('GET', `/api/v1/activities${query}`);
  expect(res.statusCode).toBe(200);
  return (res.json() as { activities: unknown[] }).activities.length;
}

async function keptOnPhone(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lofte-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('waiting')) return resolve(0);
          const names = ['waiting', 'commitments', 'session'];
          const tx = db.transaction(names);
          let total = 0;
          let left = names.length;
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => {
              total += count.result;
              if (--left === 0) resolve(total);
            };
          }
        };
      }),
  );
}

/**
 * No connection at all: Chromium's offline emulation, and every API request (the page's and the worker's)
 * refused the way a phone without coverage refuses it, in case the emulation lets one through.
 */
async function offline(context: BrowserContext): Promise<void> {
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
  await context.setOffline(true);
}

async function online(context: BrowserContext): Promise<void> {
  await context.unrouteAll();
  await context.setOffline(false);
}

describe('quick entry without coverage', () => {
  it('keeps three activities on the phone, opens again offline, and sends them exactly once', async () => {
    const { context, page } = await phone();
    await readyOffline(page);
    const before = await doneToDate(PATROLS);

    await context.setOffline(true);
    await plusOne(page, PATROLS, 'Sparat på telefonen: 1 aktivitet idag (totalt 1 idag, varav 1 inte skickade än).');
    await plusOne(page, PATROLS, 'Sparat på telefonen: 1 aktivitet idag (totalt 2 idag, varav 2 inte skickade än).');
    await logWithForm(page, TALKS, '2');
    await page.getByRole('status').getByText('3 aktiviteter väntar på att skickas.').waitFor();
    const button = page.getByRole('button', { name: new RegExp(`^${PATROLS}`) });
    await button.getByText('2 idag', { exact: true }).waitFor();
    await button.getByText('2 väntar på att skickas').waitFor();

    await page.reload();
    await waitForH1(page, 'Aktiviteter');
    await page.getByRole('status').getByText('3 aktiviteter väntar på att skickas.').waitFor();
    const waiting = page.getByRole('region', { name: 'Väntar på att skickas' });
    expect(await waiting.getByRole('listitem').count()).toBe(3);
    expect(await waiting.getByText('Inte skickad').count()).toBe(3);
    await button.getByText('2 väntar på att skickas').waitFor();
    expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);
    expect(await storedToday(PATROLS)).toBe(0);

    await context.setOffline(false);
    await waiting.waitFor({ state: 'detached' });
    await button.getByText('2 väntar på att skickas').waitFor({ state: 'detached' });
    await button.getByText('2 idag', { exact: true }).waitFor();
    expect(await storedToday(PATROLS)).toBe(2);
    expect(await storedToday(TALKS)).toBe(1);
    expect(await doneToDate(PATROLS)).toBe(before + 2);
    await context.close();
  });

  it('waits out a server answering 503, and a lost answer does not store twice', async () => {
    const { context, page } = await phone();
    await readyOffline(page);
    const before = await storedToday(TALKS);
    let down = true;
    let posts = 0;
    await context.route('**/api/**', async (route) => {
      if (!down) return route.continue();
      // The first activity reaches the server and is stored, but its answer is lost on the way back.
      if (route.request().method() === 'POST' && ++posts === 1) await route.fetch();
      return route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' });
    });

    await plusOne(page, TALKS, 'Sparat på telefonen: 1 aktivitet idag (totalt 3 idag, varav 1 inte skickade än).');
    await plusOne(page, TALKS, 'Sparat på telefonen: 1 aktivitet idag (totalt 4 idag, varav 2 inte skickade än).');
    await logWithForm(page, TALKS, '3');
    expect(await storedToday(TALKS)).toBe(before + 1);
    await page.reload();
    await page.getByRole('status').getByText('3 aktiviteter väntar på att skickas.').waitFor();
    await page.getByRole('button', { name: 'Skicka nu' }).click();
    await page.getByText('Servern gick inte att nå. Aktiviteterna väntar kvar och skickas senare.').waitFor();

    down = false;
    await page.getByRole('button', { name: 'Skicka nu' }).click();
    await page.getByRole('status').getByText('3 väntande aktiviteter är skickade.').waitFor();
    expect(await storedToday(TALKS)).toBe(before + 3);
    await context.close();
  });

  it('explains a refusal that sending again will not change, keeps the entry until removed, and signing out clears the phone', async () => {
    const { context, page } = await phone();
    await readyOffline(page);
    await context.setOffline(true);
    await plusOne(page, CLOSING, 'Sparat på telefonen: 1 aktivitet idag (totalt 1 idag, varav 1 inte skickade än).');
    expect((await coordinator.request('POST', `/api/v1/promise-sets/${closingSetId}/close`)).statusCode).toBe(200);

    await context.setOffline(false);
    const refused = page.getByRole('region', { name: 'Kunde inte skickas' });
    await refused.getByText('Medborgarlöftet har avslutats sedan aktiviteten loggades', { exact: false }).waitFor();
    await refused.getByText(CLOSING).waitFor();
    await refused.getByRole('link', { name: /^Ändra aktiviteten/ }).waitFor();
    expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);

    await refused.getByRole('button', { name: /^Ta bort aktiviteten/ }).click();
    await page.getByRole('dialog', { name: 'Bekräfta' }).getByRole('button', { name: 'Ta bort' }).click();
    await page.getByText('Aktiviteten är borttagen från telefonen.').waitFor();
    await refused.waitFor({ state: 'detached' });

    // Something still waits: signing out asks first, then nothing of anyone stays on the phone.
    await context.setOffline(true);
    await plusOne(page, PATROLS, 'Sparat på telefonen: 1 aktivitet idag (totalt 3 idag, varav 1 inte skickade än).');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    const confirm = page.getByRole('dialog', { name: 'Bekräfta' });
    await confirm.getByText('1 aktivitet har inte skickats än').waitFor();
    await confirm.getByRole('button', { name: 'Logga ut' }).click();
    await waitForH1(page, 'Logga in');
    expect(await keptOnPhone(page)).toBe(0);
    // The server did not hear the sign-out: the next opening ends its session before anyone uses it.
    await context.setOffline(false);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    await waitForH1(page, 'Logga in');
    await page.reload();
    await waitForH1(page, 'Logga in');
    expect(await storedToday(PATROLS)).toBe(2);
    expect(await storedToday(CLOSING)).toBe(0);
    await context.close();
  });

  it('never shows one person’s waiting entries to another on a shared phone, and sends them when their owner is back', async () => {
    const { context, page } = await phone();
    await readyOffline(page);
    const before = await storedToday(TALKS);
    await context.setOffline(true);
    await plusOne(page, TALKS, 'Sparat på telefonen:');
    // The officer's session ends without signing out (it expired); the coordinator signs in on the same phone.
    await context.clearCookies();
    await context.setOffline(false);
    await signInHere(page, COORDINATOR);
    await page.getByRole('button', { name: new RegExp(`^${TALKS}`) }).waitFor();
    expect(await page.getByText('väntar på att skickas').count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Väntar på att skickas' }).count()).toBe(0);
    expect(await storedToday(TALKS)).toBe(before);

    await context.clearCookies();
    await signInHere(page, OFFICER);
    await expect.poll(() => storedToday(TALKS), { timeout: 15_000 }).toBe(before + 1);
    await context.close();
  });

  it('sends from the service worker when the connection returns with the app closed (background sync)', async () => {
    const { context, page } = await phone();
    await readyOffline(page);
    const before = await storedToday(TALKS);
    await context.setOffline(true);
    await plusOne(page, TALKS, 'Sparat på telefonen:');
    // The app is left: only the worker can send now.
    await page.goto('about:blank');
    // Chromium's offline emulation does not always hold back a request already on its way, so the server may
    // have the entry already; what must hold is that the worker sends it once the connection is back, and that
    // it is stored once (the Idempotency-Key), never twice.
    let fromWorker = 0;
    context.on('request', (r) => {
      if (r.serviceWorker() && r.method() === 'POST' && r.url().endsWith('/api/v1/activities')) fromWorker++;
    });
    await context.setOffline(false);
    await expect.poll(() => fromWorker, { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => storedToday(TALKS), { timeout: 15_000 }).toBe(before + 1);
    await context.close();
  });

  it('opens the start page offline from its links, after a reload, and at /app without the slash', async () => {
    const { context, page } = await phone();
    await signIn(page, server.baseUrl, OFFICER);
    // Signing in leads to the start page's own address, with the slash, which the service worker answers offline.
    expect(page.url()).toBe(`${server.baseUrl}/app/`);
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return navigator.serviceWorker.controller !== null;
    });
    // Opened once with the worker in control, the overview's code is kept for offline.
    await page.reload();
    await waitForH1(page, 'Översikt');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const links = [
      nav.getByRole('link', { name: 'Översikt' }),
      page.getByRole('banner').getByRole('link', { name: 'Medborgarlöften', exact: true }),
    ];
    for (const link of links) expect(await link.getAttribute('href')).toBe('/app/');

    await context.setOffline(true);
    for (const link of links) {
      await nav.getByRole('link', { name: 'Aktiviteter' }).click();
      await waitForH1(page, 'Aktiviteter');
      await link.click();
      await waitForH1(page, 'Översikt');
      await page.reload();
      await waitForH1(page, 'Översikt');
      expect(page.url()).toBe(`${server.baseUrl}/app/`);
    }
    // A bookmark or a link from elsewhere to /app, no slash: the app opens, at the start page's address.
    await page.goto(`${server.baseUrl}/app`);
    await waitForH1(page, 'Översikt');
    expect(page.url()).toBe(`${server.baseUrl}/app/`);
    await nav.getByRole('link', { name: 'Aktiviteter' }).waitFor();
    // An address that only begins like the app's is not the app: the worker leaves it to the (absent) network.
    await expect(page.goto(`${server.baseUrl}/applikation`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);

    await context.setOffline(false);
    const other = await page.goto(`${server.baseUrl}/applikation`);
    expect(other?.status()).toBe(404);
    await waitForH1(page, 'Sidan finns inte');
    await context.close();
  });

  it('on a phone with the worker from before (scope /app/), moves to the one worker under /app and still opens offline', async () => {
    const { context, page } = await phone();
    await readyOffline(page);
    const workers = () =>
      page.evaluate(async () => ({
        scopes: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname).sort(),
        keptFor: (await caches.keys())
          .filter((c) => c.startsWith('workbox-precache'))
          .map((c) => new URL(c.replace(/^.*?http/, 'http')).pathname),
      }));
    // What a phone had before the scope became /app: the same worker registered under /app/, with its own files.
    await page.evaluate(async () => {
      const old = await navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' });
      while (!old.active) await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect((await workers()).scopes).toEqual(['/app', '/app/']);

    // The next opening drops the old registration, the one after that (no page served by it) its files.
    await page.reload();
    await waitForH1(page, 'Aktiviteter');
    await expect.poll(async () => (await workers()).scopes).toEqual(['/app']);
    await page.reload();
    await waitForH1(page, 'Aktiviteter');
    await expect.poll(async () => (await workers()).keptFor).toEqual(['/app']);

    await context.setOffline(true);
    await page.reload();
    await waitForH1(page, 'Aktiviteter');
    await page.getByRole('button', { name: new RegExp(`^${PATROLS}`) }).waitFor();
    await context.close();
  });

  it('counts the waiting entries in the overview’s progress, marked as not yet sent, until they are sent', async () => {
    const { context, page } = await phone();
    await readyOffline(page);
    const before = await doneToDate(PATROLS);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Översikt' }).click();
    await waitForH1(page, 'Översikt');
    const card = page.locator('li.commitment-card', { hasText: PATROLS });
    const progress = card.locator('.progress-text');
    await progress.getByText(new RegExp(`^${before} av 10 patruller`)).waitFor();

    await nav.getByRole('link', { name: 'Aktiviteter' }).click();
    await waitForH1(page, 'Aktiviteter');
    // No connection, for the page and the worker alike: Chromium's offline emulation has let a request through
    // now and then (see the background sync test), which would store an entry this test counts as waiting.
    await offline(context);
    // Each tap's own message (the second is not the first one still shown): the entry is on the phone.
    await plusOne(
      page,
      PATROLS,
      /^Sparat på telefonen: 1 aktivitet idag \(totalt \d+ idag, varav 1 inte skickade än\)\.$/,
    );
    await plusOne(
      page,
      PATROLS,
      /^Sparat på telefonen: 1 aktivitet idag \(totalt \d+ idag, varav 2 inte skickade än\)\.$/,
    );
    await nav.getByRole('link', { name: 'Översikt' }).click();
    await waitForH1(page, 'Översikt');
    await progress.getByText(new RegExp(`^${before + 2} av 10 patruller`)).waitFor();
    await progress.getByText('(varav 2 väntar på telefonen på att skickas)').waitFor();
    expect(await axeViolations(page, WCAG_22_AA)).toEqual([]);
    // Opened once, the overview's code was kept by the service worker: it opens again offline.
    await page.goto(`${server.baseUrl}/app/`);
    await waitForH1(page, 'Översikt');
    expect(await doneToDate(PATROLS)).toBe(before);

    // Sent when the connection returns: both stored, once each, and the page shows the same number, no longer
    // marked as waiting. (The overview reloaded offline shows its figures only once the server answers, so
    // "no longer marked" is asserted on the figure itself, not as something that merely is not there yet.)
    await online(context);
    await expect.poll(() => doneToDate(PATROLS), { timeout: 15_000 }).toBe(before + 2);
    await progress
      .filter({ hasText: new RegExp(`^${before + 2} av 10 patruller`), hasNotText: 'väntar på telefonen' })
      .waitFor({ timeout: 15_000 });
    expect(await doneToDate(PATROLS)).toBe(before + 2);
    await context.close();
  });
});
