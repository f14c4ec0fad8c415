/**
 * The measurable part of a commitment: the first amount becomes `target`,
 * further amounts go to `targets` with their place. A period is taken only
 * from the commitment's own words, nearest after the amount, otherwise
 * earlier in the same sentence ("Under året utföra minst två insatser").
 */
import type { Per, Target } from '../promise-document.ts';
import { resolveMunicipality } from '../municipality/municipality.ts';
import { type Amount, findAmounts } from './amounts.ts';
import { type Frequency, findFrequencies, hasAverage } from './frequency.ts';
import { type Token, excerpt, isWord, sentenceRanges, tokenize } from './text.ts';

export interface TargetReading {
  target: Target;
  targets: Array<{ target: Target; place: string | null }>;
  places: string[];
  warnings: string[];
}

interface Placed {
  target: Target;
  place: string | null;
}

const NONE: Target = { kind: 'none' };
const SUM_WORDS = /^(totalt|sammanlagt|sammantaget|alltså|dvs)$/u;
const PLACE_PREPOSITIONS = new Set(['på', 'i', 'vid', 'kring', 'inom', 'runt']);
const AREA_PREFIX = new Set(['centrala', 'norra', 'södra', 'östra', 'västra', 'inre', 'yttre']);
const NOT_PLACES =
  /^(polis\p{L}*|kommun\p{L}*|brå|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|lokalpolisområde\p{L}*|lvm|lvu|andt)$/u;

function sentenceOf(ranges: Array<[number, number]>, i: number): [number, number] {
  return ranges.find(([s, e]) => i >= s && i < e) ?? [0, Number.MAX_SAFE_INTEGER];
}

/** Places written in lower case that still name one place in the kommun: "i centrum", "på torget", "vid busstationen". */
const LOWER_CASE_PLACE =
  /^(centrum|resecentrum|stadskärnan|gågatan|hamnen|\p{L}*torget|\p{L}*stationen|\p{L}*parken|köpcentr(et|um))$/u;

/** Capitalised words from j ("Råslätt", "Norra Stadsdelen", "Folkets hus"), at most four, or one lower-case place. */
function nameAt(tokens: Token[], j: number): { words: string[]; end: number } {
  const words: string[] = [];
  if (isWord(tokens[j]) && LOWER_CASE_PLACE.test((tokens[j] as Token).lower))
    return { words: [(tokens[j] as Token).text], end: j + 1 };
  while (words.length < 4 && isWord(tokens[j]) && /^\p{Lu}/u.test((tokens[j] as Token).text))
    words.push((tokens[j++] as Token).text);
  // "Folkets hus", "Folkets park-området": a genitive name owns the noun after it.
  const next = tokens[j];
  if (words.length > 0 && /s$/u.test(words[words.length - 1] ?? '') && isWord(next) && /^\p{Ll}{3,}/u.test(next.text)) {
    words.push(next.text);
    j++;
  }
  return { words, end: j };
}

function acceptable(named: string[], prefixed: boolean, next: Token | undefined): boolean {
  if (named.length === 0 || named.some((w) => NOT_PLACES.test(w.toLowerCase()))) return false;
  if (/^(kommun|kommuns|stad|stads)$/u.test(next?.lower ?? '')) return false;
  return prefixed || !resolveMunicipality(named.join(' '));
}

/** Named places after "på/i/vid …": "Råslätt", "centrala Åsele", "Skönsberg, Nacksta och Bredsand"; not the kommun itself. */
function placesAt(tokens: Token[], k: number): { places: string[]; end: number } | null {
  if (!PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
  if (/^(lokal)?polis/u.test(tokens[k - 1]?.lower ?? '')) return null;
  const prefix = AREA_PREFIX.has(tokens[k + 1]?.text ?? '') ? (tokens[k + 1] as Token).text : null;
  const first = nameAt(tokens, prefix ? k + 2 : k + 1);
  if (!acceptable(first.words, prefix !== null, tokens[first.end])) return null;
  const places = [[...(prefix ? [prefix] : []), ...first.words].join(' ')];
  let end = first.end;
  while (/^(,|och|samt)$/u.test(tokens[end]?.lower ?? '')) {
    const more = nameAt(tokens, end + 1);
    if (!acceptable(more.words, false, tokens[more.end])) break;
    places.push(more.words.join(' '));
    end = more.end;
  }
  return { places, end };
}

function placesIn(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const hit = placesAt(tokens, k);
    if (!hit) continue;
    for (const place of hit.places) if (!out.includes(place)) out.push(place);
    k = hit.end - 1;
  }
  return out;
}

interface Timing {
  per: Per | null;
  every: number;
  average: boolean;
}

function timingFor(
  tokens: Token[],
  amount: Amount,
  bounds: { segmentEnd: number; windowStart: number },
  freqs: Frequency[],
  used: Set<Frequency>,
): Timing {
  const after = freqs.find((f) => !used.has(f) && f.start >= amount.numberEnd && f.start < bounds.segmentEnd);
  const before = [...freqs]
    .reverse()
    .find((f) => !used.has(f) && f.end <= amount.start && f.start >= bounds.windowStart);
  const chosen = after ?? before;
  if (chosen) used.add(chosen);
  return {
    per: chosen?.per ?? null,
    every: chosen?.every ?? 1,
    average: hasAverage(tokens, bounds.windowStart, bounds.segmentEnd),
  };
}

function toTarget(amount: Amount, timing: Timing, previous: Target | null): Target {
  if (amount.kind === 'share') {
    return { kind: 'share', percent: Math.min(100, amount.value), atLeast: amount.atLeast, unit: amount.unit };
  }
  if (amount.copiesPrevious && previous?.kind === 'count') {
    return { ...previous, per: timing.per ?? previous.per, every: timing.per ? timing.every : previous.every };
  }
  const previousUnit = previous?.kind === 'count' ? previous.unit : null;
  return {
    kind: 'count',
    count: amount.value,
    atLeast: amount.atLeast,
    max: amount.max,
    per: timing.per,
    every: timing.every,
    average: timing.average,
    unit: amount.unit ?? previousUnit,
  };
}

function implicitTarget(tokens: Token[], freqs: Frequency[]): Target {
  const recurring = freqs.find((f) => f.recurring);
  if (!recurring) return NONE;
  const [s, e] = sentenceRanges(tokens).find(([a, b]) => recurring.start >= a && recurring.start < b) ?? [
    0,
    tokens.length,
  ];
  return {
    kind: 'count',
    count: recurring.times ?? 1,
    atLeast: false,
    max: null,
    per: recurring.per,
    every: recurring.every,
    average: hasAverage(tokens, s, e),
    unit: recurring.unit ?? null,
  };
}

/** "under sommarlovet", "under vinterhalvåret": the target holds only in part of the promise period. */
const PART_OF_YEAR =
  /(?<![\p{L}])under\s+((?:sommar|jul|sport|höst|påsk|vinter|skol)lov(?:et|en)|sommar(?:en|månaderna)|vinter(?:n|halvåret)|sommarhalvåret|skolåret|terminerna|högsäsong(?:en)?)(?![\p{L}])|(?<![\p{L}])(?:(?:under\s+(?:perioden\s+)?)?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s*[–—-]\s*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))(?![\p{L}])/iu;

function partOfYearWarning(text: string, target: Target): string[] {
  const m = PART_OF_YEAR.exec(text);
  if (!m || target.kind !== 'count' || target.per === null || target.per === 'period' || target.per === 'year')
    return [];
  const when = m[0].toLowerCase().replace(/^(?!under)/u, 'under ');
  return [`Målet gäller bara ${when}, inte hela löftets period: "${excerpt(text)}"`];
}

/** Reads the target(s), places and any doubts from one commitment's text. */
export function readTargets(text: string): TargetReading {
  const tokens = tokenize(text);
  const freqs = findFrequencies(tokens);
  const ranges = sentenceRanges(tokens);
  // "en utbildning i ANDT-frågor för föreningslivet per år": the frequency may close the object's phrase, unbroken.
  const unbroken = (from: number, to: number): boolean =>
    tokens.slice(from + 1, to).every((t) => t.text === '-' || isWord(t)) &&
    !tokens.slice(from + 1, to).some((t) => /^(och|eller|samt|att|som)$/u.test(t.lower));
  const nearFrequency = (i: number): boolean =>
    freqs.some(
      (f) =>
        (f.start > i && f.start <= i + 5) ||
        (!f.recurring && f.start > i && f.start <= i + 9 && unbroken(i, f.start)) ||
        (f.end <= i && f.end >= i - 2),
    );
  // "tre besök per termin på varje skola, totalt 30 besök": a sum of what was promised is not a target of its own.
  const restates = (a: Amount, k: number): boolean => k > 0 && SUM_WORDS.test(tokens[a.start - 1]?.lower ?? '');
  const amounts = findAmounts(tokens, nearFrequency).filter((a, k) => (!a.copiesPrevious || k > 0) && !restates(a, k));
  const warnings = amounts
    .filter((a) => a.approximate !== null)
    .map((a) => `Ungefärligt antal "${a.approximate}" tolkades som ${a.value}: "${excerpt(text)}"`);
  const places = placesIn(tokens, 0, tokens.length);
  if (amounts.length === 0) {
    const target = implicitTarget(tokens, freqs);
    return { target, targets: [], places, warnings: [...warnings, ...partOfYearWarning(text, target)] };
  }

  const used = new Set<Frequency>();
  const placed: Placed[] = [];
  let previous: Target | null = null;
  amounts.forEach((amount, k) => {
    const [sentenceStart, sentenceEnd] = sentenceOf(ranges, amount.start);
    const next = amounts[k + 1];
    const segmentEnd = Math.min(next ? next.start : tokens.length, sentenceEnd);
    const prevEnd = k > 0 ? (amounts[k - 1] as Amount).end : 0;
    const timing = timingFor(
      tokens,
      amount,
      { segmentEnd, windowStart: Math.max(sentenceStart, prevEnd) },
      freqs,
      used,
    );
    const target = toTarget(amount, timing, previous);
    placed.push({ target, place: placesIn(tokens, amount.start, segmentEnd)[0] ?? null });
    previous = target;
  });
  const [first, ...rest] = placed;
  const target = first?.target ?? NONE;
  return { target, targets: rest, places, warnings: [...warnings, ...partOfYearWarning(text, target)] };
}
