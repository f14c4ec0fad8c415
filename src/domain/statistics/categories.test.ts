import { describe, expect, it } from 'vitest';
import { EVENT_CATEGORIES } from './polisen-types.ts';
import { categoryLabel, CRIME_CATEGORIES, knownCategory, normaliseCategory } from './categories.ts';

describe("BRÅ's crime categories", () => {
  it.each([
    ['Misshandel inkl. grov', 'misshandel'],
    ['Misshandel, inkl. grov misshandel', 'misshandel'],
    ['Misshandel (3 kap. 5–6 §§ BrB)', 'misshandel'],
    ['  Samtliga  brott ', 'samtliga brott'],
    ['', 'samtliga brott'],
    ['Butiksstöld/snatteri', 'butiksstöld'],
    ['Snatteri', 'butiksstöld'],
    ['Stöld- och tillgreppsbrott (8 kap. BrB)', 'stöld och tillgrepp'],
    ['Skadegörelsebrott', 'skadegörelse'],
    ['Anmälda brott', 'anmälda brott'],
    ['Egen  kategori', 'egen kategori'],
  ])('stores %j under the key %j', (raw, key) => {
    expect(normaliseCategory(raw)).toBe(key);
  });

  it('gives the published Swedish label for a known key, else the name the file wrote', () => {
    expect(categoryLabel('misshandel', 'MISSHANDEL')).toBe('Misshandel inkl. grov');
    expect(categoryLabel('egen kategori', 'Egen kategori')).toBe('Egen kategori');
    expect(categoryLabel('egen kategori')).toBe('egen kategori');
  });

  it('maps every category to a problem category of the lägesbild (or none for totals), with unique keys and names', () => {
    const keys = CRIME_CATEGORIES.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of CRIME_CATEGORIES) {
      if (c.problemCategory !== null) expect(EVENT_CATEGORIES).toContain(c.problemCategory);
      for (const name of [c.label, ...c.aliases]) expect(knownCategory(name)?.key).toBe(c.key);
    }
    expect(knownCategory('snatteri')?.problemCategory).toBe('stöld och inbrott');
    expect(knownCategory('samtliga brott')?.problemCategory).toBeNull();
  });

  it('marks the crimes mostly found by the police themselves', () => {
    const found = CRIME_CATEGORIES.filter((c) => c.policeInitiated).map((c) => c.key);
    expect(found).toEqual(['narkotikabrott', 'trafikbrott', 'rattfylleri', 'vapenbrott']);
  });
});
