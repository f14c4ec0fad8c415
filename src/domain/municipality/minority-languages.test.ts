import { describe, expect, it } from 'vitest';
import { ADMINISTRATIVE_AREAS, areaLanguagesOf, unknownAreaEntries } from './minority-languages.ts';

describe('the administrative areas for Finnish and Meänkieli', () => {
  it('names only real kommuner, by their kommunkod and name', () => {
    expect(unknownAreaEntries()).toEqual([]);
  });

  it('has the seven Meänkieli kommuner of Norrbotten, all also in the Finnish area', () => {
    expect(Object.values(ADMINISTRATIVE_AREAS.fit).sort()).toEqual(
      ['Gällivare', 'Haparanda', 'Kalix', 'Kiruna', 'Luleå', 'Pajala', 'Övertorneå'].sort(),
    );
    for (const code of Object.keys(ADMINISTRATIVE_AREAS.fit)) expect(areaLanguagesOf(code)).toEqual(['fi', 'fit']);
  });

  it('has about sixty-odd kommuner in the Finnish area', () => {
    const n = Object.keys(ADMINISTRATIVE_AREAS.fi).length;
    expect(n).toBeGreaterThanOrEqual(60);
    expect(n).toBeLessThanOrEqual(70);
  });

  it('gives a kommun outside both areas no language, Stockholm Finnish only', () => {
    expect(areaLanguagesOf('1281')).toEqual([]); // Lund
    expect(areaLanguagesOf('0180')).toEqual(['fi']);
    expect(areaLanguagesOf(null)).toEqual([]);
  });
});
