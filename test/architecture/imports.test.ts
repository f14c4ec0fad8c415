/**
 * The use cases under src/app form no import cycle: a cycle ties modules
 * together so none can be understood, tested or loaded without the others,
 * and it is how a read model ends up calling back into a workflow. Type-only
 * imports count too (they are still a dependency of the design). The test
 * reads the import statements as text, so it needs no build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const APP = join(ROOT, 'src/app');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Relative specifiers of every `import … from '…'`, `export … from '…'` and `import('…')` in a file. */
function importsOf(text: string): string[] {
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of text.matchAll(re)) specs.push(m[1]!);
  return specs;
}

function importGraph(files: string[], read: (f: string) => string): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = importsOf(read(file))
      .map((s) => resolve(dirname(file), s))
      .filter((t) => known.has(t));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every strongly connected component of more than one file (or a file importing itself), each as one cycle path. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(pathThrough(graph, new Set(component)));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** One concrete cycle inside a component, found by a breadth-first walk back to its first file. */
function pathThrough(graph: Map<string, string[]>, component: Set<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

describe('imports between src/app files', () => {
  it('finds a cycle when there is one (the check itself)', () => {
    const files = ['/a.ts', '/b.ts', '/c.ts', '/d.ts'];
    const text: Record<string, string> = {
      '/a.ts': "import { b } from './b.ts';",
      '/b.ts': "import type { C } from './c.ts';\nexport { x } from './d.ts';",
      '/c.ts': "const m = await import('./a.ts');",
      '/d.ts': '',
    };
    expect(cycles(importGraph(files, (f) => text[f]!))).toEqual([['/a.ts', '/b.ts', '/c.ts', '/a.ts']]);
    text['/c.ts'] = '';
    expect(cycles(importGraph(files, (f) => text[f]!))).toEqual([]);
  });

  it('form no cycle', () => {
    const files = sourceFiles(APP);
    expect(files.length).toBeGreaterThan(50);
    const found = cycles(importGraph(files, (f) => readFileSync(f, 'utf8'))).map((c) =>
      c.map((f) => relative(ROOT, f)).join(' → '),
    );
    expect(found, `import cycles in src/app:\n${found.join('\n')}`).toEqual([]);
  });

  it('activities/ does not reach into the public read models', () => {
    const offending = sourceFiles(join(APP, 'activities')).flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .map((s) => relative(APP, resolve(dirname(f), s)))
        .filter((t) => t.startsWith('public/'))
        .map((t) => `${relative(ROOT, f)} → src/app/${t}`),
    );
    expect(offending).toEqual([]);
  });
});
