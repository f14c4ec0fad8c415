/**
 * The staff app's download per route, from the build output (issue 16):
 * what a phone fetches to show a page, raw and compressed (brotli and gzip,
 * the copies the build writes beside each asset), against the budget:
 * quick entry after sign-in ≤ 120 KB and the app's first load ≤ 250 KB,
 * brotli-compressed as the server sends them.
 *
 * A route needs index.html, the entry chunk with everything it imports and
 * their style sheets, and the chunk holding the route's page (pages are
 * loaded when opened, src/web/ui/lazyPage.tsx) with its imports, and for
 * such a page the words of the pages loaded when opened. e2e/phone-load.e2e.ts
 * checks this against what Chromium really fetches for quick entry. ECharts,
 * loaded when a chart is first drawn, is listed apart.
 * Reads dist/web/.vite/chunks.json (written by vite-assets.ts): run
 * `npm run build` first. `node bench/assets.ts [dist/web]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { ChunkRecord } from '../vite-assets.ts';

const KB = 1024;
export const BUDGET = { quickEntry: 120 * KB, firstLoad: 250 * KB };

/** Pages to measure: the path the user opens (under /app) and the source modules of its page. */
export const ROUTES: readonly { route: string; name: string; pages: string[] }[] = [
  { route: '/logga-in', name: 'sign-in', pages: ['src/web/auth/SignInPage.tsx'] },
  { route: '/', name: 'overview', pages: ['src/web/overview/OverviewPage.tsx'] },
  { route: '/aktiviteter', name: 'quick entry', pages: ['src/web/activities/ActivitiesPage.tsx'] },
  { route: '/aktiviteter/ny', name: 'activity form', pages: ['src/web/activities/ActivityFormPage.tsx'] },
  { route: '/loften', name: 'promises', pages: ['src/web/promises/PromiseListPage.tsx'] },
  { route: '/loften/:id', name: 'promise set', pages: ['src/web/promises/page/PromiseSetPage.tsx'] },
  { route: '/loften/:id/redigera', name: 'promise editor', pages: ['src/web/promises/editor/EditorPages.tsx'] },
  {
    route: '/dialog',
    name: 'dialogues',
    pages: ['src/web/dialogues/DialogueLayout.tsx', 'src/web/dialogues/DialoguesPage.tsx'],
  },
  {
    route: '/dialog/enkater/:id',
    name: 'survey builder',
    pages: ['src/web/dialogues/DialogueLayout.tsx', 'src/web/surveys/SurveyPage.tsx'],
  },
  {
    route: '/dialog/statistik',
    name: 'statistics',
    pages: ['src/web/dialogues/DialogueLayout.tsx', 'src/web/statistics/StatisticsPage.tsx'],
  },
  { route: '/lagesbild', name: 'lägesbild', pages: ['src/web/situation/SituationPage.tsx'] },
  { route: '/uppfoljning/:id', name: 'follow-up', pages: ['src/web/follow-ups/FollowUpPage.tsx'] },
  {
    route: '/admin/anvandare',
    name: 'admin',
    pages: ['src/web/admin/AdminLayout.tsx', 'src/web/admin/users/UsersPage.tsx'],
  },
];

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface Build {
  dir: string;
  chunks: Map<string, ChunkRecord>;
  byModule: Map<string, ChunkRecord>;
  entry: ChunkRecord;
}

export function readBuild(dir: string): Build {
  const map = join(dir, '.vite/chunks.json');
  if (!existsSync(map)) throw new Error(`${map} saknas: kör "npm run build" först (build the staff app first).`);
  const list = JSON.parse(readFileSync(map, 'utf8')) as ChunkRecord[];
  const chunks = new Map(list.map((c) => [c.file, c]));
  const byModule = new Map(list.flatMap((c) => c.modules.map((m) => [m, c] as const)));
  const entry = list.find((c) => c.isEntry);
  if (!entry) throw new Error('chunks.json has no entry chunk');
  return { dir, chunks, byModule, entry };
}

/** A chunk's file, every chunk it imports (transitively) and their style sheets. */
function closure(build: Build, start: ChunkRecord, into = new Set<string>()): Set<string> {
  if (into.has(start.file)) return into;
  into.add(start.file);
  for (const css of start.css) into.add(css);
  for (const file of start.imports) closure(build, build.chunks.get(file)!, into);
  return into;
}

const sizes = new Map<string, Size>();

/** The file's size as sent: the .br/.gz copy beside it when the build wrote one, else the file itself. */
function sizeOf(dir: string, file: string): Size {
  let size = sizes.get(file);
  if (!size) {
    const path = join(dir, file);
    const body = readFileSync(path);
    const copy = (suffix: string, make: () => Buffer) =>
      existsSync(`${path}.${suffix}`) ? readFileSync(`${path}.${suffix}`).length : Math.min(make().length, body.length);
    size = {
      raw: body.length,
      gzip: copy('gz', () => gzipSync(body, { level: 9 })),
      brotli: copy('br', () => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
    };
    sizes.set(file, size);
  }
  return size;
}

function total(dir: string, files: Iterable<string>): Size & { files: number } {
  const sum = { raw: 0, gzip: 0, brotli: 0, files: 0 };
  for (const file of files) {
    const s = sizeOf(dir, file);
    sum.raw += s.raw;
    sum.gzip += s.gzip;
    sum.brotli += s.brotli;
    sum.files++;
  }
  return sum;
}

/** What opening the app fetches before any page shows: index.html, the entry and its imports, the CSS. */
export function firstLoadFiles(build: Build): Set<string> {
  return closure(build, build.entry, new Set(['index.html']));
}

/** The words of the pages loaded when opened: fetched with the first of them (src/web/ui/lazyPage.tsx). */
export const MORE_WORDS = 'src/web/i18n/sv-more.ts';

/**
 * What a route fetches: the first load, the chunks of its pages, and for a
 * page loaded when opened, the rest of the words (Swedish, the default).
 */
export function routeFiles(build: Build, pages: readonly string[]): Set<string> {
  const files = firstLoadFiles(build);
  let lazy = false;
  for (const page of pages) {
    const chunk = build.byModule.get(page);
    if (!chunk) throw new Error(`${page} finns inte i bygget (not in the build)`);
    lazy ||= !files.has(chunk.file);
    closure(build, chunk, files);
  }
  const words = build.byModule.get(MORE_WORDS);
  if (lazy && words) closure(build, words, files);
  return files;
}

/** The ECharts chunk (with what it alone imports): loaded by useEChart when a chart is first drawn. */
function chartFiles(build: Build): string[] {
  const charts = [...build.chunks.values()].find((c) => c.modules.some((m) => m.startsWith('node_modules/echarts/')));
  return charts ? [...closure(build, charts)].filter((f) => !firstLoadFiles(build).has(f)) : [];
}

/** The files the service worker keeps at install (the list Workbox wrote into sw.js), fetched in the background. */
function precachedFiles(dir: string): string[] {
  const worker = join(dir, 'sw.js');
  if (!existsSync(worker)) return [];
  return [...readFileSync(worker, 'utf8').matchAll(/"url":"([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((f) => f !== 'manifest.webmanifest');
}

export function measure(dir: string) {
  const build = readBuild(dir);
  const first = firstLoadFiles(build);
  const routes = ROUTES.map((r) => {
    const files = routeFiles(build, r.pages);
    return {
      route: `/app${r.route === '/' ? '/' : r.route}`,
      name: r.name,
      ...total(dir, files),
      beyondFirstLoad: total(
        dir,
        [...files].filter((f) => !first.has(f)),
      ).brotli,
    };
  });
  const quick = routes.find((r) => r.name === 'quick entry')!;
  const firstLoad = total(dir, first);
  const all = total(dir, [...build.chunks.keys(), ...new Set([...build.chunks.values()].flatMap((c) => c.css))]);
  return {
    name: 'assets',
    unit: 'bytes as sent (brotli unless named)',
    chunks: build.chunks.size,
    wholeApp: all,
    firstLoad: { ...firstLoad, budget: BUDGET.firstLoad, withinBudget: firstLoad.brotli <= BUDGET.firstLoad },
    quickEntry: { ...pick(quick), budget: BUDGET.quickEntry, withinBudget: quick.brotli <= BUDGET.quickEntry },
    offline: {
      ...total(dir, precachedFiles(dir)),
      worker: sizeOf(dir, 'sw.js').brotli,
      loaded: 'by the service worker after the page has loaded; other pages are kept when first used',
    },
    charts: {
      ...total(dir, chartFiles(build)),
      loaded: 'when a chart is first drawn (sparklines, heatmap, statistics)',
    },
    routes,
  };
}

function pick(r: Size & { files: number }) {
  return { raw: r.raw, gzip: r.gzip, brotli: r.brotli, files: r.files };
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? new URL('../dist/web', import.meta.url).pathname);
  console.log(JSON.stringify(measure(dir), null, 2));
}
