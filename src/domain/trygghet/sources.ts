/**
 * Survey results a kommun gets from others: Polisens trygghetsmätning, Brå's
 * Nationella trygghetsundersökningen (NTU) and SCB's medborgarundersökning.
 * Each is a table in the source's report; a staff member copies it into a
 * spreadsheet and saves it as CSV. This module says, per source, what its
 * numbers measure and which columns its table has (the names as the report
 * writes them, with the variants people type).
 */

export const OUTSIDE_SOURCES = ['polisen_trygghetsmatning', 'bra_ntu', 'scb_medborgarundersokning'] as const;
export type OutsideSource = (typeof OUTSIDE_SOURCES)[number];

/**
 * What a value is: Polisen's problem index 0 ("närmast obefintligt problem")
 * to 6 ("alarmerande påtagligt problem"); a share in percent (0–100) of those
 * answering, as NTU reports; SCB's index 0–100.
 */
export const OUTSIDE_MEASURES = ['index_0_6', 'share', 'index_0_100'] as const;
export type OutsideMeasure = (typeof OUTSIDE_MEASURES)[number];

/**
 * Whose figure a row is: the whole kommun, one of its areas, its län, a
 * lokalpolisområde, or the whole country (a comparison the reports print).
 */
export const OUTSIDE_LEVELS = ['kommun', 'area', 'lan', 'lpo', 'riket'] as const;
export type OutsideLevel = (typeof OUTSIDE_LEVELS)[number];

export type Column = 'place' | 'item' | 'value' | 'answers' | 'interval' | 'margin';

export interface SourceLayout {
  source: OutsideSource;
  label: string;
  labelEn: string;
  measure: OutsideMeasure;
  /** The highest value the measure takes (the lowest is 0). */
  max: number;
  /** The header as the help text shows it. */
  header: string;
  /** Accepted header names per column, folded (see foldHeader); the first is the one the help names. */
  columns: Readonly<Record<Column, readonly string[]>>;
}

const ANSWERS = ['antal svar', 'svar', 'antal svarande', 'svarande', 'antal', 'n'];
const INTERVAL = ['konfidensintervall', 'ki', '95 % konfidensintervall', 'konfidensintervall 95 %', 'intervall'];
const MARGIN = ['felmarginal', 'felmarginal ±', 'felmarginal +/-', 'osäkerhet', 'statistisk osäkerhet'];

export const LAYOUTS: Readonly<Record<OutsideSource, SourceLayout>> = {
  polisen_trygghetsmatning: {
    source: 'polisen_trygghetsmatning',
    label: 'Polisens trygghetsmätning',
    labelEn: "The police's local safety survey",
    measure: 'index_0_6',
    max: 6,
    header: 'Område;Påstående;Index;Antal svar',
    columns: {
      place: ['område', 'delområde', 'geografiskt område'],
      item: ['påstående', 'problem', 'fråga', 'problemområde'],
      value: ['index', 'problemindex', 'indexvärde', 'värde'],
      answers: ANSWERS,
      interval: INTERVAL,
      margin: MARGIN,
    },
  },
  bra_ntu: {
    source: 'bra_ntu',
    label: 'Brå:s Nationella trygghetsundersökning (NTU)',
    labelEn: "Brå's Swedish Crime Survey (NTU)",
    measure: 'share',
    max: 100,
    header: 'Region;Fråga;Andel (%);Felmarginal (±);Antal svar',
    columns: {
      place: ['region', 'område', 'kommun', 'län', 'geografi'],
      item: ['fråga', 'indikator', 'påstående'],
      value: ['andel %', 'andel', 'andel procent', 'procent', 'värde'],
      answers: ANSWERS,
      interval: INTERVAL,
      margin: MARGIN,
    },
  },
  scb_medborgarundersokning: {
    source: 'scb_medborgarundersokning',
    label: 'SCB:s medborgarundersökning',
    labelEn: "Statistics Sweden's citizen survey",
    measure: 'index_0_100',
    max: 100,
    header: 'Kommun;Index;Värde;Felmarginal;Antal svar',
    columns: {
      place: ['kommun', 'region'],
      item: ['index', 'betygsindex', 'index/betygsindex', 'faktor', 'fråga'],
      value: ['värde', 'indexvärde', 'betyg', 'resultat'],
      answers: ANSWERS,
      interval: INTERVAL,
      margin: MARGIN,
    },
  },
};

export function isOutsideSource(value: unknown): value is OutsideSource {
  return typeof value === 'string' && (OUTSIDE_SOURCES as readonly string[]).includes(value);
}

/** "Andel (%)" → "andel %", "Felmarginal (±)" → "felmarginal ±", "Antal  svar:" → "antal svar". */
export function foldHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .toLocaleLowerCase('sv')
    .replace(/[()[\]:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
