/**
 * The feature manifests (src/server/<feature>/feature.ts and
 * src/web/<feature>/feature.tsx) against what they name: the rules table,
 * the migrations, the route modules in src/server, the route table of the
 * generated API tests, and the words of the main navigation.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { createRoutesFromElements, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/domain/access/permissions.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { FEATURES as SERVER_FEATURES } from '../../src/server/features.ts';
import { FEATURES as WEB_FEATURES } from '../../src/web/features.ts';
import { sv } from '../../src/web/i18n/sv.ts';
import { en } from '../../src/web/i18n/en.ts';
import { ROUTES } from '../api/route-table.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'src/server');

/** Each item with the names of the lists it stands in (an item listed twice in one list counts twice). */
function owners<T>(lists: readonly { name: string; items: readonly T[] }[]): Map<T, string[]> {
  const found = new Map<T, string[]>();
  for (const { name, items } of lists) for (const item of items) found.set(item, [...(found.get(item) ?? []), name]);
  return found;
}

/** What is not owned exactly once: `item → owners`, empty when every item has one owner. */
function notOwnedOnce<T>(all: readonly T[], found: Map<T, string[]>): Record<string, string[]> {
  const wrong: Record<string, string[]> = {};
  for (const item of new Set([...all, ...found.keys()])) {
    const by = found.get(item) ?? [];
    if (by.length !== 1 || !all.includes(item)) wrong[String(item)] = all.includes(item) ? by : [...by, '(unknown)'];
  }
  return wrong;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [path] : [];
  });
}

/** The folders under `dir` that hold a manifest: each must be in the list. */
function manifestFolders(dir: string, manifest: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, manifest)))
    .map((e) => e.name);
}

/** Every exported route module (`export async function xRoutes(`) in src/server, with its file. */
async function routeModules(): Promise<{ fn: unknown; name: string; file: string }[]> {
  const modules = [];
  for (const file of sourceFiles(SERVER)) {
    const names = [...readFileSync(file, 'utf8').matchAll(/^export (?:async )?function (\w+Routes)\(/gm)].map(
      (m) => m[1]!,
    );
    if (!names.length) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    for (const name of names) modules.push({ fn: mod[name], name, file });
  }
  return modules;
}

/**
 * Calls of a route module (not its definition, not a manifest) in its own
 * file and the files beside it: a feature's module registering a sub-module.
 */
function callsBeside(name: string, file: string): string[] {
  const folder = dirname(file);
  const call = new RegExp(`\\b${name}\\(|register\\(${name}\\)`);
  return readdirSync(folder)
    .filter((f) => /\.ts$/.test(f) && !f.includes('.test.') && f !== 'feature.ts')
    .map((f) => join(folder, f))
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => call.test(line) && !line.includes(`function ${name}(`))
        .map(() => relative(ROOT, f)),
    );
}

describe('the server features', () => {
  it('each live in a folder of their name, listed once, and every manifest is listed', () => {
    const names = SERVER_FEATURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !existsSync(join(SERVER, n, 'feature.ts')))).toEqual([]);
    expect(manifestFolders(SERVER, 'feature.ts').filter((n) => !names.includes(n))).toEqual([]);
  });

  it('bring every action of the rules table, each action in one feature', () => {
    const found = owners(SERVER_FEATURES.map((f) => ({ name: f.name, items: f.actions })));
    expect(notOwnedOnce(ACTIONS, found)).toEqual({});
  });

  it('own every migration, each in one feature, and every migration file is in the list', () => {
    const listed = Object.keys(migrations);
    const files = readdirSync(join(ROOT, 'src/db/migrations'))
      .filter((f) => /^\d{4}_\w+\.ts$/.test(f))
      .map((f) => basename(f, '.ts'));
    expect(files.sort()).toEqual([...listed].sort());
    const found = owners(SERVER_FEATURES.map((f) => ({ name: f.name, items: f.migrations })));
    expect(notOwnedOnce(listed, found)).toEqual({});
  });

  it('register every route module once: in its feature’s manifest, or by a module beside it', async () => {
    const modules = await routeModules();
    expect(modules.length).toBeGreaterThan(15);
    const inManifests = owners(SERVER_FEATURES.map((f) => ({ name: f.name, items: f.routes as readonly unknown[] })));
    const wrong = modules
      .map(({ fn, name, file }) => ({
        module: `${relative(ROOT, file)} ${name}`,
        registeredBy: [...(inManifests.get(fn) ?? []).map((f) => `manifest ${f}`), ...callsBeside(name, file)],
        folder: relative(SERVER, dirname(file)),
      }))
      .filter(
        (m) =>
          m.registeredBy.length !== 1 ||
          (m.registeredBy[0]!.startsWith('manifest ') && m.registeredBy[0] !== `manifest ${m.folder}`),
      );
    expect(wrong).toEqual([]);
    const known = new Set(modules.map((m) => m.fn));
    expect(
      SERVER_FEATURES.flatMap((f) => f.routes.filter((r) => !known.has(r)).map((r) => `${f.name}: ${r.name}`)),
    ).toEqual([]);
  });

  it('need only actions of the rules table in the route table', () => {
    const unknown = Object.entries(ROUTES)
      .filter(([, e]) => e.action !== 'public' && e.action !== 'signed-in' && !ACTIONS.includes(e.action))
      .map(([route, e]) => `${route}: ${e.action}`);
    expect(unknown).toEqual([]);
  });
});

/** The first path segment of each top route ('/' for the index), as the main navigation links to it. */
function topPaths(routes: RouteObject[]): string[] {
  return routes.flatMap((r) => {
    if (r.index) return ['/'];
    if (r.path) return [`/${r.path.split('/')[0]}`];
    return topPaths(r.children ?? []);
  });
}

describe('the staff app features', () => {
  const features = WEB_FEATURES.map((f) => ({
    ...f,
    paths: [...new Set(topPaths(createRoutesFromElements([f.routes, f.openRoutes])))],
  }));

  it('each live in a folder of their name, listed once, and every manifest is listed', () => {
    const names = features.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => !existsSync(join(ROOT, 'src/web', n, 'feature.tsx')))).toEqual([]);
    expect(manifestFolders(join(ROOT, 'src/web'), 'feature.tsx').filter((n) => !names.includes(n))).toEqual([]);
  });

  it('each have pages, under paths no other feature uses', () => {
    expect(features.filter((f) => f.paths.length === 0).map((f) => f.name)).toEqual([]);
    const found = owners(features.map((f) => ({ name: f.name, items: f.paths })));
    expect(notOwnedOnce([...found.keys()], found)).toEqual({});
  });

  it('give every menu entry words in Swedish and English and a path of the feature’s own pages', () => {
    const entries = features.flatMap((f) => (f.nav ? [{ ...f.nav, feature: f.name, paths: f.paths }] : []));
    expect(entries.map((e) => e.path)).toEqual([
      '/',
      '/loften',
      '/aktiviteter',
      '/dialog',
      '/lagesbild',
      '/uppfoljning',
      '/admin',
    ]);
    for (const e of entries) {
      expect(e.paths, e.feature).toContain(e.path);
      expect(sv.nav[e.label], e.feature).toMatch(/\S/);
      expect(en.nav[e.label], e.feature).toMatch(/\S/);
    }
    expect(new Set(entries.map((e) => e.label)).size).toBe(entries.length);
  });
});
