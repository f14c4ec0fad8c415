/**
 * The public word catalogues: every language has exactly the keys Swedish
 * has (none missing, none extra), the same kind of value under each key
 * (a text, or a function taking the same arguments), no empty words, and
 * Finnish and Meänkieli are their own words, not Swedish left in place or
 * one of them copied over the other.
 */
import { describe, expect, it } from 'vitest';
import { PUBLIC_CATALOGUES, PUBLIC_LOCALES } from '../../src/i18n/public.ts';
import { SURVEY_STRINGS } from '../../src/i18n/surveys.ts';

type Leaf = { path: string; value: unknown };

function leaves(value: unknown, path = ''): Leaf[] {
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [{ path, value }];
}

/** A leaf as the reader meets it: a text, or a function called with sample arguments. */
function shown(value: unknown): string {
  if (typeof value === 'function') {
    // Text arguments serve for numbers too ("7" is not 1, so plural forms show).
    const args = Array.from({ length: value.length }, (_, i) => (i % 2 ? '7' : 'Övertorneå'));
    return String(value(...args));
  }
  return String(value);
}

const catalogues = [
  ['public', PUBLIC_CATALOGUES],
  ['surveys', SURVEY_STRINGS],
] as const;

describe.each(catalogues)('the %s catalogue', (_name, catalogue) => {
  const sv = leaves(catalogue.sv);

  it.each(PUBLIC_LOCALES.filter((l) => l !== 'sv'))('%s has every Swedish key and no other', (lang) => {
    const other = leaves(catalogue[lang]);
    expect(other.map((l) => l.path).sort()).toEqual(sv.map((l) => l.path).sort());
    const byPath = new Map(other.map((l) => [l.path, l.value]));
    for (const { path, value } of sv) {
      const mine = byPath.get(path);
      expect(typeof mine, path).toBe(typeof value);
      if (typeof value === 'function') expect((mine as (...a: unknown[]) => unknown).length, path).toBe(value.length);
      expect(shown(mine).trim(), path).not.toBe('');
    }
  });

  it.each(['fi', 'fit'] as const)('%s is written in its own words', (lang) => {
    const other = new Map(leaves(catalogue[lang]).map((l) => [l.path, shown(l.value)]));
    const texts = sv.filter(({ value }) => shown(value).length > 12);
    const sameAsSwedish = texts.filter(({ path, value }) => other.get(path) === shown(value)).map((l) => l.path);
    // Only words that are the same in every language (numbers, "Index (0–6)", formats) may match Swedish.
    expect(sameAsSwedish.length, sameAsSwedish.join(', ')).toBeLessThanOrEqual(3);
  });

  it('Meänkieli is not the Finnish catalogue relabelled', () => {
    const fi = new Map(leaves(catalogue.fi).map((l) => [l.path, shown(l.value)]));
    const fit = leaves(catalogue.fit).map((l) => ({ path: l.path, text: shown(l.value) }));
    const long = fit.filter((l) => l.text.length > 30);
    const same = long.filter((l) => fi.get(l.path) === l.text);
    expect(same.length / long.length).toBeLessThan(0.2);
  });
});
