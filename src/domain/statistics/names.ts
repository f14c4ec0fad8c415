import {
  MUNICIPALITIES,
  municipalityByCode,
  resolveMunicipality,
  type MunicipalityRef,
} from '../municipality/municipality.ts';

/**
 * What a name in a statistics row stands for. BRÅ's and SCB's files mix
 * kommuner with län and the whole country, which are stored under their own
 * region codes (a län "25", the country "00"), and (BRÅ 2021) Stockholm's
 * city districts, which are not kommuner and are left out with a notice.
 */
export type PlaceName =
  | { kind: 'kommun'; ref: MunicipalityRef }
  | { kind: 'total' }
  | { kind: 'county'; code: string; name: string }
  | { kind: 'district'; name: string }
  | { kind: 'unknown' };

/** Region codes as the statistics tables store them: a kommun "2514", a län "25", the whole country "00". */
export const COUNTRY_CODE = '00';
export const COUNTRY_NAME = 'Riket';

const COUNTIES = new Map<string, string>();
for (const m of MUNICIPALITIES) COUNTIES.set(m.countyCode, m.countyName);

/** "25" → "Norrbottens län", "00" → "Riket". */
export function regionName(code: string): string | undefined {
  if (code === COUNTRY_CODE) return COUNTRY_NAME;
  return code.length === 2 ? COUNTIES.get(code) : municipalityByCode(code)?.name;
}

/** The code and name a stored row of a place gets, or null for a place that is not stored (a district, unknown). */
export function regionOf(place: PlaceName): { code: string; name: string } | null {
  if (place.kind === 'kommun') return { code: place.ref.code, name: place.ref.name };
  if (place.kind === 'total') return { code: COUNTRY_CODE, name: COUNTRY_NAME };
  if (place.kind === 'county') return { code: place.code, name: place.name };
  return null;
}

const TOTALS = new Set([
  'riket',
  'hela landet',
  'sverige',
  'totalt',
  'samtliga kommuner',
  'hela riket',
  'hela sverige',
]);

/** Stockholm's stadsdelsområden, before and after the 2020 merge of Hägersten-Liljeholmen and Älvsjö. */
const STOCKHOLM_DISTRICTS = new Set([
  'rinkeby-kista',
  'spånga-tensta',
  'hässelby-vällingby',
  'bromma',
  'kungsholmen',
  'norrmalm',
  'östermalm',
  'södermalm',
  'enskede-årsta-vantör',
  'skarpnäck',
  'farsta',
  'älvsjö',
  'hägersten-liljeholmen',
  'hägersten-älvsjö',
  'skärholmen',
  'stockholm city',
  'city',
]);

/** Genitives that do not end in -s, and other names BRÅ uses for a kommun. */
const ALIASES: Readonly<Record<string, string>> = {
  falu: '2080',
  'falu kommun': '2080',
  'region gotland': '0980',
};

function fold(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function districtOf(folded: string): string | null {
  const bare = folded
    .replace(/^stockholms?( stad| kommun)?\s*[:,/-]\s*/, '')
    .replace(/ (stadsdelsområde|stadsdelsnämnd|stadsdel|sdo|sdn)$/, '');
  return STOCKHOLM_DISTRICTS.has(bare) ? bare : null;
}

const COUNTY_BY_NAME = new Map([...COUNTIES].map(([code, name]) => [fold(name), code]));

/** A region given by its code: "2514", "25", "00"; PxWeb also writes "2514 Kalix" (code and text). */
function byCode(code: string): PlaceName | null {
  if (code === COUNTRY_CODE) return { kind: 'total' };
  const county = COUNTIES.get(code);
  if (county) return { kind: 'county', code, name: county };
  const ref = municipalityByCode(code);
  return ref ? { kind: 'kommun', ref } : null;
}

export function resolvePlaceName(raw: string): PlaceName {
  const folded = fold(raw);
  const coded = /^(\d{2}|\d{4})(?:\s+(.*))?$/.exec(folded);
  if (coded) return byCode(coded[1]!) ?? { kind: 'unknown' };
  if (TOTALS.has(folded)) return { kind: 'total' };
  const county = COUNTY_BY_NAME.get(folded);
  if (county) return { kind: 'county', code: county, name: COUNTIES.get(county)! };
  const alias = ALIASES[folded];
  if (alias) return { kind: 'kommun', ref: municipalityByCode(alias)! };
  const ref = resolveMunicipality(raw);
  if (ref) return { kind: 'kommun', ref };
  const district = districtOf(folded);
  if (district) return { kind: 'district', name: raw.trim() };
  return { kind: 'unknown' };
}
