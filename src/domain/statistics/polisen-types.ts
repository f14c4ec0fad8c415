/**
 * Polisen's event types grouped into the problem categories a lägesbild
 * uses. The raw type is always kept beside the category; a type not listed
 * here (spellings drift, types are retired and added) becomes "övrigt".
 */
export const EVENT_CATEGORIES = [
  'narkotika',
  'trafik',
  'stöld och inbrott',
  'rån',
  'våld och hot',
  'vapen och sprängning',
  'skadegörelse',
  'ordning och ofog',
  'brand',
  'bedrägeri',
  'övrigt',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

const GROUPS: Readonly<Record<Exclude<EventCategory, 'övrigt'>, readonly string[]>> = {
  narkotika: ['narkotikabrott'],
  trafik: [
    'rattfylleri',
    'trafikkontroll',
    'trafikolycka',
    'trafikolycka, personskada',
    'trafikolycka personskada',
    'trafikolycka, singel',
    'trafikolycka singel',
    'trafikolycka, smitning från',
    'trafikolycka smitning från',
    'trafikolycka, vilt',
    'trafikolycka vilt',
    'trafikbrott',
    'trafikhinder',
    'olovlig körning',
  ],
  'stöld och inbrott': [
    'inbrott',
    'inbrott, försök',
    'inbrott försök',
    'stöld',
    'stöld, försök',
    'stöld försök',
    'stöld/inbrott',
    'motorfordon, stöld',
    'motorfordon stöld',
    'motorfordon, anträffat stulet',
    'motorfordon anträffat stulet',
    'häleri',
    'larm inbrott',
  ],
  rån: ['rån', 'rån väpnat', 'rån, väpnat', 'rån övrigt', 'rån, övrigt', 'rån försök', 'rån, försök', 'larm överfall'],
  'våld och hot': [
    'misshandel',
    'misshandel, grov',
    'misshandel grov',
    'olaga hot',
    'våld/hot mot tjänsteman',
    'mord/dråp',
    'mord/dråp, försök',
    'mord/dråp försök',
    'olaga frihetsberövande',
    'våldtäkt',
    'våldtäkt, försök',
    'våldtäkt försök',
    'sedlighetsbrott',
    'vållande till kroppsskada',
    'bråk',
    'rattfylleri, misshandel',
  ],
  'vapen och sprängning': [
    'vapenlagen',
    'knivlagen',
    'skottlossning',
    'skottlossning, misstänkt',
    'skottlossning misstänkt',
    'sprängning',
    'detonation',
    'bombhot',
    'farligt föremål, misstänkt',
    'farligt föremål misstänkt',
  ],
  skadegörelse: ['skadegörelse'],
  'ordning och ofog': [
    'ordningslagen',
    'fylleri/lob',
    'ofog barn/ungdom',
    'alkohollagen',
    'olaga intrång',
    'olaga intrång/hemfridsbrott',
    'hemfridsbrott',
  ],
  brand: ['brand', 'brand automatlarm'],
  bedrägeri: ['bedrägeri', 'förfalskningsbrott', 'missbruk av urkund', 'ekobrott'],
};

const BY_TYPE = new Map<string, EventCategory>();
for (const [category, types] of Object.entries(GROUPS)) {
  for (const t of types) BY_TYPE.set(t, category as EventCategory);
}

/** "Trafikolycka,  personskada " → "Trafikolycka, personskada": spaces collapsed, nothing else changed. */
export function normaliseEventType(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

export function categoryOfType(type: string): EventCategory {
  return BY_TYPE.get(normaliseEventType(type).toLowerCase()) ?? 'övrigt';
}

/** "Sammanfattning natt", "Sammanfattning kväll och natt": police summaries of a period, not incidents. */
export function isSummaryType(type: string): boolean {
  return /^sammanfattning\b/i.test(normaliseEventType(type));
}
