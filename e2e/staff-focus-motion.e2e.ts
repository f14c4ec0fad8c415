/**
 * What a keyboard, screen-reader or low-vision user meets in the staff app
 * beyond what axe sees (issue 18): after creating a follow-up or a dialogue
 * focus is on the new page's h1 and the "done" notice is announced (its text
 * arrives in a live region that was already in the page); after "+1 idag"
 * the focused commitment button is on the screen; the quick-entry buttons
 * show a commitment's whole text at 200 % text size; the bottom sheet does
 * not slide under prefers-reduced-motion.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPage, signIn, startServer, waitForH1, type Server } from './support.ts';
import { COORDINATOR, kalixDocument, OFFICER, publishedSet, today, type StoredSet } from './work-support.ts';

const LONG =
  'Genomföra gemensamma trygghetsskapande kvällsvandringar med föreningar, fältassistenter och grannsamverkan i centrum, vid busstationen och i Strandparken, med återkoppling till de boende efter varje vandring.';
const SHORT = [
  'Genomföra trafikkontroller i Kalix centrum.',
  'Besöka skolorna i Kalix varje månad.',
  'Hålla öppet hus på polisstationen.',
  'Delta i föräldramöten på högstadiet.',
  'Genomföra nattvandring med föreningar.',
  'Kontrollera mopeder vid fritidsgården.',
];

let server: Server;
let browser: Browser;
let set: StoredSet;
// Tertial 1 can be followed up once it has ended (after 30 April): before May, last year's.
const thisYear = today().slice(0, 4);
const year = String(Number(thisYear) - (today().slice(5, 7) <= '04' ? 1 : 0));

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  set = await publishedSet(
    server,
    kalixDocument(
      'Medborgarlöfte Kalix',
      [...SHORT, LONG].map((text) => ({ text })),
      {
        from: `${year}-01-01`,
        to: `${thisYear}-12-31`,
      },
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Records the text that arrives in a live region already in the page: what a screen reader announces. A
 * region that is inserted together with its text is usually not announced, so that text is not recorded.
 */
async function listenToLiveRegions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { announced: string[] };
    w.announced = [];
    const known = new WeakSet<Element>();
    const selector = '[role="status"], [role="alert"], [aria-live]';
    new MutationObserver((records) => {
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = target?.closest(selector);
        if (!region || !known.has(region)) continue;
        const text = [...r.addedNodes]
          .map((n) => n.textContent ?? '')
          .join(' ')
          .trim();
        if (text) w.announced.push(text);
      }
      for (const e of document.querySelectorAll(selector)) known.add(e);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

function announced(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { announced: string[] }).announced);
}

function focusedH1(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    document.activeElement?.matches('main h1') ? (document.activeElement.textContent ?? '') : null,
  );
}

async function coordinatorPage(): Promise<Page> {
  const page = await newPage(browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await listenToLiveRegions(page);
  await signIn(page, server.baseUrl, COORDINATOR);
  return page;
}

async function phone(options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    ...options,
  });
}

describe('after creating, focus is on the new page and the notice is announced', () => {
  it('a follow-up: "Uppföljningen är gjord" on its page', async () => {
    const page = await coordinatorPage();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).click();
    await waitForH1(page, 'Uppföljning');
    await page.getByLabel('Intervall').selectOption({ label: 'Tertial' });
    await page.getByLabel('År').selectOption(year);
    await page.getByLabel('Period', { exact: true }).selectOption({ label: '1 (jan–apr)' });
    await page.getByRole('button', { name: 'Gör uppföljningen' }).click();
    const heading = `Medborgarlöfte Kalix – Tertial 1 ${year}`;
    await waitForH1(page, heading);
    await page.getByRole('status').getByText('Uppföljningen är gjord och ifylld med utfallet.').waitFor();
    expect(await focusedH1(page)).toBe(heading);
    expect(await announced(page)).toContain('Uppföljningen är gjord och ifylld med utfallet.');
    await page.context().close();
  });

  it('a dialogue: "Dialogen är sparad" on its page', async () => {
    const page = await coordinatorPage();
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Dialog och enkäter' }).click();
    await waitForH1(page, 'Dialoger');
    await page.getByRole('link', { name: 'Registrera dialog' }).click();
    await waitForH1(page, 'Registrera dialog');
    expect(await focusedH1(page)).toBe('Registrera dialog');
    await page.getByLabel('Plats', { exact: true }).fill('Folkets hus');
    await page.getByLabel('Antal i grupp 1').fill('14');
    await page.getByRole('button', { name: 'Lägg till iakttagelse' }).click();
    const finding = page.getByRole('group', { name: 'Iakttagelse 1', exact: true });
    await finding.getByLabel('Vad sågs eller sades?').fill('Mopeder kör fort genom centrum');
    await finding.getByLabel('Problemkategori').selectOption({ label: 'Trafik' });
    await finding.getByLabel('Allvarlighet (1–5)').selectOption({ label: '3 – Märkbart' });
    await page.getByRole('button', { name: 'Spara dialogen' }).click();
    const heading = `Medborgardialog Folkets hus ${today()}`;
    await waitForH1(page, heading);
    await page.getByRole('status').getByText('Dialogen är sparad.').waitFor();
    expect(await focusedH1(page)).toBe(heading);
    expect(await announced(page)).toContain('Dialogen är sparad.');

    // Opening it again from the list: a detail page that loads its data before it has an h1.
    await page.getByRole('link', { name: 'Tillbaka till dialogerna' }).click();
    await waitForH1(page, 'Dialoger');
    await page.getByRole('link', { name: heading }).click();
    await waitForH1(page, heading);
    await page.waitForFunction(() => document.activeElement?.matches('main h1'));
    await page.context().close();
  });
});

describe('quick entry on a phone', () => {
  it('after "+1 idag" the focused commitment button is on the screen, below the message', async () => {
    const context = await phone();
    const page = await context.newPage();
    await signIn(page, server.baseUrl, OFFICER);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    const last = page.getByRole('button', { name: new RegExp(`^${SHORT[5]}`) });
    await last.waitFor();
    // The commitment at the bottom edge of the screen, as after scrolling down to it.
    await last.evaluate((e) => e.scrollIntoView({ block: 'end' }));
    await last.tap();
    await page.getByRole('button', { name: '+1 idag' }).tap();
    await page
      .getByRole('status')
      .getByText(/Sparat/u)
      .waitFor();
    await page.waitForFunction(() => document.activeElement?.classList.contains('quick-button'));
    const place = await page.evaluate(() => {
      const r = (document.activeElement as HTMLElement).getBoundingClientRect();
      return { text: document.activeElement?.textContent ?? '', top: r.top, bottom: r.bottom, height: innerHeight };
    });
    expect(place.text).toContain(SHORT[5]);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.bottom).toBeLessThanOrEqual(place.height);
    await context.close();
  });

  it('at 200 % text size a commitment button shows the whole text', async () => {
    const context = await phone();
    const page = await context.newPage();
    await signIn(page, server.baseUrl, OFFICER);
    // The browser's own text size setting: the default font size doubled, as a user sets it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    const button = page.getByRole('button', { name: new RegExp(`^${LONG.slice(0, 40)}`) });
    await button.waitFor();
    const shown = await button.locator('.quick-text').evaluate((e) => ({
      fontSize: Number.parseFloat(getComputedStyle(e).fontSize),
      clipped: e.scrollHeight > e.clientHeight + 1,
      text: (e.textContent ?? '').replace(/\s+/gu, ' '),
    }));
    expect(shown.fontSize).toBeGreaterThanOrEqual(30);
    expect(shown.clipped).toBe(false);
    expect(shown.text).toBe(LONG);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it.each([
    ['reduce', false],
    ['no-preference', true],
  ] as const)('the sheet slides in only without reduced motion (%s)', async (reducedMotion, slides) => {
    const context = await phone({ reducedMotion });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, OFFICER);
    await page.goto(`${server.baseUrl}/app/aktiviteter`);
    await page.getByRole('button', { name: new RegExp(`^${SHORT[0]}`) }).tap();
    await page.getByRole('button', { name: '+1 idag' }).waitFor();
    // The animation as styled (not as running: a 300 ms slide may be over before it is looked at).
    const animation = await page.locator('dialog.quick-sheet').evaluate((d) => getComputedStyle(d).animationName);
    if (slides) expect(animation).toContain('slide');
    else expect(animation).toBe('none');
    await context.close();
  });
});

// The set's commitments are what quick entry lists: a check that the scene is what the tests expect.
it('the scene: the officer has the set', () => {
  expect(set.focusAreas[0]?.commitments.map((c) => c.text)).toEqual([...SHORT, LONG]);
});
