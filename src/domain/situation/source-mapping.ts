/**
 * Which crime statistics and which of Polisen's events count as residents'
 * problems in the lägesbild, and under which problem category. The lists are
 * published as they stand on the method page (/app/lagesbild/metod) and in
 * docs/lagesbild-metod.md, so an analyst can say exactly what was counted.
 *
 * Left out on purpose: what the police find by their own work (Brå calls
 * them ingripandebrott: narcotics, traffic offences, weapons, and the
 * police's own controls) measures police effort, not residents' problems;
 * wildlife collisions are accidents; fires, lost people and illness are not
 * crime or disorder.
 */
import { normaliseEventType } from '../statistics/polisen-types.ts';
import { knownCategory } from '../statistics/categories.ts';

export type Mapped = { category: string } | { category: null; reasonSv: string; reasonEn: string };

const TOTAL = { category: null, reasonSv: 'summan av alla brott', reasonEn: 'the total of all crimes' } as const;
const POLICE_INITIATED = {
  category: null,
  reasonSv: 'upptäcks genom polisens eget arbete',
  reasonEn: "found by the police's own work",
} as const;
const WILDLIFE = { category: null, reasonSv: 'viltolycka', reasonEn: 'wildlife collision' } as const;
const NOT_CRIME = {
  category: null,
  reasonSv: 'inte brott eller ordningsproblem',
  reasonEn: 'not crime or disorder',
} as const;

/** BRÅ's crime categories (folded, lower case), first match wins; a row names the words it matches. */
export const CRIME_CATEGORY_RULES: readonly { match: string; pattern: RegExp; mapped: Mapped }[] = [
  { match: 'samtliga / totalt / anmälda brott', pattern: /^(samtliga|totalt|anmälda brott$)/, mapped: TOTAL },
  { match: 'narkotika', pattern: /narkotik/, mapped: POLICE_INITIATED },
  {
    match: 'trafik, rattfylleri, olovlig körning',
    pattern: /trafik|rattfyll|olovlig körning/,
    mapped: POLICE_INITIATED,
  },
  { match: 'vapen, kniv', pattern: /vapen|kniv/, mapped: POLICE_INITIATED },
  {
    match: 'nära relation, kvinnofrid',
    pattern: /nära relation|kvinnofrid|fridskränkning/,
    mapped: { category: 'vald_i_nara_relationer' },
  },
  {
    match: 'stöld, snatteri, inbrott, tillgrepp, rån, häleri',
    pattern: /stöld|snatteri|inbrott|tillgrepp|\brån|häleri/,
    mapped: { category: 'tillgreppsbrott' },
  },
  {
    match: 'misshandel, våld, hot, mord, dråp, sexualbrott, våldtäkt, ofredande',
    pattern: /misshandel|våld|\bhot|mord|dråp|sexual|ofredande/,
    mapped: { category: 'vald' },
  },
  { match: 'skadegörelse, klotter', pattern: /skadegör|klotter/, mapped: { category: 'skadegorelse' } },
  { match: 'bedrägeri, förfalskning', pattern: /bedrägeri|förfalskning|urkund/, mapped: { category: 'bedragerier' } },
  {
    match: 'ordningslagen, förargelseväckande beteende',
    pattern: /ordningslag|förargelse|ordningsstör/,
    mapped: { category: 'ordningsstorningar' },
  },
];

const NO_MATCH = {
  category: null,
  reasonSv: 'ingen motsvarande problemkategori',
  reasonEn: 'no matching problem category',
} as const;

/**
 * A stored BRÅ category: a known one by the statistics' published list
 * (src/domain/statistics/categories.ts), any other by the rules above.
 * Arson counts as damage (Polisen's fire events are not crime).
 */
export function mapCrimeCategory(category: string): Mapped {
  const known = knownCategory(category);
  if (known) {
    if (known.policeInitiated) return POLICE_INITIATED;
    if (known.problemCategory === null) return TOTAL;
    if (known.problemCategory === 'brand') return { category: 'skadegorelse' };
    return EVENT_CATEGORY_TO_PROBLEM[known.problemCategory] ?? NO_MATCH;
  }
  const folded = category.replace(/\s+/g, ' ').trim().toLowerCase();
  return CRIME_CATEGORY_RULES.find((r) => r.pattern.test(folded))?.mapped ?? NO_MATCH;
}

/** Polisen's event types that are left out, by their name in the feed (compared in lower case). */
export const EXCLUDED_EVENT_TYPES: readonly { type: string; mapped: Mapped }[] = [
  { type: 'Trafikkontroll', mapped: POLICE_INITIATED },
  { type: 'Kontroll person/fordon', mapped: POLICE_INITIATED },
  { type: 'Polisinsats/kommendering', mapped: POLICE_INITIATED },
  { type: 'Rattfylleri', mapped: POLICE_INITIATED },
  { type: 'Olovlig körning', mapped: POLICE_INITIATED },
  { type: 'Trafikbrott', mapped: POLICE_INITIATED },
  { type: 'Narkotikabrott', mapped: POLICE_INITIATED },
  { type: 'Vapenlagen', mapped: POLICE_INITIATED },
  { type: 'Knivlagen', mapped: POLICE_INITIATED },
  { type: 'Alkohollagen', mapped: POLICE_INITIATED },
  { type: 'Fylleri/LOB', mapped: POLICE_INITIATED },
  { type: 'Trafikolycka, vilt', mapped: WILDLIFE },
  { type: 'Viltolycka', mapped: WILDLIFE },
];

/** Polisen's event categories (src/domain/statistics/polisen-types.ts) as problem categories. */
export const EVENT_CATEGORY_TO_PROBLEM: Readonly<Record<string, Mapped>> = {
  narkotika: { category: 'narkotika' },
  trafik: { category: 'trafik' },
  'stöld och inbrott': { category: 'tillgreppsbrott' },
  rån: { category: 'tillgreppsbrott' },
  'våld och hot': { category: 'vald' },
  'vapen och sprängning': { category: 'vald' },
  skadegörelse: { category: 'skadegorelse' },
  'ordning och ofog': { category: 'ordningsstorningar' },
  bedrägeri: { category: 'bedragerier' },
  brand: NOT_CRIME,
  övrigt: NOT_CRIME,
};

const EXCLUDED_BY_TYPE = new Map(EXCLUDED_EVENT_TYPES.map((e) => [e.type.toLowerCase(), e.mapped]));

/** An event of a type ("Trafikolycka, vilt") and the category Polisen's import gave it ("trafik"). */
export function mapPoliceEvent(type: string, eventCategory: string): Mapped {
  const excluded = EXCLUDED_BY_TYPE.get(normaliseEventType(type).toLowerCase());
  if (excluded) return excluded;
  if (/^sammanfattning\b/i.test(normaliseEventType(type))) return NOT_CRIME;
  return EVENT_CATEGORY_TO_PROBLEM[eventCategory] ?? NOT_CRIME;
}
