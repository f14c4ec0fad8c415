/**
 * The staff app's first chunk carries only the words it needs (issue 16):
 * src/web/i18n/sv-first.ts. The words of the other pages (sv-more.ts) arrive
 * with the first page loaded when opened (ui/lazyPage.tsx), so a module of
 * the first chunk that read one of them would show nothing, or fail, on a
 * phone that has opened only quick entry. This follows the static value
 * imports from the app's entry (the modules of the first chunk; `import()`
 * starts another chunk) and fails on any `t.<group>` they read that is not
 * among the first words, naming the module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svFirst } from '../../src/web/i18n/sv-first.ts';
import { svMore } from '../../src/web/i18n/sv-more.ts';
import { enFirst } from '../../src/web/i18n/en-first.ts';
import { enMore } from '../../src/web/i18n/en-more.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = resolve(ROOT, 'src/web/main.tsx');

/** Relative specifiers of static value imports and re-exports (`import type` is erased; `import()` is another chunk). */
function staticImports(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/\b(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"](\.[^'"]+)['"]/g)) {
    if (m[1]) continue;
    const braces = /^\{([^}]*)\}$/.exec(m[2]!.trim());
    const names = braces
      ? braces[1]!
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
      : null;
    if (names && names.length > 0 && names.every((n) => n.startsWith('type '))) continue;
    specs.push(m[3]!);
  }
  for (const m of text.matchAll(/^import\s+['"](\.[^'"]+)['"]/gm)) specs.push(m[1]!);
  return specs;
}

/** The source modules of the first chunk (the app's own, not its word files). */
function firstChunkModules(): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      if (existsSync(target) && /\.tsx?$/.test(target)) walk(target);
    }
  };
  walk(ENTRY);
  return [...seen].filter((f) => !f.includes('/src/web/i18n/sv') && !f.includes('/src/web/i18n/en'));
}

describe('the staff app’s first words', () => {
  it('hold every word group the modules of the first chunk read', () => {
    const modules = firstChunkModules();
    expect(modules.map((f) => relative(ROOT, f))).toContain('src/web/activities/QuickEntry.tsx');
    const first = new Set(Object.keys(svFirst));
    const missing: string[] = [];
    for (const file of modules)
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\.(\w+)/g))
        if (!first.has(m[1]!)) missing.push(`${relative(ROOT, file)}: t.${m[1]}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('and the rest are apart, in both languages, with no group in both parts', () => {
    const more = Object.keys(svMore);
    expect(more.filter((k) => k in svFirst)).toEqual([]);
    expect(Object.keys(enFirst).sort()).toEqual(Object.keys(svFirst).sort());
    expect(Object.keys(enMore).sort()).toEqual(more.sort());
    // The overview is a page loaded when opened: its words are not in the first chunk.
    expect(more).toContain('overview');
  });
});
