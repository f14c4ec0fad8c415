import { KOMMUN_ROWS } from './kommuner-data.ts';

export interface MunicipalityRef {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  slug: string;
}

/** URL slug of a kommun name: "Övertorneå" → "overtornea", "Upplands Väsby" → "upplands-vasby". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The long folding, used only where the short one makes two kommuner collide (Håbo and Habo). */
function slugifyLong(name: string): string {
  return slugify(name.toLowerCase().replace(/å/g, 'aa').replace(/ä/g, 'ae').replace(/ö/g, 'oe'));
}

const shortSlugCounts = new Map<string, number>();
for (const [, name] of KOMMUN_ROWS) {
  shortSlugCounts.set(slugify(name), (shortSlugCounts.get(slugify(name)) ?? 0) + 1);
}

function kommunSlug(name: string): string {
  const short = slugify(name);
  const collides = (shortSlugCounts.get(short) ?? 0) > 1;
  return collides && /[åäö]/i.test(name) ? slugifyLong(name) : short;
}

export const MUNICIPALITIES: readonly MunicipalityRef[] = Object.freeze(
  KOMMUN_ROWS.map(([code, name, countyCode, countyName]) =>
    Object.freeze({ code, name, countyCode, countyName, slug: kommunSlug(name) }),
  ),
);

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

/** Folds case, dashes and the forms a kommun name takes in running text to one key. */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const byKey = new Map<string, MunicipalityRef>();
for (const m of MUNICIPALITIES) byKey.set(nameKey(m.name), m);

export function municipalityByCode(code: string): MunicipalityRef | undefined {
  return byCode.get(code);
}

/**
 * Finds a kommun from a name as people write it: "Kalix", "Kalix kommun",
 * "Arjeplogs kommun", "Malung–Sälen", "Stockholms stad", "HAPARANDA".
 */
export function resolveMunicipality(raw: string): MunicipalityRef | undefined {
  let key = nameKey(raw).replace(/\s+(kommun|stad|kommuns|stads)$/u, '');
  const direct = byKey.get(key);
  if (direct) return direct;
  // Genitive "Arjeplogs" → "Arjeplog"; names that themselves end in s ("Borås") match directly above.
  if (key.endsWith('s')) {
    key = key.slice(0, -1);
    return byKey.get(key);
  }
  return undefined;
}
