/**
 * Who does a commitment, and with whom. Following the reading rules, an
 * explicit marker wins (a trailing "(Haparanda kommun, Polisen)", an
 * "Ansvarig:" label, an Ansvarig cell); otherwise the grammatical subjects
 * of the commitment's clauses; parties after "tillsammans med" / "i
 * samverkan med" are partners.
 */
import { type Token, isWord, sentenceRanges, tokenize } from './text.ts';
import { resolveMunicipality } from '../municipality/municipality.ts';
import { isOpenPartyNoun, parsePartyList, partyOfWord, unique } from './parties.ts';

export interface PartyReading {
  /** From an explicit marker, or null when the text has none. */
  explicit: string[] | null;
  /** Grammatical subjects of the clauses, in order. */
  subjects: string[];
  partners: string[];
}

const MODALS = new Set([
  'ska',
  'skall',
  'kommer',
  'kan',
  'bör',
  'måste',
  'vill',
  'lovar',
  'åtar',
  'är',
  'har',
  'får',
  'avser',
  'tänker',
]);
const NOT_VERBS = new Set([
  'under',
  'efter',
  'över',
  'eller',
  'för',
  'vår',
  'där',
  'när',
  'per',
  'mer',
  'fler',
  'inför',
  'omkring',
  'bakom',
  'senare',
  'tidigare',
  'andra',
  'vidare',
  'sämre',
  'bättre',
  'större',
  'mindre',
  'äldre',
  'yngre',
]);
const SUBJECT_ADVERBS = new Set([
  'tillsammans',
  'gemensamt',
  'också',
  'även',
  'aktivt',
  'gärna',
  'årligen',
  'regelbundet',
  'kontinuerligt',
  'löpande',
  'fortsatt',
  'därför',
  'nu',
  'själva',
  'båda',
  'alla',
  'dessutom',
  'fortsättningsvis',
  'var',
  'för',
  'sig',
]);
/** Verbs that, placed second ("Under året genomför polisen …"), put the subject after them. */
const V2_VERBS = new Set([
  'ska',
  'skall',
  'kommer',
  'kan',
  'genomför',
  'arbetar',
  'jobbar',
  'lovar',
  'erbjuder',
  'deltar',
  'utför',
  'bedriver',
  'besöker',
  'håller',
  'gör',
  'ordnar',
  'anordnar',
  'har',
  'ansvarar',
  'informerar',
  'åtar',
]);
const CELL_STOPWORDS =
  /^(ansvarig|ansvariga|ansvar|alla|samtliga|se|vid|enligt|övriga|berörda|m|fl|mm|etc|ev|tex|bl|a)$/u;

function isFiniteVerb(t: Token | undefined): boolean {
  if (!isWord(t) || !/^\p{Ll}/u.test(t.text)) return false;
  if (MODALS.has(t.lower)) return true;
  if (NOT_VERBS.has(t.lower) || partyOfWord(t.text, false) !== null) return false;
  return /(ar|er|ör|ir|år|är|ns|ts|as)$/u.test(t.lower);
}

/** Partners named after "tillsammans med" / "i samverkan med" / "i samarbete med" at j, if any. */
function partnerPhrase(tokens: Token[], j: number): { parties: string[]; end: number } | null {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  let from = -1;
  if (w(j) === 'tillsammans' && w(j + 1) === 'med') from = j + 2;
  else if (w(j) === 'i' && (w(j + 1) === 'samverkan' || w(j + 1) === 'samarbete') && w(j + 2) === 'med') from = j + 3;
  if (from < 0) return null;
  const list = openPartyList(tokens, from);
  return { parties: list.parties, end: Math.max(list.end, from) };
}

/** Partners are read from the phrase, not only from known bodies: "tillsammans med boende och hyresgästföreningen". */
function openPartyList(tokens: Token[], from: number): { parties: string[]; end: number } {
  const parties: string[] = [];
  let j = from;
  let end = from;
  while (j < tokens.length) {
    // "det lokala näringslivet", "berörda föreningar": determiners and adjectives before the party.
    while (/^(det|den|de|vår|våra|sin|sina|lokala|berörda|aktuella|befintliga)$/u.test(tokens[j]?.lower ?? '')) j++;
    const known = parsePartyList(tokens, j, true);
    if (known.parties.length > 0) {
      parties.push(...known.parties);
      j = known.end;
    } else if (isWord(tokens[j]) && isOpenPartyNoun(tokens[j]?.text ?? '', true)) {
      parties.push(tokens[j]?.lower ?? '');
      j++;
    } else break;
    end = j;
    if (!/^(,|och|samt|&)$/u.test(tokens[j]?.lower ?? '')) break;
    j++;
  }
  return { parties: unique(parties), end };
}

/** Parties at i acting as the subject of a clause: a party list, then (adverbs and partners), then a finite verb. */
function subjectAt(tokens: Token[], i: number): string[] {
  const list = parsePartyList(tokens, i, false);
  if (list.parties.length === 0) return [];
  let j = list.end;
  for (;;) {
    if (leadingFor(tokens, j)) return list.parties;
    const partners = partnerPhrase(tokens, j);
    const through = /^(genom|via)$/u.test(tokens[j]?.lower ?? '') ? parsePartyList(tokens, j + 1, false) : null;
    if (partners) j = partners.end;
    // "Kommunen genom socialtjänsten erbjuder …": the kommun acts through a department.
    else if (through && through.parties.length > 0) j = through.end;
    // "Polisen och fastighetsägarna i området ska …": where the parties are, not what they do.
    else if (/^(i|på|inom)$/u.test(tokens[j]?.lower ?? '') && /^\p{Ll}+(et|en|na)$/u.test(tokens[j + 1]?.text ?? ''))
      j += 2;
    // "Socialtjänsten i Kalix och Haparanda erbjuder …": the places where the parties work.
    else if (/^(i|på|inom)$/u.test(tokens[j]?.lower ?? '') && placeNamesEnd(tokens, j + 1) > j + 1)
      j = placeNamesEnd(tokens, j + 1);
    else if (SUBJECT_ADVERBS.has(tokens[j]?.lower ?? '') || tokens[j]?.text === ',') j++;
    else break;
  }
  return isFiniteVerb(tokens[j]) ? list.parties : [];
}

/** One past a run of place names at i ("Kalix", "Kalix och Haparanda", "Östra Norrbotten"), none of them a party. */
function placeNamesEnd(tokens: Token[], i: number): number {
  const place = (t: Token | undefined): boolean =>
    isWord(t) && /^\p{Lu}\p{Ll}/u.test(t.text) && partyOfWord(t.text, false) === null;
  let j = i;
  let end = i;
  while (place(tokens[j])) {
    while (place(tokens[j])) j++;
    end = j;
    if (!/^(och|samt|,)$/u.test(tokens[j]?.lower ?? '') || !place(tokens[j + 1])) break;
    j++;
  }
  return end;
}

/** "Socialtjänsten och polisen för samtal med …": "för" is the verb here, not the preposition ("var för sig"). */
function leadingFor(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1]?.lower ?? '';
  return tokens[j]?.lower === 'för' && isWord(tokens[j + 1]) && !/^(att|sig|varje|var|den|det)$/u.test(next);
}

/** Subjects in one sentence: at its start, after a second-place verb, and in "att"/"och" clauses. */
function sentenceSubjects(tokens: Token[], s: number, e: number): string[] {
  const paired = pairedStart(tokens, s, e);
  if (paired) {
    const both = subjectAt(paired, s + 1);
    if (both.length > 0) return both;
  }
  const found = [...subjectAt(tokens, s), ...passiveAgents(tokens, s, e)];
  // "Tillsammans med föreningslivet arrangerar kommunen …": the partners come first, the verb second.
  const lead = partnerPhrase(tokens, s);
  if (found.length === 0 && lead && isFiniteVerb(tokens[lead.end]))
    found.push(...parsePartyList(tokens, lead.end + 1, false).parties);
  if (found.length === 0) {
    for (let k = s + 1; k < Math.min(s + 8, e); k++) {
      if (!V2_VERBS.has(tokens[k]?.lower ?? '')) continue;
      const inverted = parsePartyList(tokens, k + 1, false);
      found.push(...inverted.parties);
      break;
    }
  }
  for (let k = s + 1; k < e; k++) {
    const w = tokens[k]?.lower;
    if (w === 'att' || w === 'och') found.push(...subjectAt(tokens, k + 1));
  }
  return found;
}

/** The last parenthesis that only names parties and closes a sentence: "… genomföra orosamtal. (Haparanda kommun, Polisen)". */
function parenthesisParties(text: string): string[] | null {
  let result: string[] | null = null;
  for (const m of text.matchAll(/\(([^()]{2,120})\)/gu)) {
    const open = m.index ?? 0;
    const before = text.slice(0, open).trimEnd();
    const after = text.slice(open + m[0].length).trimStart();
    const closes =
      after === '' || /^[.;,]?\s*$/u.test(after) || /^[.;]?\s*\p{Lu}/u.test(after) || /[.!?:]$/u.test(before);
    if (!closes) continue;
    const tokens = tokenize(m[1] ?? '');
    const list = parsePartyList(tokens, 0, false);
    const rest = tokens.slice(list.end).filter((t) => t.text !== '.');
    if (list.parties.length > 0 && rest.length === 0) result = list.parties;
  }
  return result;
}

function labelledParties(text: string): string[] | null {
  const m = /(?:^|[\s.;(])Ansvar(?:ig|iga)?(?: part(?:er)?)?\s*:\s*([^.;\n]+)/u.exec(text);
  if (!m?.[1]) return null;
  // "Ansvariga: Kommunen (fritid), Polisen": a parenthesis names a unit inside the party before it.
  const parties = partiesFromCell(m[1].replace(/\([^()]*\)/gu, ' ').replace(/\)\s*$/u, ''));
  return parties.length > 0 ? parties : null;
}

/** Parties that open a sentence as its subject ("Polisen kommer att …"), ignoring subordinate clauses. */
export function leadingSubjects(text: string): string[] {
  const tokens = tokenize(text.replace(/\([^()]*\)/gu, ' '));
  return unique(sentenceRanges(tokens).flatMap(([s]) => subjectAt(tokens, s)));
}

/** "Vi (polisen och kommunen) ska …": the parenthesis says who "vi" is. */
function weParties(text: string): string[] {
  const m = /(?:^|[.!?]\s+)[Vv]i\s*\(([^()]{2,80})\)/u.exec(text);
  if (m?.[1]) return parsePartyList(tokenize(m[1]), 0, false).parties;
  // "Vi på polisen lovar …", "Vi inom socialtjänsten …"
  const at = /(?:^|[.!?]\s+)[Vv]i\s+(?:på|i|inom|från)\s+(.{2,80})/u.exec(text);
  return at?.[1] ? parsePartyList(tokenize(at[1]), 0, false).parties : [];
}

const PASSIVE =
  /^(genomförs|sker|hålls|anordnas|arrangeras|görs|utförs|ordnas|erbjuds|ges|genomföras|utföras|anordnas)$/u;

/** "Trygghetsvandringar genomförs två gånger per år av polisen och kommunen": the agent of a passive verb. */
function passiveAgents(tokens: Token[], s: number, e: number): string[] {
  if (!tokens.slice(s, e).some((t) => PASSIVE.test(t.lower))) return [];
  for (let k = s; k < e; k++) {
    if (tokens[k]?.lower !== 'av') continue;
    const list = parsePartyList(tokens, k + 1, false);
    if (list.parties.length > 0 && (list.end >= e || !isWord(tokens[list.end]))) return list.parties;
  }
  return [];
}

/** "Både polisen och kommunen …", "Såväl polisen som socialtjänsten …": the list starts after the first word. */
function pairedStart(tokens: Token[], s: number, e: number): Token[] | null {
  const first = tokens[s]?.lower;
  if (first !== 'både' && first !== 'såväl') return null;
  return tokens.map((t, k) =>
    k > s && k < e && (t.lower === 'som' || t.lower === 'och') ? { ...t, text: 'och', lower: 'och' } : t,
  );
}

export function readParties(text: string): PartyReading {
  const explicit = parenthesisParties(text) ?? labelledParties(text);
  const plain = text.replace(/\([^()]*\)/gu, ' ');
  const tokens = tokenize(plain);
  const subjects: string[] = [...weParties(text)];
  for (const [s, e] of sentenceRanges(tokens)) subjects.push(...sentenceSubjects(tokens, s, e));
  const all = tokenize(text);
  const partners: string[] = [];
  for (let k = 0; k < all.length; k++) {
    const p = partnerPhrase(all, k);
    if (p) partners.push(...p.parties);
  }
  return { explicit, subjects: unique(subjects), partners: unique(partners) };
}

/**
 * Parties in a table cell such as "Kommunen- Samordnaren kallar Polisen":
 * a word after "Kommunen-" or "Kommunen –" names a unit inside that party
 * and is not a party of its own; lower-case words are verbs ("kallar").
 */
export function partiesFromCell(cell: string): string[] {
  const text = cell.replace(
    /(\p{Lu}[\p{L}-]+\s+)?(\p{Lu}[\p{L}-]+)\s+(?:kommun|stad)(?![\p{L}])/gu,
    (_whole, first: string | undefined, name: string) =>
      first && resolveMunicipality(`${first}${name}`) ? 'Kommunen' : `${first ?? ''}Kommunen`,
  );
  const out: string[] = [];
  let skipNext = false;
  let lastWasParty = false;
  for (const t of tokenize(text)) {
    if (/^[-–—]$/u.test(t.text)) {
      skipNext = lastWasParty;
      continue;
    }
    if (!isWord(t)) continue;
    const tail = t.text.endsWith('-');
    const word = tail ? t.text.slice(0, -1) : t.text;
    const head = word.includes('-') ? (word.split('-')[0] ?? word) : word;
    if (skipNext) {
      skipNext = false;
      lastWasParty = false;
      continue;
    }
    const party = CELL_STOPWORDS.test(word.toLowerCase())
      ? null
      : (partyOfWord(word, false) ?? (head !== word ? partyOfWord(head, false) : null) ?? partyOfWord(word, true));
    lastWasParty = party !== null;
    if (party) out.push(party);
    skipNext = party !== null && tail;
  }
  return unique(out);
}
