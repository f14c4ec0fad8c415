/**
 * Period phrases of a target ("per halvår", "varje arbetspass", "var tredje
 * vecka", "i månaden", "årligen", "under perioden", "i snitt") found in a
 * commitment's own tokens. `recurring` marks phrases that by themselves
 * promise one occurrence per unit ("varje arbetspass" = once each shift),
 * unlike "per år" or "under året", which only qualify a number.
 */
import type { Per } from '../promise-document.ts';
import { parseNumberWord, parseOrdinal } from './numbers.ts';

const parseNumberWordOrNull = (w: string): boolean => w !== '' && parseNumberWord(w) !== null;
import type { Token } from './text.ts';

export interface Frequency {
  per: Per;
  every: number;
  recurring: boolean;
  /** Occurrences in each unit a recurring phrase names by itself: "varje fredag och lördag" is 2 per week. */
  times?: number;
  /** What a recurring phrase counts, when it says so: "varje fredag och lördag kväll" counts "kvällar". */
  unit?: string;
  /** Token index range of the phrase. */
  start: number;
  end: number;
}

const UNIT_WORDS: Readonly<Record<string, Per>> = {
  dag: 'day',
  dagen: 'day',
  dygn: 'day',
  dygnet: 'day',
  vecka: 'week',
  veckan: 'week',
  helg: 'week',
  helgen: 'week',
  veckoslut: 'week',
  måndag: 'week',
  tisdag: 'week',
  onsdag: 'week',
  torsdag: 'week',
  fredag: 'week',
  lördag: 'week',
  söndag: 'week',
  kväll: 'day',
  kvällen: 'day',
  natt: 'day',
  natten: 'day',
  morgon: 'day',
  morgonen: 'day',
  förmiddag: 'day',
  eftermiddag: 'day',
  vardag: 'day',
  skoldag: 'day',
  månad: 'month',
  månaden: 'month',
  mån: 'month',
  kvartal: 'quarter',
  kvartalet: 'quarter',
  tertial: 'tertial',
  tertialet: 'tertial',
  halvår: 'halfyear',
  halvåret: 'halfyear',
  termin: 'term',
  terminen: 'term',
  vårtermin: 'term',
  vårterminen: 'term',
  hösttermin: 'term',
  höstterminen: 'term',
  år: 'year',
  året: 'year',
  höst: 'year',
  vår: 'year',
  sommar: 'year',
  vinter: 'year',
  kalenderår: 'year',
  läsår: 'year',
  läsåret: 'year',
  arbetspass: 'shift',
  arbetspasset: 'shift',
  pass: 'shift',
  passet: 'shift',
  tjänstgöringspass: 'shift',
  period: 'period',
  perioden: 'period',
  löftesperiod: 'period',
  löftesperioden: 'period',
  avtalsperiod: 'period',
  avtalsperioden: 'period',
};

/** Nouns after "i"/"om"/"under" that only name the unit in definite form. */
const DEFINITE_AFTER_I: ReadonlySet<string> = new Set([
  'dygnet',
  'veckan',
  'månaden',
  'kvartalet',
  'tertialet',
  'halvåret',
  'terminen',
  'läsåret',
]);
const AFTER_OM: ReadonlySet<string> = new Set(['dagen', 'dygnet', 'veckan', 'månaden', 'året', 'terminen', 'halvåret']);
const AFTER_UNDER: Readonly<Record<string, Per>> = {
  året: 'year',
  läsåret: 'year',
  kalenderåret: 'year',
  terminen: 'term',
  vårterminen: 'term',
  höstterminen: 'term',
  halvåret: 'halfyear',
  tertialet: 'tertial',
  kvartalet: 'quarter',
  månaden: 'month',
  veckan: 'week',
  perioden: 'period',
  åren: 'period',
  löftesperioden: 'period',
  avtalsperioden: 'period',
  löftestiden: 'period',
};

const ADVERBS: Readonly<Record<string, Per>> = {
  dagligen: 'day',
  dagsvis: 'day',
  veckovis: 'week',
  veckoligen: 'week',
  månadsvis: 'month',
  månatligen: 'month',
  kvartalsvis: 'quarter',
  tertialvis: 'tertial',
  halvårsvis: 'halfyear',
  terminsvis: 'term',
  årligen: 'year',
  årsvis: 'year',
};

/** "fredagskväll", "lördagsnätter", "helgkvällar": a time of a weekday or weekend comes once a week. */
const WEEKDAY_TIME =
  /^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|helg)s?(kväll|natt|morgon|förmiddag|eftermiddag)(en|ar|arna)?$/u;

function unitAt(tokens: Token[], i: number): Per | null {
  const t = tokens[i];
  if (!t) return null;
  return UNIT_WORDS[t.lower] ?? (WEEKDAY_TIME.test(t.lower) ? 'week' : null);
}

const PART_OF_DAY: Readonly<Record<string, string>> = {
  kväll: 'kvällar',
  kvällen: 'kvällar',
  natt: 'nätter',
  natten: 'nätter',
  morgon: 'morgnar',
  eftermiddag: 'eftermiddagar',
};

/** "varje fredag och lördag kväll", "varje höst och vår": several days or seasons, each once per unit. */
function everyList(tokens: Token[], i: number, per: Per): Frequency {
  const kinds = new Set([tokens[i + 1]?.lower]);
  let end = i + 2;
  while (/^(,|och|samt)$/u.test(tokens[end]?.lower ?? '') && unitAt(tokens, end + 1) === per) {
    kinds.add(tokens[end + 1]?.lower);
    end += 2;
  }
  const unit = PART_OF_DAY[tokens[end]?.lower ?? ''];
  const times = kinds.size;
  if (unit && per === 'week') end++;
  return { per, every: 1, recurring: true, ...(times > 1 ? { times } : {}), ...(unit ? { unit } : {}), start: i, end };
}

/** "var tredje vecka", "varannan månad", "var 14:e dag", "varje arbetspass". */
function everyPhrase(tokens: Token[], i: number): Frequency | null {
  const w = tokens[i]?.lower;
  if (w === 'varje' || w === 'varenda') {
    const per = unitAt(tokens, i + 1);
    return per ? everyList(tokens, i, per) : null;
  }
  if (w === 'varannan' || w === 'vartannat' || w === 'varannat') {
    const per = unitAt(tokens, i + 1);
    return per ? { per, every: 2, recurring: true, start: i, end: i + 2 } : null;
  }
  if (w === 'var') {
    const ordinal = parseOrdinal(tokens[i + 1]?.lower ?? '') ?? (tokens[i + 1]?.lower === 'annan' ? 2 : null);
    const per = unitAt(tokens, i + 2);
    if (ordinal !== null && ordinal > 0 && per) return { per, every: ordinal, recurring: true, start: i, end: i + 3 };
  }
  return null;
}

const WEEKDAYS_PLURAL = /^(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)ar$/u;

/** "fredagar och lördagar", "på fredagar": each named day once a week; not "två fredagar", "vissa fredagar". */
function pluralDays(tokens: Token[], i: number): Frequency | null {
  if (!WEEKDAYS_PLURAL.test(tokens[i]?.lower ?? '')) return null;
  const before = tokens[i - 1]?.lower ?? '';
  if (/^\d/u.test(before) || parseNumberWordOrNull(before) || (/(a|e)$/u.test(before) && !/^(ute|alla)$/u.test(before)))
    return null;
  const kinds = new Set([tokens[i]?.lower]);
  let end = i + 1;
  while (/^(,|och|samt)$/u.test(tokens[end]?.lower ?? '') && WEEKDAYS_PLURAL.test(tokens[end + 1]?.lower ?? '')) {
    kinds.add(tokens[end + 1]?.lower);
    end += 2;
  }
  const times = kinds.size;
  return { per: 'week', every: 1, recurring: true, ...(times > 1 ? { times } : {}), start: i, end };
}

function frequencyAt(tokens: Token[], i: number): Frequency | null {
  const w = tokens[i]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  const one = (per: Per, end: number, recurring = false): Frequency => ({ per, every: 1, recurring, start: i, end });
  const every = everyPhrase(tokens, i) ?? pluralDays(tokens, i);
  if (every) return every;
  if (w in ADVERBS) return one(ADVERBS[w] as Per, i + 1, true);
  if (w === 'per' || w === '/') {
    const per = unitAt(tokens, i + 1);
    if (per) return one(per, i + 2);
    const later = next === 'varje' || next === 'ett' || next === 'en' ? unitAt(tokens, i + 2) : null;
    return later ? one(later, i + 3) : null;
  }
  if (w === 'i' && DEFINITE_AFTER_I.has(next)) return one(UNIT_WORDS[next] as Per, i + 2);
  if (w === 'om' && AFTER_OM.has(next)) return one(UNIT_WORDS[next] as Per, i + 2);
  if (w === 'under') {
    const skip = next === 'hela' || next === 'varje' ? 1 : 0;
    const word = tokens[i + 1 + skip]?.lower ?? '';
    const per = AFTER_UNDER[word];
    if (per) return one(per, i + 2 + skip, skip === 1 && next === 'varje');
  }
  return null;
}

/** Every period phrase in tokens [from, to), in order. */
export function findFrequencies(tokens: Token[], from = 0, to = tokens.length): Frequency[] {
  const out: Frequency[] = [];
  for (let i = from; i < to; i++) {
    const f = frequencyAt(tokens, i);
    if (f && f.end <= to) {
      out.push(f);
      i = f.end - 1;
    }
  }
  return out;
}

/** "i snitt", "i genomsnitt", "i medeltal", "genomsnittligen" within [from, to). */
export function hasAverage(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = tokens[i]?.lower;
    const next = tokens[i + 1]?.lower;
    if (w === 'genomsnittligen' || w === 'snittet') return true;
    if (w === 'i' && (next === 'snitt' || next === 'genomsnitt' || next === 'medeltal')) return true;
  }
  return false;
}
