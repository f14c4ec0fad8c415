/**
 * A feature's SQL sits together in its queries.ts (or queries/ folder), so it
 * can be reviewed in one place: the use cases beside it keep authorisation,
 * audit and the transaction, and call named query functions. This reads the
 * source as text: outside the query modules no file of a feature under
 * src/app builds a query (selectFrom, insertInto, updateTable, deleteFrom,
 * a raw sql`…`). Every feature has moved its queries (issue 11); there is no
 * list of exceptions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = join(ROOT, 'src/app');

/** Not features: the outbox, the jobs, the demo data and the shared helpers of src/app itself. */
const NOT_FEATURES = new Set(['events', 'jobs', 'demo']);

const QUERY =
  /\.(selectFrom|insertInto|updateTable|deleteFrom|selectNoFrom)\s*\(|\bsql(?:<[^>`]*>)?\s*`|\bsql\.(?:table|ref|raw|lit|id)\s*\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const isQueryModule = (rel: string) => /(^|\/)queries(\.ts|\/)/.test(rel);

/** `file:line` of every query built outside a query module. */
function strayQueries(): string[] {
  const found: string[] = [];
  const features = readdirSync(APP, { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const feature of features) {
    if (NOT_FEATURES.has(feature.name)) continue;
    for (const file of sourceFiles(join(APP, feature.name))) {
      const rel = relative(join(APP, feature.name), file);
      if (isQueryModule(rel)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (QUERY.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}`);
        });
    }
  }
  return found;
}

describe("each feature's SQL", () => {
  it('recognises a query and a query module', () => {
    expect(QUERY.test("db.selectFrom('areas')")).toBe(true);
    expect(QUERY.test('  .updateTable("areas")')).toBe(true);
    expect(QUERY.test('sql<{ id: string }>`select 1`')).toBe(true);
    expect(QUERY.test('sql`select 1`')).toBe(true);
    expect(QUERY.test("// selectFrom is a Kysely method, 'sql' a tag")).toBe(false);
    expect(isQueryModule('queries.ts')).toBe(true);
    expect(isQueryModule('queries/walks.ts')).toBe(true);
    expect(isQueryModule('store.ts')).toBe(false);
  });

  it('is built only in the queries module of its feature', () => {
    expect(strayQueries()).toEqual([]);
  });
});
