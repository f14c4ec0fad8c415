/**
 * Shared set-up for the browser journeys: the real server with demo data on
 * a free port, Debian's Chromium through playwright-core, and small helpers
 * that act the way a user does (labels, roles, visible text).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { startTestApp, type TestContext } from '../test/helpers.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'demo-lofte-2026';
export const ADMIN = 'admin@demo.medborgarlofte.se';

export interface Server {
  ctx: TestContext;
  baseUrl: string;
  close: () => Promise<void>;
}

export async function startServer(options: { env?: Record<string, string> } = {}): Promise<Server> {
  if (!existsSync(new URL('../dist/web/index.html', import.meta.url))) {
    throw new Error('The staff app is not built: run "npm run test:e2e" (it builds first) or "npm run build".');
  }
  const ctx = await startTestApp({ env: options.env });
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = ctx.app.server.address() as AddressInfo;
  return { ctx, baseUrl: `http://127.0.0.1:${port}`, close: () => ctx.close() };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What Chromium refused under the Content-Security-Policy on each page made by newPage (its console errors say so). */
const cspReports = new WeakMap<Page, string[]>();

/** A fresh browser context (own cookies and localStorage) with one page. */
export async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...options });
  const page = await context.newPage();
  const reports: string[] = [];
  cspReports.set(page, reports);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/iu.test(message.text()))
      reports.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

/** The CSP refusals reported on a page so far: anything the staff app or a public page needs but the policy forbids. */
export function cspViolations(page: Page): string[] {
  return [...(cspReports.get(page) ?? [])];
}

export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/app/logga-in`);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
}

/** The h1 of the current page, once one with this text is shown. */
export async function waitForH1(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

const axeSource = (): string => {
  const require = createRequire(import.meta.url);
  return (require('axe-core') as { source: string }).source;
};

export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
/** WCAG 2.2 AA: the 2.1 rules and those added in 2.2. */
export const WCAG_22_AA = [...WCAG_21_AA, 'wcag22aa'] as const;

/** Runs axe-core with the WCAG rules of `tags` (2.1 A and AA unless told) on the page as it is now. */
export async function axeViolations(page: Page, tags: readonly string[] = WCAG_21_AA): Promise<AxeViolation[]> {
  // Colours are measured as drawn: let opening dialogs and fades finish first, or a half-faded button "fails".
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  // Evaluated, not added as an inline <script>: the pages' CSP rightly refuses inline scripts.
  await page.evaluate(axeSource());
  return page.evaluate(
    async (values) => {
      const axe = (
        window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values } });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    [...tags],
  );
}

/** A readable summary for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.html}`).join('\n')}`,
    )
    .join('\n');
}

/** Fails the test with a readable list when axe-core finds any WCAG 2.1 A/AA violation on the page. */
export async function expectNoViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
  expect(cspViolations(page)).toEqual([]);
}
