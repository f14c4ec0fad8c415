/**
 * Swedish number words, including the closed compounds Swedish writes as
 * one word ("femtiotvå", "tvåhundrafemtio", "ettusen"), ordinals for
 * "var tredje vecka", and the approximate "-tal" forms ("ett tiotal").
 */

const UNITS: Readonly<Record<string, number>> = {
  noll: 0,
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  aderton: 18,
  nitton: 19,
};
const TENS: Readonly<Record<string, number>> = {
  tjugo: 20,
  trettio: 30,
  tretti: 30,
  fyrtio: 40,
  förtio: 40,
  femtio: 50,
  sextio: 60,
  sjuttio: 70,
  åttio: 80,
  nittio: 90,
};

const TENS_LIST = Object.entries(TENS);

function below100(s: string): number | null {
  if (s in UNITS) return UNITS[s] ?? null;
  if (s in TEENS) return TEENS[s] ?? null;
  for (const [word, value] of TENS_LIST) {
    if (!s.startsWith(word)) continue;
    const rest = s.slice(word.length);
    if (rest === '') return value;
    const unit = UNITS[rest];
    if (unit !== undefined && unit > 0) return value + unit;
  }
  return null;
}

function below1000(s: string): number | null {
  const at = s.indexOf('hundra');
  if (at < 0) return below100(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'hundra'.length);
  const multiplier = head === '' ? 1 : UNITS[head];
  if (multiplier === undefined || multiplier === 0) return null;
  const rest = tail === '' ? 0 : below100(tail);
  return rest === null ? null : multiplier * 100 + rest;
}

// Every word of a document is tried as a number; most are words, and they repeat.
const cache = new Map<string, number | null>();

/** Value of a Swedish cardinal written in letters, or null. "femtiotvå" → 52. */
export function parseNumberWord(word: string): number | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const value = parseUncached(word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, value);
  return value;
}

function parseUncached(word: string): number | null {
  // "ettusen" is the common spelling of "etttusen".
  const s = word.toLowerCase().replace(/^ettusen/u, 'etttusen');
  if (s === '') return null;
  const at = s.indexOf('tusen');
  if (at < 0) return below1000(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'tusen'.length);
  const multiplier = head === '' ? 1 : below1000(head);
  if (multiplier === null || multiplier === 0) return null;
  const rest = tail === '' ? 0 : below1000(tail);
  return rest === null ? null : multiplier * 1000 + rest;
}

const ORDINALS: Readonly<Record<string, number>> = {
  första: 1,
  andra: 2,
  tredje: 3,
  fjärde: 4,
  femte: 5,
  sjätte: 6,
  sjunde: 7,
  åttonde: 8,
  nionde: 9,
  tionde: 10,
  elfte: 11,
  tolfte: 12,
  trettonde: 13,
  fjortonde: 14,
  femtonde: 15,
  sextonde: 16,
  sjuttonde: 17,
  artonde: 18,
  nittonde: 19,
  tjugonde: 20,
  trettionde: 30,
};

/** "tredje" → 3, "14:e" → 14, "2:a" → 2. */
export function parseOrdinal(word: string): number | null {
  const s = word.toLowerCase();
  const digits = /^(\d+):[ea]$/u.exec(s);
  if (digits?.[1]) return Number(digits[1]);
  return ORDINALS[s] ?? null;
}

/** "tiotal" → 10, "tjugotal" → 20, "hundratal" → 100: an approximate count. */
export function parseApproximateWord(word: string): number | null {
  const m = /^(.+)tal$/u.exec(word.toLowerCase());
  if (!m?.[1]) return null;
  const value = parseNumberWord(m[1]);
  return value !== null && value >= 10 ? value : null;
}

/** A count written with digits ("12", "1 500", "2,5"). */
export function parseDigits(text: string): number | null {
  if (!/^\d{1,3}(?: \d{3})+$|^\d+(?:[.,]\d+)?$/u.test(text)) return null;
  const value = Number(text.replace(/ /g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
