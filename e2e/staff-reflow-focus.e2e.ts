/**
 * Every staff screen of the demo, walked the way a keyboard user moves
 * through the app (issue 18): the menu, the sub-menus and the first detail
 * page of each list, by client-side navigation. On each screen focus is on
 * the page's h1 once its content is shown (asserted from
 * document.activeElement), nothing scrolls sideways (WCAG 1.4.10 reflow:
 * document.documentElement.scrollWidth <= clientWidth) and axe-core finds
 * nothing against WCAG 2.2 AA. Walked twice: a 320 px wide phone, and a
 * 640 px wide window zoomed to 200 % (320 CSS px at device scale 2, which is
 * what Chromium's zoom does to the layout).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN,
  axeViolations,
  describeViolations,
  launchBrowser,
  signIn,
  startServer,
  WCAG_22_AA,
  type Server,
} from './support.ts';
import { seedDemoStory } from '../src/app/demo/story.ts';
import { DEMO_PASSWORD } from '../src/app/demo/seed.ts';
import { COORDINATOR, OFFICER } from './work-support.ts';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  await seedDemoStory(server.ctx.deps, DEMO_PASSWORD);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A screen: a path under /app, or the first link on the current page whose path matches `detail` (a detail page). */
type Step = { path: string } | { detail: string; next?: string[]; parts?: Record<string, string> };

const COORDINATOR_WALK: Step[] = [
  { path: '/loften' },
  { detail: `/loften/${UUID}`, next: ['/redigera', '/versioner'] },
  { path: '/loften/ny' },
  { path: '/loften/las-in' },
  { path: '/aktiviteter' },
  { path: '/aktiviteter/ny' },
  { path: '/aktiviteter/ladda-upp' },
  { path: '/aktiviteter/plan' },
  { path: '/dialog' },
  { detail: `/dialog/${UUID}` },
  { path: '/dialog/ny' },
  { path: '/dialog/trygghetsvandringar' },
  { detail: `/dialog/trygghetsvandringar/${UUID}` },
  { path: '/dialog/trygghetsvandringar/ny' },
  { path: '/dialog/atgarder' },
  { path: '/dialog/est' },
  { path: '/dialog/enkater' },
  {
    detail: `/dialog/enkater/${UUID}`,
    next: ['/fragor', '/index', '/pappersenkat', '/resultat', '/fritext'],
    // Each part of a survey is its own address under the survey's h1, its title naming the part.
    parts: {
      '/fragor': 'Frågor – ',
      '/index': 'Index och kategorier – ',
      '/pappersenkat': 'Pappersenkät – ',
      '/resultat': 'Resultat – ',
      '/fritext': 'Fritext – ',
    },
  },
  { path: '/dialog/statistik' },
  { path: '/dialog/omraden' },
  { path: '/lagesbild' },
  { path: '/lagesbild/metod' },
  { path: '/lagesbild/atgardsplan' },
  { path: '/uppfoljning' },
  { detail: `/uppfoljning/${UUID}` },
  { path: '/' },
];

/** The community police officer's own pages: quick entry with the demo's commitments, and the overview. */
const OFFICER_WALK: Step[] = [{ path: '/aktiviteter' }, { path: '/aktiviteter/ny' }, { path: '/' }];

const ADMIN_WALK: Step[] = [
  { path: '/admin/organisationer' },
  { detail: `/admin/organisationer/${UUID}` },
  { path: '/admin/organisationer/ny' },
  { path: '/admin/anvandare' },
  { detail: `/admin/anvandare/${UUID}` },
  { path: '/admin/anvandare/ny' },
  { path: '/admin/api-nycklar' },
  { path: '/admin/handelselogg' },
];

interface Finding {
  path: string;
  problem: string;
}

/**
 * Goes to `path` inside the app without loading the page anew: by its link when one is shown, else as the
 * router's history. Returns once the previous page's h1 has left; a survey's parts share theirs, so there it
 * waits for the document title to name the part and returns false when it never does.
 */
async function goTo(page: Page, path: string, sameHeading?: string): Promise<boolean> {
  await page.evaluate(() => document.querySelector('main h1')?.setAttribute('data-walk-left', ''));
  const link = page.locator(`a[href="/app${path}"]`).first();
  if ((await link.count()) > 0 && (await link.isVisible())) {
    await link.click();
  } else {
    await page.evaluate((p) => {
      window.history.pushState(null, '', `/app${p}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, path);
  }
  if (!sameHeading) {
    await page.waitForFunction(() => !document.querySelector('main h1[data-walk-left]'));
    return true;
  }
  return page
    .waitForFunction((part) => document.title.startsWith(part), sameHeading, { timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
}

/** The page's content is shown: an h1 in <main>, nothing still loading, the network quiet. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('main h1') && !document.querySelector('main .loading'),
    null,
    {
      timeout: 15_000,
    },
  );
  await page.waitForLoadState('networkidle');
}

/** Where focus is, as a short description ("h1: Löften", "body"). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    return `${a.tagName.toLowerCase()}${a.closest('main') ? ' in main' : ''}: ${(a.textContent ?? '').trim().slice(0, 60)}`;
  });
}

/** How far the page scrolls sideways, with the elements that stick out furthest past the right edge. */
function sideways(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return { overflow, culprits: [] };
    const scrolls = (e: Element | null): boolean => {
      for (let p = e?.parentElement ?? null; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p).overflowX;
        if (s === 'auto' || s === 'scroll' || s === 'hidden' || s === 'clip') return true;
      }
      return false;
    };
    const out = [...document.querySelectorAll('body *')]
      .map((e) => ({ e, right: e.getBoundingClientRect().right, inside: e.querySelectorAll('*').length }))
      .filter(
        ({ e, right }) =>
          right > root.clientWidth + 0.5 && (!scrolls(e) || getComputedStyle(e).position === 'absolute'),
      )
      // The innermost elements first: the one that is too wide, not every box around it.
      .sort((a, b) => b.right - a.right || a.inside - b.inside)
      .slice(0, 4)
      .map(
        ({ e, right }) =>
          `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ').join('.')}` : ''} → ${Math.round(right)} px: ${(e.textContent ?? '').trim().slice(0, 50)}`,
      );
    // Text that runs out of its box (a long address) widens the page while every box stays inside.
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && texts.length < 4; n = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(n);
      const right = range.getBoundingClientRect().right;
      if (right > root.clientWidth + 0.5 && !scrolls(n.parentElement))
        texts.push(`text → ${Math.round(right)} px: ${(n.textContent ?? '').trim().slice(0, 60)}`);
    }
    return { overflow, culprits: [...out, ...texts] };
  });
}

async function check(page: Page, path: string, findings: Finding[]): Promise<void> {
  try {
    await settled(page);
  } catch {
    findings.push({ path, problem: 'no h1 shown' });
    return;
  }
  const onH1 = await page
    .waitForFunction(() => document.activeElement?.matches('main h1') ?? false, null, { timeout: 3_000 })
    .then(
      () => true,
      () => false,
    );
  if (!onH1) findings.push({ path, problem: `focus is on ${await focused(page)}, not the h1` });
  const { overflow, culprits } = await sideways(page);
  if (overflow > 0)
    findings.push({ path, problem: `scrolls sideways by ${overflow} px:\n    ${culprits.join('\n    ')}` });
  const violations = await axeViolations(page, WCAG_22_AA);
  if (violations.length > 0) findings.push({ path, problem: describeViolations(violations) });
}

async function walk(page: Page, steps: Step[], findings: Finding[], visited: string[]): Promise<void> {
  for (const step of steps) {
    let path: string;
    if ('path' in step) {
      path = step.path;
    } else {
      const pattern = new RegExp(`^/app(${step.detail})$`, 'u');
      const found = await page.evaluate(
        (source) =>
          [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
            .map((a) => new URL(a.href).pathname)
            .find((p) => new RegExp(source, 'u').test(p)),
        pattern.source,
      );
      if (!found) {
        findings.push({ path: step.detail, problem: 'no link to a detail page on the list before it' });
        continue;
      }
      path = found.replace(/^\/app/u, '');
    }
    await goTo(page, path);
    visited.push(path);
    await check(page, path, findings);
    for (const sub of 'next' in step ? (step.next ?? []) : []) {
      const base = path.replace(/\/(redigera|versioner|fragor|index|pappersenkat|resultat|fritext)$/u, '');
      const part = 'parts' in step ? step.parts?.[sub] : undefined;
      if (!(await goTo(page, `${base}${sub}`, part))) {
        const title = await page.title();
        findings.push({ path: `${base}${sub}`, problem: `the title "${title}" does not begin with "${part}"` });
      }
      visited.push(`${base}${sub}`);
      await check(page, `${base}${sub}`, findings);
    }
  }
}

const MODES = [
  { name: 'a 320 px phone', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: 'a 640 px window at 200 % zoom', viewport: { width: 320, height: 450 }, deviceScaleFactor: 2 },
] as const;

describe.each(MODES)('every staff screen on $name', (mode) => {
  async function signedIn(email: string): Promise<Page> {
    const context = await browser.newContext({
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport: mode.viewport,
      deviceScaleFactor: mode.deviceScaleFactor,
    });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, email);
    return page;
  }

  it('the coordinator: Översikt, Löften, Aktiviteter, Dialog och enkäter, Lägesbild, Uppföljning', async () => {
    const page = await signedIn(COORDINATOR);
    const findings: Finding[] = [];
    const visited: string[] = [];
    // Signing in is itself a route change: the overview's h1 takes focus.
    await check(page, '/', findings);
    await walk(page, COORDINATOR_WALK, findings, visited);
    await page.context().close();
    expect(visited.length).toBeGreaterThanOrEqual(COORDINATOR_WALK.length + 7);
    expect(findings.map((f) => `${f.path}: ${f.problem}`).join('\n')).toBe('');
  }, 600_000);

  it('the community police officer: quick entry', async () => {
    const page = await signedIn(OFFICER);
    const findings: Finding[] = [];
    const visited: string[] = [];
    await walk(page, OFFICER_WALK, findings, visited);
    await page.context().close();
    expect(visited.length).toBe(OFFICER_WALK.length);
    expect(findings.map((f) => `${f.path}: ${f.problem}`).join('\n')).toBe('');
  }, 300_000);

  it('the platform administrator: Administration', async () => {
    const page = await signedIn(ADMIN);
    const findings: Finding[] = [];
    const visited: string[] = [];
    await walk(page, ADMIN_WALK, findings, visited);
    await page.context().close();
    expect(visited.length).toBe(ADMIN_WALK.length);
    expect(findings.map((f) => `${f.path}: ${f.problem}`).join('\n')).toBe('');
  }, 300_000);
});
