/**
 * The staff app takes its wire types from src/contracts with `import type`,
 * so zod (the server's validator) stays out of the browser bundle. This
 * follows the value imports from the app's entry and fails on any path that
 * reaches zod, printing it. Type-only imports are erased by the build and
 * do not count.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY = resolve(import.meta.dirname, '../../src/web/main.tsx');

/** Specifiers of value imports and re-exports (not `import type` / `export type`, not all-`type` braces). */
function valueImports(text: string): string[] {
  const specs: string[] = [];
  const re = /\b(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const m of text.matchAll(re)) {
    if (m[2]) continue;
    const braces = /^\{([^}]*)\}$/.exec(m[3]!.trim());
    const names = braces
      ? braces[1]!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
      : null;
    if (names && names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    specs.push(m[4]!);
  }
  for (const m of text.matchAll(/\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  return specs;
}

function pathToZod(): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, path: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    for (const spec of valueImports(readFileSync(file, 'utf8'))) {
      if (spec === 'zod' || spec.startsWith('zod/')) return [...path, file, 'zod'];
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!existsSync(target) || !/\.tsx?$/.test(target)) continue;
      const found = walk(target, [...path, file]);
      if (found) return found;
    }
    return null;
  };
  return walk(ENTRY, []);
}

describe('the staff app bundle', () => {
  it('reads value and type imports apart', () => {
    expect(valueImports("import type { A } from './a.ts';\nimport { type B, C } from './b.ts';")).toEqual(['./b.ts']);
    expect(valueImports("import { type A } from './a.ts';\nexport { x } from 'zod';")).toEqual(['zod']);
  });

  it('does not import zod', () => {
    const root = resolve(import.meta.dirname, '../..');
    expect(pathToZod()?.map((f) => f.replace(`${root}/`, '')) ?? null).toBeNull();
  });
});
