/**
 * Finds names of people in free text. A word is a name when it is a common
 * Swedish given name or surname (names-sv.ts, after SCB's statistics) in any
 * position, or when the text shows it: after "han heter", "min granne",
 * a title or role ("fru", "rektor", "kommunpolis", "Målsägande:"), kin
 * ("hennes man", "ungarna till"), a cleft ("Det var Taras som"), a
 * signature ("mvh bettan", "/Merhawit"), an age in a note ("Jouni (17)"),
 * or a capitalised word beside a name ("Mohammed Qureshi", "Kalle, Jonte
 * och Lisa", "micke o danne"). Names that are also ordinary words
 * ("björk", "Per" at the start of a sentence) need such a sign, and words
 * the kommun knows (areas, kommuner, partners) and common shops and public
 * bodies are never masked.
 */
import { GIVEN_NAMES, NAME_LIKE_WORDS, SURNAMES } from './names-sv.ts';
import {
  keptWord,
  PLACE_SUFFIX,
  ORG_AFTER,
  PLACE_AFTER,
  CONNECTORS,
  LISTED_WITH,
  DEFINITE,
  CALENDAR,
  FILLERS,
  NOT_AFTER_CUE,
  CUE_INDEX,
  HETER_INDEX,
  CLEFT_INDEX,
  SIGNATURE_INDEX,
  SINGLE_WORD_CUES,
} from './redaction-cues.ts';

export interface Span {
  start: number;
  end: number;
}

interface Token {
  start: number;
  end: number;
  word: string;
  lower: string;
  cap: boolean;
  caps: boolean;
  initial: boolean;
}

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
// Initials written for double given names: "P-O", "K-G", "J-Å".
const INITIALS = /^\p{Lu}(?:-\p{Lu}){1,2}$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\p{L}[\p{L}'’-]*\p{L}|\p{L}/gu)) {
    const word = m[0];
    let i = m.index - 1;
    while (i >= 0 && /[\s"'”“«»(\-–•*]/u.test(text[i]!)) i--;
    const initial = i < 0 || /[.!?:;\n]/.test(text[i]!) || /\n/.test(text.slice(i + 1, m.index));
    tokens.push({
      start: m.index,
      end: m.index + word.length,
      word,
      lower: word.toLowerCase(),
      cap: isUpper(word[0]!),
      caps: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(),
      initial,
    });
  }
  return tokens;
}

/** The kommun's names as lowercase word sequences, plus the built-in ones. */
function keptRanges(text: string, keep: readonly string[]): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  for (const phrase of keep) {
    const p = phrase.trim().toLowerCase();
    if (p.length < 2) continue;
    let at = lower.indexOf(p);
    while (at >= 0) {
      const before = at === 0 ? '' : lower[at - 1]!;
      const after = lower[at + p.length] ?? '';
      // A kept name also covers its genitive/definite forms ("Norrbyns", "Coops").
      const tail = /^(?:s|n|en|ns|ens)?(?![\p{L}])/u.exec(lower.slice(at + p.length));
      if (!/\p{L}/u.test(before) && (tail || !/\p{L}/u.test(after)))
        spans.push({ start: at, end: at + p.length + (tail?.[0].length ?? 0) });
      at = lower.indexOf(p, at + 1);
    }
  }
  return spans;
}

function listed(lower: string, word = lower): 'given' | 'surname' | null {
  const parts = word.split('-');
  // "Anna-Karin", "Lind-Svensson": each part a name; "Karl-Oskar-statyn" is a thing.
  const partsAreNames =
    parts.length > 1 && parts.every((p) => isUpper(p[0] ?? '') || GIVEN_NAMES.has(p) || SURNAMES.has(p));
  const forms = [
    lower,
    ...(lower.endsWith('s') ? [lower.slice(0, -1)] : []),
    ...(partsAreNames ? lower.split('-') : []),
  ];
  if (forms.some((f) => SURNAMES.has(f))) return 'surname';
  if (forms.some((f) => GIVEN_NAMES.has(f))) return 'given';
  return null;
}
const wordlike = (lower: string) =>
  NAME_LIKE_WORDS.has(lower) || (lower.endsWith('s') && NAME_LIKE_WORDS.has(lower.slice(0, -1)));

function phraseEndsAt(tokens: Token[], i: number, index: ReadonlyMap<string, string[][]>): boolean {
  const phrases = index.get(tokens[i]!.lower);
  return !!phrases?.some((p) => p.length <= i + 1 && p.every((w, k) => tokens[i + 1 - p.length + k]!.lower === w));
}

/** "som" after a name, or after a name and a second one ("Det var Kalle Svensson som", "Det är Ali och Omar som"). */
function somFollows(text: string, tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j]!;
    if (!/^[\s,]*$/.test(text.slice(tokens[j - 1]!.end, t.start))) return false;
    if (t.lower === 'som') return true;
    if (!t.cap && !CONNECTORS.has(t.lower)) return false;
  }
  return false;
}

export function findNames(text: string, keep: readonly string[] = []): Span[] {
  const tokens = tokenize(text);
  const kept = keptRanges(text, keep);
  const places = placeNames(text, tokens);
  const isKept = (t: Token) =>
    keptWord(t.lower) || places.has(t) || kept.some((k) => t.start < k.end && t.end > k.start);
  const name = new Array<boolean>(tokens.length).fill(false);
  const contextual = (t: Token) =>
    t.cap &&
    !/-\p{Ll}/u.test(t.word) &&
    (!t.caps || t.word.length === 1 || INITIALS.test(t.word)) &&
    !isKept(t) &&
    !PLACE_SUFFIX.test(t.lower) &&
    !SINGLE_WORD_CUES.has(t.lower) &&
    !CALENDAR.has(t.lower) &&
    !(t.lower.endsWith('s') && CALENDAR.has(t.lower.slice(0, -1)));
  tokens.forEach((t, i) => {
    if (isKept(t)) return;
    const kind = listed(t.lower, t.word);
    if (kind && !wordlike(t.lower) && (t.cap || t.caps || t.word.length > 2)) name[i] = true;
    else if (kind && (t.cap || t.caps) && !t.initial) name[i] = true;
    // The cue's last word right before ("min granne Kalle", "Anmälare: Kalle"), or before a filler ("heter typ Kalle").
    const adjacent = (a: number, b: number) => /^\s*:?\s*$/.test(text.slice(tokens[a]!.end, tokens[b]!.start));
    let prev = i > 0 && adjacent(i - 1, i) ? i - 1 : -1;
    if (prev > 0 && FILLERS.has(tokens[prev]!.lower) && adjacent(prev - 1, prev)) prev--;
    if (prev < 0) return;
    if (phraseEndsAt(tokens, prev, HETER_INDEX) && !NOT_AFTER_CUE.has(t.lower)) name[i] = true;
    else if (phraseEndsAt(tokens, prev, CUE_INDEX) && (contextual(t) || (kind && !NOT_AFTER_CUE.has(t.lower))))
      name[i] = true;
    else if (
      phraseEndsAt(tokens, prev, CLEFT_INDEX) &&
      (kind || (contextual(t) && !DEFINITE.test(t.lower))) &&
      somFollows(text, tokens, i)
    )
      name[i] = true;
    else if (
      phraseEndsAt(tokens, prev, SIGNATURE_INDEX) &&
      !t.cap &&
      t.word.length > 1 &&
      !NOT_SIGNED.has(t.lower) &&
      !NOT_AFTER_CUE.has(t.lower)
    )
      name[i] = true;
  });
  signedAndAged(text, tokens, name, contextual, isKept);
  pairs(text, tokens, name, contextual);
  spread(text, tokens, name, contextual);
  return tokens.filter((_, i) => name[i]).map((t) => ({ start: t.start, end: t.end }));
}

// Words a sign-off may be made of that name no one ("/en orolig mamma", "– tack").
const NOT_SIGNED = new Set(
  `tack mvh hälsningar hälsning anonym anonyma boende pensionär mamma pappa förälder föräldrar granne grannar orolig
trött arg ledsen oroliga trötta arga ledsna invånare invånarna medborgare ungdom tjej kille kvinna man familjen familj
nn gamla gammal äldre ung unga byborna grannarna föräldrarna`.split(/\s+/),
);
const SIGN_OFF = /(?:^|[\s.!,])(\/{1,2}|--?|–)\s*(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)\s*[.!]?[ \t]*$/gmu;
// A person's age in a note: "Jouni (17)", "Mikael Lantto, 19 år" (sticky: tried where a word ends).
const AGE_AFTER = /\s*\(\s*\d{1,2}\s*(?:år)?\s*\)|,\s*\d{1,2}\s*år(?![\p{L}])/uy;

/**
 * The end of a text or line signed "/Merhawit", "//sirpa" or "– Kalle Nilsson", and a word with a person's age
 * after it ("Jouni (17)"): names, whether or not the lists know them. After a dash, where places and afterthoughts
 * also stand, a known name must be among the words.
 */
function signedAndAged(
  text: string,
  tokens: Token[],
  name: boolean[],
  contextual: (t: Token) => boolean,
  isKept: (t: Token) => boolean,
): void {
  for (const m of text.matchAll(SIGN_OFF)) {
    const start = m.index + m[0].lastIndexOf(m[2]!);
    const end = start + m[2]!.length;
    const signed: (readonly [Token, number])[] = [];
    for (let i = tokens.length - 1; i >= 0 && tokens[i]!.end > start; i--)
      if (tokens[i]!.start >= start && tokens[i]!.end <= end) signed.unshift([tokens[i]!, i]);
    const plausible = signed.every(
      ([t]) => !isKept(t) && !NOT_SIGNED.has(t.lower) && !NOT_AFTER_CUE.has(t.lower) && !/\d/.test(t.word),
    );
    const byDash = !m[1]!.startsWith('/');
    if (!plausible || (byDash && !(signed.every(([t]) => contextual(t)) && signed.some(([t]) => listed(t.lower)))))
      continue;
    for (const [, i] of signed) name[i] = true;
  }
  tokens.forEach((t, i) => {
    if (name[i] || !/[(,]/.test(text.slice(t.end, t.end + 3))) return;
    AGE_AFTER.lastIndex = t.end;
    if (!AGE_AFTER.test(text) || NOT_AFTER_CUE.has(t.lower)) return;
    if (contextual(t) && (!t.initial || listed(t.lower))) name[i] = true;
  });
}

/** A capitalised word next to a name is part of it; so is one listed with names ("Kalle, Jonte och Lisa"). */
function spread(text: string, tokens: Token[], name: boolean[], contextual: (t: Token) => boolean): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < tokens.length; i++) {
      if (name[i]) continue;
      const t = tokens[i]!;
      const around = [i - 1, i + 1].map((j) => (tokens[j] && CONNECTORS.has(tokens[j]!.lower) ? j + (j - i) : j));
      if (
        !t.cap &&
        !t.initial &&
        t.word.length > 2 &&
        !NOT_AFTER_CUE.has(t.lower) &&
        around.every((j) => name[j]) &&
        around.every((j) => LISTED_WITH.test(gapBetween(text, t, tokens[j]!)))
      ) {
        name[i] = true;
        changed = true;
        continue;
      }
      if (!contextual(t)) continue;
      for (const j of around) {
        const other = tokens[j];
        if (!other || !name[j]) continue;
        const gap = gapBetween(text, t, other);
        const tight = /^\s+$|^\s*['’]?\s*$/.test(gap) || (j === i + 1 && /^\.\s+$/.test(gap) && t.word.length === 1);
        const listedWith = LISTED_WITH.test(gap);
        // A sentence's first word joins only a surname after it ("Jonte Svensson", not "Grannen Kalle"), or a list
        // of names when it is a name itself ("Lotta, Pia och jag").
        const firstJoins =
          (j === i + 1 && tight && listed(other.lower) === 'surname') || (listedWith && !!listed(t.lower));
        if (t.initial && !firstJoins) continue;
        if (tight || listedWith) {
          name[i] = true;
          changed = true;
          break;
        }
      }
    }
  }
}

function gapBetween(text: string, a: Token, b: Token): string {
  return text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
}

/** Capitalised words right before "torg", "väg", "kyrka"…: a place named after someone ("Karl Johans torg"). */
function placeNames(text: string, tokens: Token[]): Set<Token> {
  const out = new Set<Token>();
  for (let i = 1; i < tokens.length; i++) {
    const place = PLACE_AFTER.has(tokens[i]!.lower);
    if (!place && !ORG_AFTER.has(tokens[i]!.lower)) continue;
    for (
      let j = i - 1;
      j >= 0 && tokens[j]!.cap && /^\s+$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start));
      j--
    ) {
      if (!place && listed(tokens[j]!.lower)) break;
      out.add(tokens[j]!);
    }
  }
  return out;
}

// Words a sentence often starts with: such a first word and a capitalised one after it are no name pair.
const STARTERS = new Set(
  `igår idag imorse ikväll inatt sen sedan nu där här men och när då jag vi ni det de dom min mitt mina
vår våra hej tack ja nej också alltså varför hur var vem vad om eftersom kanske bara även alla många ingen inget denna
detta dessa hos vid på i från till med utanför efter före under mellan bakom enligt skriv säg se titta kolla hör
tacka prata spelar kör går står sitter bor finns`.split(/\s+/),
);

/** Two capitalised words in a row that are neither kept nor places: a first name and a surname ("Jocke Tapio"). */
function pairs(text: string, tokens: Token[], name: boolean[], contextual: (t: Token) => boolean): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (!/^ +$/.test(text.slice(a.end, b.start)) || !contextual(a) || !contextual(b) || b.initial) continue;
    if (a.word.length < 2 || b.word.length < 2 || tokens[i + 2]?.cap) continue;
    if (a.initial && STARTERS.has(a.lower)) continue;
    name[i] = true;
    name[i + 1] = true;
  }
}
