import { municipalityByCode, resolveMunicipality, type MunicipalityRef } from '../municipality/municipality.ts';

/**
 * What a name in a statistics row stands for. BRÅ's files mix kommuner with
 * a national total and (in 2021) Stockholm's city districts, which are not
 * kommuner and are left out with a notice.
 */
export type PlaceName =
  | { kind: 'kommun'; ref: MunicipalityRef }
  | { kind: 'total' }
  | { kind: 'district'; name: string }
  | { kind: 'unknown' };

const TOTALS = new Set(['riket', 'hela landet', 'sverige', 'totalt', 'samtliga kommuner', 'hela riket']);

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

export function resolvePlaceName(raw: string): PlaceName {
  const folded = fold(raw);
  if (TOTALS.has(folded)) return { kind: 'total' };
  const alias = ALIASES[folded];
  if (alias) return { kind: 'kommun', ref: municipalityByCode(alias)! };
  const ref = resolveMunicipality(raw);
  if (ref) return { kind: 'kommun', ref };
  const district = districtOf(folded);
  if (district) return { kind: 'district', name: raw.trim() };
  return { kind: 'unknown' };
}
