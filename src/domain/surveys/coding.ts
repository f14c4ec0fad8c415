/**
 * Coding free-text answers into problem categories. Staff decide; the
 * product suggests categories whose keywords share a Swedish stem with a
 * word of the answer. A keyword stem of four letters or more also matches
 * as the head of a compound ("cykelstöld" → stöld), and one of five or
 * more as its first part ("narkotikahandel" → narkotika). Phrases
 * ("kör fort") match their stems in a row.
 */
import { z } from 'zod';
import { stemSwedish, words } from './stemming.ts';
import { LIMITS } from './rules.ts';
import { localizedTextSchema } from './types.ts';

export const codingCategorySchema = z.object({
  key: z.string().regex(/^[a-z0-9_]{1,40}$/),
  label: localizedTextSchema,
  keywords: z.array(z.string().trim().min(LIMITS.keyword[0]).max(LIMITS.keyword[1])).max(LIMITS.keywords).default([]),
});
export type CodingCategory = z.infer<typeof codingCategorySchema>;

const cat = (key: string, sv: string, en: string, keywords: string[]): CodingCategory => ({
  key,
  label: { sv, en },
  keywords,
});

export const DEFAULT_CATEGORIES: readonly CodingCategory[] = Object.freeze([
  cat('narkotika', 'Narkotika', 'Drugs', [
    'narkotika',
    'knark',
    'knarkare',
    'droger',
    'drog',
    'hasch',
    'cannabis',
    'marijuana',
    'kokain',
    'amfetamin',
    'langning',
    'langare',
    'langar',
    'påtänd',
    'sprutor',
    'kanyler',
  ]),
  cat('trafik', 'Trafik', 'Traffic', [
    'trafik',
    'fortkörning',
    'kör fort',
    'för fort',
    'hastighet',
    'bil',
    'bilar',
    'moped',
    'mopeder',
    'epa',
    'traktor',
    'motorcykel',
    'buskörning',
    'rattfylla',
    'skoter',
    'fyrhjuling',
    'övergångsställe',
    'farthinder',
    'racing',
  ]),
  cat('tillgreppsbrott', 'Tillgreppsbrott', 'Theft', [
    'stöld',
    'stölder',
    'stjäl',
    'stulit',
    'stulen',
    'stulna',
    'inbrott',
    'snatteri',
    'tjuv',
    'tjuvar',
    'rån',
    'rånet',
  ]),
  cat('vald', 'Våld', 'Violence', [
    'våld',
    'våldsbrott',
    'misshandel',
    'misshandlad',
    'slagsmål',
    'slåss',
    'hot',
    'hotad',
    'hotet',
    'hotfull',
    'kniv',
    'knivar',
    'vapen',
    'skjutning',
    'skottlossning',
    'överfall',
  ]),
  cat('vald_nara_relationer', 'Våld i nära relationer', 'Domestic violence', [
    'nära relation',
    'nära relationer',
    'partnervåld',
    'hemmavåld',
    'hedersvåld',
    'heder',
    'pojkvän',
    'flickvän',
    'sambo',
    'exman',
    'exfru',
    'kvinnofrid',
    'kvinnojour',
  ]),
  cat('ordningsstorningar', 'Ordningsstörningar', 'Public disorder', [
    'störning',
    'störningar',
    'stök',
    'stökigt',
    'oväsen',
    'bråk',
    'bråkar',
    'berusad',
    'berusade',
    'fylla',
    'fyllo',
    'alkohol',
    'fest',
    'skrik',
    'högljudd',
    'smällare',
    'fyrverkerier',
  ]),
  cat('skadegorelse', 'Skadegörelse', 'Vandalism', [
    'skadegörelse',
    'klotter',
    'klottrar',
    'klottrat',
    'graffiti',
    'vandalisering',
    'förstör',
    'förstörd',
    'sönder',
    'krossad',
    'krossade',
    'anlagd',
    'brand',
    'bränder',
    'tagg',
  ]),
  cat('otrygga_platser', 'Otrygga platser', 'Unsafe places', [
    'otrygg',
    'otryggt',
    'mörk',
    'mörker',
    'belysning',
    'lampa',
    'lampor',
    'gatlykta',
    'buskage',
    'tunnel',
    'gångtunnel',
    'park',
    'busshållplats',
    'station',
    'perrong',
    'undviker',
  ]),
  cat('ungdomar', 'Ungdomar', 'Young people', [
    'ungdom',
    'ungdomar',
    'unga',
    'tonåring',
    'tonåringar',
    'gäng',
    'gänget',
    'kids',
    'fritidsgård',
    'skolan',
    'elever',
    'minderåriga',
  ]),
  cat('bedragerier', 'Bedrägerier', 'Fraud', [
    'bedrägeri',
    'bedragare',
    'bluff',
    'bluffsamtal',
    'lurad',
    'lurade',
    'lura',
    'bankid',
    'svindel',
    'kortbedrägeri',
    'nätbedrägeri',
  ]),
  cat('ovrigt', 'Övrigt', 'Other', []),
]);

export const Suggestion = z.object({
  key: z.string(),
  label: localizedTextSchema,
  /** The words of the answer that matched, as written. */
  matched: z.array(z.string()),
});
export type Suggestion = z.infer<typeof Suggestion>;

function stemMatches(wordStem: string, keyStem: string): boolean {
  if (wordStem === keyStem) return true;
  if (keyStem.length >= 4 && wordStem.endsWith(keyStem)) return true;
  return keyStem.length >= 5 && wordStem.startsWith(keyStem);
}

interface PreparedKeyword {
  stems: string[];
}

function prepare(category: CodingCategory): PreparedKeyword[] {
  return category.keywords.map((k) => ({ stems: words(k).map(stemSwedish) })).filter((k) => k.stems.length > 0);
}

/** Positions in the text where a keyword matches; phrases must match word by word. */
function matchAt(textStems: string[], keyword: PreparedKeyword): number[] {
  const hits: number[] = [];
  const [head, ...rest] = keyword.stems;
  for (let i = 0; i < textStems.length; i++) {
    if (
      rest.length === 0
        ? stemMatches(textStems[i]!, head!)
        : textStems[i] === head && rest.every((s, j) => textStems[i + 1 + j] === s)
    )
      hits.push(i);
  }
  return hits;
}

/** Categories suggested for one answer, most matches first. */
export function suggestCategories(
  text: string,
  categories: readonly CodingCategory[] = DEFAULT_CATEGORIES,
): Suggestion[] {
  const textWords = words(text);
  const textStems = textWords.map(stemSwedish);
  const out: Suggestion[] = [];
  for (const category of categories) {
    const matched = new Set<string>();
    for (const keyword of prepare(category)) {
      for (const i of matchAt(textStems, keyword)) matched.add(textWords.slice(i, i + keyword.stems.length).join(' '));
    }
    if (matched.size) out.push({ key: category.key, label: category.label, matched: [...matched] });
  }
  return out.sort((a, b) => b.matched.length - a.matched.length);
}
