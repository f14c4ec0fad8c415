/**
 * Finds the amounts a commitment promises: "minst två", "2 ggr", "ett
 * tiotal", "två till tre", "upp till fem", "minst 20 procent", "motsvarande
 * antal". Numbers that describe something else (school years, ages,
 * durations, law references, dates, times) are skipped, and "en"/"ett" is
 * read as an article unless a qualifier or a frequency makes it a count.
 */
import { parseApproximateWord, parseDigits, parseNumberWord } from './numbers.ts';
import { type Token, isWord } from './text.ts';
import {
  APPROX_BEFORE,
  BOUNDARY,
  DURATION_GENITIVE,
  FREQUENCY_ADJECTIVES,
  GRADE_WORDS,
  MONTHS,
  RANGE_LINK,
  SHARE_WORDS,
  TIMES,
  UNIT_SKIP,
  VERBS_BACK,
} from './amount-words.ts';
import { describesSomethingElse } from './not-counts.ts';

export interface Amount {
  kind: 'count' | 'share';
  value: number;
  max: number | null;
  atLeast: boolean;
  /** The words when the count is approximate ("ett tiotal"), for a warning. */
  approximate: string | null;
  /** "motsvarande antal": same as the amount before. */
  copiesPrevious: boolean;
  unit: string | null;
  /** First token of the phrase (its qualifier), and one past its number/unit. */
  start: number;
  end: number;
  /** One past the number itself (before the unit). */
  numberEnd: number;
}

interface NumberHit {
  value: number;
  end: number;
  word: boolean;
}

function numberAt(tokens: Token[], i: number): NumberHit | null {
  const t = tokens[i];
  if (!t) return null;
  if (/^\d/.test(t.text)) {
    // "22.00" is a time of day; Swedish writes decimals with a comma.
    if (/^\d{1,2}\.\d{2}$/.test(t.text)) return null;
    const value = parseDigits(t.text);
    if (value === null || (Number.isInteger(value) && value >= 1950 && value <= 2099 && t.text.length === 4))
      return null;
    return { value, end: i + 1, word: false };
  }
  const value = parseNumberWord(t.lower);
  return value === null ? null : { value, end: i + 1, word: true };
}

interface Qualifier {
  atLeast: boolean;
  upTo: boolean;
  approximate: boolean;
  start: number;
}

function qualifierBefore(tokens: Token[], i: number): Qualifier {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  const q: Qualifier = { atLeast: false, upTo: false, approximate: false, start: i };
  let k = i - 1;
  if (w(k) === '.' && w(k - 1) === 'ca') k -= 1;
  if (w(k) === 'minst' || w(k) === 'åtminstone' || w(k) === 'lägst') {
    q.atLeast = true;
    q.start = w(k - 1) === 'som' ? k - 1 : k;
  } else if (w(k) === 'än' && w(k - 1) === 'färre' && (w(k - 2) === 'inte' || w(k - 2) === 'ej')) {
    q.atLeast = true;
    q.start = k - 2;
  } else if (w(k) === 'till' && w(k - 1) === 'upp') {
    q.upTo = true;
    q.start = k - 1;
  } else if (w(k) === 'högst' || w(k) === 'max' || w(k) === 'maximalt') {
    q.upTo = true;
    q.start = k;
  } else if (APPROX_BEFORE.has(w(k))) {
    q.approximate = true;
    q.start = k;
  }
  return q;
}

/** "en"/"ett"/"sex" count only with a qualifier, "gång"/"tillfälle", or a frequency close by. */
function articleCounts(tokens: Token[], i: number, q: Qualifier, nearFrequency: (i: number) => boolean): boolean {
  if (q.atLeast || q.upTo || q.approximate) return true;
  const next = tokens[i + 1]?.lower ?? '';
  if (['av', 'antal', 'sådan', 'sådant', 'viss', 'visst', 'annan', 'annat', 'del', 'rad'].includes(next)) return false;
  if (TIMES.has(next) || /^tillfälle/u.test(next)) return true;
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (tokens[k]?.lower === 'respektive') return true;
    if (/^[.;]$/.test(tokens[k]?.text ?? '')) break;
  }
  return nearFrequency(i);
}

function rangeAfter(tokens: Token[], hit: NumberHit): NumberHit | null {
  const link = tokens[hit.end]?.lower ?? '';
  if (!RANGE_LINK.has(link)) return null;
  const upper = numberAt(tokens, hit.end + 1);
  if (!upper || upper.word !== hit.word || upper.value <= 0) return null;
  return upper;
}

/** The counted noun after the number, "20 minuters trafikkontroller" included. */
function unitAfter(tokens: Token[], from: number): { unit: string | null; end: number } {
  let k = from;
  while (UNIT_SKIP.has(tokens[k]?.lower ?? '') || tokens[k]?.text === '.') k++;
  const words: string[] = [];
  while (words.length < 3 && k < tokens.length) {
    const t = tokens[k] as Token;
    if (/^\d/.test(t.text) && DURATION_GENITIVE.has(tokens[k + 1]?.lower ?? '')) {
      words.push(t.text, (tokens[k + 1] as Token).text);
      k += 2;
      continue;
    }
    if (!isWord(t) || BOUNDARY.has(t.lower) || MONTHS.has(t.lower)) break;
    words.push(t.text);
    k++;
    // "alkohol- och drogkontroller": a shared word end joins the two words into one unit.
    if (t.text.endsWith('-') && /^(och|eller)$/u.test(tokens[k]?.lower ?? '') && isWord(tokens[k + 1])) {
      words.push((tokens[k] as Token).text, (tokens[k + 1] as Token).text);
      k += 2;
      break;
    }
    if (TIMES.has(t.lower) || /^tillfäll/u.test(t.lower)) break;
  }
  return { unit: words.length > 0 ? words.join(' ') : null, end: k };
}

/** Prepositions that open a place or a purpose phrase: "kontroller vid gränsövergången två gånger". */
const PHRASE_PREPOSITIONS = new Set([
  'på',
  'i',
  'vid',
  'längs',
  'kring',
  'runt',
  'utanför',
  'inom',
  'hos',
  'mot',
  'om',
]);
/** A definite noun ("skolorna", "gränsövergången") names what is visited or acted on, not what is counted. */
const DEFINITE = /(en|et|na|an)$/u;

/**
 * The object a "… minst två gånger" counts, looking back: "operativa
 * insatser". A place phrase in between is passed over ("kontroller vid
 * gränsövergången"); "varje högstadieskola" or a definite noun is not
 * the counted thing, so there is none.
 */
function objectBefore(tokens: Token[], start: number): string | null {
  let words: string[] = [];
  for (let k = start - 1; k >= 0 && words.length < 3; k--) {
    const t = tokens[k] as Token;
    if (/^(snitt|genomsnitt|medeltal)$/u.test(t.lower) && tokens[k - 1]?.lower === 'i') {
      k--;
      continue;
    }
    if (PHRASE_PREPOSITIONS.has(t.lower) && words.length > 0) {
      words = [];
      continue;
    }
    if (/^(varje|alla|samtliga|vart|varenda)$/u.test(t.lower)) return null;
    if (!isWord(t) || BOUNDARY.has(t.lower) || VERBS_BACK.has(t.lower) || parseNumberWord(t.lower) !== null) break;
    // A capital inside a sentence is a name ("Norsjöbladet"), not the counted thing.
    const sentenceStart = k === 0 || /^[.!?:;]$/.test(tokens[k - 1]?.text ?? '');
    if (/^\p{Lu}/u.test(t.text) && !sentenceStart) break;
    words.unshift(t.text);
  }
  while (words.length > 0 && FREQUENCY_ADJECTIVES.has((words[0] ?? '').toLowerCase())) words.shift();
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length === 0 || (DEFINITE.test(head) && !/(ioner|ar|er|or)$/u.test(head))) return null;
  return words.join(' ');
}

function shareUnit(tokens: Token[], from: number): string | null {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  if (w(from) === 'av' && isWord(tokens[from + 1])) return unitAfter(tokens, from + 1).unit;
  if (w(from) === 'ska' && w(from + 1) === 'vara' && isWord(tokens[from + 2])) return unitAfter(tokens, from + 2).unit;
  return null;
}

/**
 * Every amount in the tokens, in order. `nearFrequency(i)` tells whether a
 * period phrase sits close to token i (it decides when "en" is a count).
 */
export function findAmounts(tokens: Token[], nearFrequency: (i: number) => boolean): Amount[] {
  const found: Amount[] = [];
  const gradeRanges = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const copy = copyPhraseAt(tokens, i);
    if (copy) {
      found.push(copy);
      i = copy.end - 1;
      continue;
    }
    const amount = amountAt(tokens, i, gradeRanges, found[found.length - 1], nearFrequency);
    if (typeof amount === 'number') {
      i = amount - 1;
    } else if (amount) {
      found.push(amount);
      i = amount.end - 1;
    }
  }
  return found;
}

function copyPhraseAt(tokens: Token[], i: number): Amount | null {
  const w = tokens[i]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  const isCopy =
    (w === 'motsvarande' && (next === 'antal' || next === 'mängd')) ||
    (w === 'lika' && next === 'många') ||
    (w === 'samma' && next === 'antal');
  if (!isCopy) return null;
  return {
    kind: 'count',
    value: 0,
    max: null,
    atLeast: false,
    approximate: null,
    copiesPrevious: true,
    unit: null,
    start: i,
    end: i + 2,
    numberEnd: i + 2,
  };
}

function approximateAt(tokens: Token[], i: number): Amount | null {
  if (tokens[i]?.lower !== 'ett') return null;
  const next = tokens[i + 1];
  const value = next ? parseApproximateWord(next.lower) : null;
  const pair = next?.lower === 'par';
  if (value === null && !pair) return null;
  const { unit, end } = unitAfter(tokens, i + 2);
  const words = `ett ${next?.text ?? ''}`;
  return {
    kind: 'count',
    value: value ?? 2,
    max: null,
    atLeast: false,
    approximate: words,
    copiesPrevious: false,
    unit,
    start: i,
    end,
    numberEnd: i + 2,
  };
}

function amountAt(
  tokens: Token[],
  i: number,
  gradeRanges: Set<string>,
  previous: Amount | undefined,
  nearFrequency: (i: number) => boolean,
): Amount | number | null {
  const approx = approximateAt(tokens, i);
  if (approx) return approx;
  const hit = numberAt(tokens, i);
  if (!hit) return null;
  const upper = rangeAfter(tokens, hit);
  const last = upper ? upper.end : hit.end;
  const rangeKey = upper ? `${hit.value}-${upper.value}` : null;
  // A skipped range is skipped whole, so its upper end is not read as a count.
  if (rangeKey && gradeRanges.has(rangeKey)) return last;
  if (describesSomethingElse(tokens, i, last, hit.value)) {
    if (rangeKey && GRADE_WORDS.has(tokens[i - 1]?.lower ?? '')) gradeRanges.add(rangeKey);
    return last;
  }
  // "minst två 2 aktivitetstillfällen": the digit repeats the word.
  if (previous && previous.numberEnd === i && !hit.word && previous.value === hit.value) return null;
  const q = qualifierBefore(tokens, i);
  const lower = tokens[i]?.lower ?? '';
  if ((lower === 'en' || lower === 'ett' || lower === 'sex') && !articleCounts(tokens, i, q, nearFrequency))
    return null;
  if (hit.value === 0) return null;
  const after = tokens[last]?.lower ?? '';
  if (SHARE_WORDS.has(after)) {
    return {
      kind: 'share',
      value: hit.value,
      max: null,
      atLeast: q.atLeast,
      approximate: null,
      copiesPrevious: false,
      unit: shareUnit(tokens, last + 1),
      start: q.start,
      end: last + 1,
      numberEnd: last + 1,
    };
  }
  const skipRepeat =
    /^\d/.test(tokens[last]?.text ?? '') && parseDigits(tokens[last]?.text ?? '') === hit.value ? last + 1 : last;
  let { unit, end } = unitAfter(tokens, skipRepeat);
  if (unit && TIMES.has(unit.toLowerCase())) unit = objectBefore(tokens, q.start) ?? unit;
  const max = upper ? upper.value : q.upTo ? hit.value : null;
  const approximate = q.approximate ? `${tokens[q.start]?.text ?? ''} ${tokens[i]?.text ?? ''}` : null;
  return {
    kind: 'count',
    value: hit.value,
    max,
    atLeast: q.atLeast,
    approximate,
    copiesPrevious: false,
    unit,
    start: q.start,
    end,
    numberEnd: last,
  };
}
