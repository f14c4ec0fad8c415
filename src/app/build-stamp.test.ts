import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIdentity, buildStamp } from './build-stamp.ts';

// Computed over copies of src/, so other work on the tree meanwhile cannot change what is compared.
const dir = mkdtempSync(join(tmpdir(), 'build-stamp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const src = new URL('../', import.meta.url);
const copy = (name: string, from: URL | string = src) => {
  cpSync(from, join(dir, name), { recursive: true });
  return pathToFileURL(join(dir, name) + '/');
};

describe('the build stamp', () => {
  it('is the same for the same sources wherever they lie, and stable within a process', () => {
    const a = copy('a');
    const b = copy('b', join(dir, 'a'));
    expect(buildStamp(a)).toBe(buildStamp(b));
    expect(buildIdentity()).toMatch(/^[0-9a-f]{16}$/);
    expect(buildIdentity()).toBe(buildIdentity());
  });

  it('changes when the progress SQL (app/activities/progress.ts) changes, or any other source file, not when a test does', () => {
    const base = copy('base');
    const before = buildStamp(base);
    appendFileSync(new URL('domain/areas/areas.test.ts', base), '\n// a test changed\n');
    expect(buildStamp(base)).toBe(before);
    const progress = copy('progress', join(dir, 'base'));
    appendFileSync(new URL('app/activities/progress.ts', progress), '\n// the SQL changed\n');
    expect(buildStamp(progress)).not.toBe(before);
    const words = copy('words', join(dir, 'base'));
    appendFileSync(new URL('i18n/public.ts', words), '\n');
    expect(buildStamp(words)).not.toBe(before);
  });
});
