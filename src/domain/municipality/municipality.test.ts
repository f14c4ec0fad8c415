import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, resolveMunicipality, slugify } from './municipality.ts';

describe('municipalities', () => {
  it('holds all 290 kommuner with unique codes and slugs', () => {
    expect(MUNICIPALITIES).toHaveLength(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(290);
    expect(new Set(MUNICIPALITIES.map((m) => m.slug)).size).toBe(290);
  });

  it('makes readable slugs', () => {
    expect(slugify('Övertorneå')).toBe('overtornea');
    expect(slugify('Upplands Väsby')).toBe('upplands-vasby');
    expect(slugify('Malung-Sälen')).toBe('malung-salen');
    expect(MUNICIPALITIES.find((m) => m.name === 'Habo')?.slug).toBe('habo');
    expect(MUNICIPALITIES.find((m) => m.name === 'Håbo')?.slug).toBe('haabo');
  });

  it.each([
    ['Kalix', '2514'],
    ['Kalix kommun', '2514'],
    ['HAPARANDA', '2583'],
    ['Arjeplogs kommun', '2506'],
    ['Malung–Sälen', '2023'],
    ['Stockholms stad', '0180'],
    ['Borås', '1490'],
    ['Övertorneå kommun', '2518'],
  ])('resolves %s to %s', (name, code) => {
    expect(resolveMunicipality(name)?.code).toBe(code);
  });

  it('returns undefined for a name that is no kommun', () => {
    expect(resolveMunicipality('Atlantis')).toBeUndefined();
  });
});
