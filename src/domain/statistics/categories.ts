/**
 * BRÅ's crime categories as the statistics store them. A category is kept
 * by a stable key (the folded Swedish name, e.g. "misshandel") next to the
 * label the file wrote, so the same series is found whether a table says
 * "Misshandel inkl. grov", "Misshandel, inkl. grov misshandel" or
 * "Misshandel (3 kap. 5–6 §§ BrB)". A category not in the list keeps its
 * folded name as its key, as before.
 *
 * The list is published: it says which problem category of the lägesbild
 * (the same categories as Polisen's events) each BRÅ category speaks of,
 * and which categories are mostly found by the police's own work (drugs,
 * traffic, weapons), so they are not read as what residents suffer.
 */
import type { EventCategory } from './polisen-types.ts';

/** The default BRÅ category: all reported crimes. The per-kommun yearly file is stored under it. */
export const DEFAULT_CATEGORY = 'samtliga brott';

export interface CrimeCategory {
  /** Stored in stats_crime_counts.category. */
  key: string;
  /** BRÅ's Swedish name. */
  label: string;
  labelEn: string;
  /** The lägesbild's problem category; null for totals that span several. */
  problemCategory: EventCategory | null;
  /** Mostly reported through the police's own work (spaningsbrott), not by those who suffer it. */
  policeInitiated: boolean;
  /** Other names BRÅ's tables and people use, folded (lower case, single spaces, "-" for dashes). */
  aliases: readonly string[];
}

const c = (
  key: string,
  label: string,
  labelEn: string,
  problemCategory: EventCategory | null,
  aliases: readonly string[] = [],
  policeInitiated = false,
): CrimeCategory => ({ key, label, labelEn, problemCategory, policeInitiated, aliases });

export const CRIME_CATEGORIES: readonly CrimeCategory[] = [
  c(DEFAULT_CATEGORY, 'Samtliga brott', 'All offences', null, ['samtliga anmälda brott', 'totalt antal brott']),
  c('brott mot person', 'Brott mot person (3–7 kap. BrB)', 'Offences against the person', 'våld och hot', [
    'brott mot liv och hälsa',
  ]),
  c('misshandel', 'Misshandel inkl. grov', 'Assault, incl. aggravated', 'våld och hot', [
    'misshandel inkl grov',
    'misshandel, inkl. grov misshandel',
    'misshandel inklusive grov',
  ]),
  c('olaga hot', 'Olaga hot', 'Unlawful threats', 'våld och hot'),
  c('ofredande', 'Ofredande', 'Molestation', 'våld och hot'),
  c('brott mot frihet och frid', 'Brott mot frihet och frid', 'Offences against liberty and peace', 'våld och hot'),
  c('sexualbrott', 'Sexualbrott', 'Sexual offences', 'våld och hot'),
  c('våldtäkt', 'Våldtäkt inkl. grov', 'Rape, incl. aggravated', 'våld och hot', ['våldtäkt inkl grov']),
  c('rån', 'Rån inkl. grovt', 'Robbery, incl. aggravated', 'rån', ['rån inkl grovt', 'rån inkl. grovt rån']),
  c('stöld och tillgrepp', 'Stöld- och tillgreppsbrott', 'Theft', 'stöld och inbrott', [
    'stöld- och tillgreppsbrott',
    'stöld, rån, häleri m.m.',
    'stöldbrott',
  ]),
  c('inbrottsstöld', 'Inbrottsstöld', 'Burglary', 'stöld och inbrott', ['inbrott']),
  c('bostadsinbrott', 'Bostadsinbrott', 'Residential burglary', 'stöld och inbrott', [
    'inbrott i bostad',
    'stöld genom inbrott i bostad',
  ]),
  c('butiksstöld', 'Butiksstöld, snatteri', 'Shoplifting', 'stöld och inbrott', [
    'snatteri',
    'butiksstöld/snatteri',
    'stöld i butik',
  ]),
  c('fordonsstöld', 'Stöld av motordrivet fordon', 'Theft of a motor vehicle', 'stöld och inbrott', [
    'stöld av motordrivet fordon',
    'bilstöld',
  ]),
  c('stöld ur fordon', 'Stöld ur eller från motordrivet fordon', 'Theft from a motor vehicle', 'stöld och inbrott', [
    'stöld ur/från motordrivet fordon',
    'stöld ur eller från motordrivet fordon',
  ]),
  c('cykelstöld', 'Stöld av cykel', 'Bicycle theft', 'stöld och inbrott', ['stöld av cykel']),
  c('bedrägeri', 'Bedrägeri och annan oredlighet', 'Fraud', 'bedrägeri', [
    'bedrägeribrott',
    'bedrägeri och annan oredlighet',
  ]),
  c('skadegörelse', 'Skadegörelsebrott', 'Criminal damage', 'skadegörelse', ['skadegörelsebrott']),
  c('klotter', 'Klotter', 'Graffiti', 'skadegörelse'),
  c('mordbrand', 'Mordbrand', 'Arson', 'brand', ['mordbrand inkl. grov']),
  c('narkotikabrott', 'Narkotikabrott', 'Drug offences', 'narkotika', ['narkotikastrafflagen'], true),
  c(
    'trafikbrott',
    'Trafikbrott',
    'Traffic offences',
    'trafik',
    ['brott mot trafikbrottslagen', 'trafikbrottslagen'],
    true,
  ),
  c('rattfylleri', 'Rattfylleri inkl. grovt', 'Drink driving', 'trafik', ['rattfylleri inkl grovt'], true),
  c('vapenbrott', 'Brott mot vapenlagen', 'Weapons offences', 'vapen och sprängning', ['vapenlagen'], true),
];

/** Lower case, single spaces, every dash a hyphen: how names are compared. */
export function foldCategory(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Misshandel (3 kap. 5–6 §§ BrB)." → "misshandel": the chapter reference, a brottskod in front and a full stop go. */
function bare(folded: string): string {
  return folded
    .replace(/^\d{4}\s+/, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[.,;:]+$/, '')
    .trim();
}

const BY_NAME = new Map<string, CrimeCategory>();
for (const cat of CRIME_CATEGORIES) {
  for (const name of [cat.key, foldCategory(cat.label), ...cat.aliases]) BY_NAME.set(name, cat);
}

/** The known category a name stands for, if any. */
export function knownCategory(raw: string): CrimeCategory | undefined {
  const folded = foldCategory(raw);
  return BY_NAME.get(folded) ?? BY_NAME.get(bare(folded));
}

/** The key a category is stored under: the known key, or the folded name; empty means all crimes. */
export function normaliseCategory(raw: string | null | undefined): string {
  const folded = foldCategory(raw ?? '');
  if (!folded) return DEFAULT_CATEGORY;
  return knownCategory(folded)?.key ?? folded;
}

/** The Swedish label to show for a stored key: the published one, else what the file wrote, else the key. */
export function categoryLabel(key: string, written?: string | null): string {
  return CRIME_CATEGORIES.find((x) => x.key === key)?.label ?? written?.trim() ?? key;
}
