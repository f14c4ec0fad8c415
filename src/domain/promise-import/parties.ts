/**
 * Recognises the parties of a promise in running text and normalises them
 * by the reading rules: every police unit is "polisen", "X kommun", "X
 * stad" and "kommunens …" are "kommunen", any other body stays as written,
 * in lower case ("socialtjänsten", "skolan", "räddningstjänsten").
 */
import { resolveMunicipality } from '../municipality/municipality.ts';
import { type Token, isWord } from './text.ts';

export const POLICE = 'polisen';
export const KOMMUN = 'kommunen';

const POLICE_WORD =
  /^(lokal|trafik|områdes?|kommun|när|ingripande|gräns)?polis(en|ens|er|erna|myndighet(en|ens)?|område(t|ts)?|region(en)?)?$|^lokalpolisområde(t|ts)?$|^lpo(:s)?$/u;
const NAMED_POLICE_UNIT = /^(lokalpolisområde(t|ts)?|polisområde(t|ts)?|lpo|polisregion(en)?)$/u;
const KOMMUN_WORD = /^(kommun|kommunen|kommunerna|kommunens)$/u;
const PLACE_SUFFIX = /^(kommun|kommuns|kommunen|stad|stads)$/u;

/** Bodies that take part in promises, in the forms they are written. */
const BODY_WORD = new RegExp(
  '^(' +
    [
      'socialtjänst(en)?',
      'ifo',
      'skola(n)?',
      'skolor(na)?',
      'grundskola(n|n)?',
      'gymnasie(skola|skolan|t)',
      'förskola(n)?',
      'förskolor(na)?',
      'elevhälsa(n)?',
      'skolsköterska(n)?',
      'kurator(n|er|erna)?',
      'rektor(n|er|erna)?',
      'lärar(e|en|na)',
      'mentor(n|er|erna)?',
      'fritidsgård(en|ar|arna)?',
      'fritidsledar(e|en|na)',
      'fritid',
      'fritidsförvaltning(en)?',
      'fältassistent(en|er|erna)?',
      'fältar(e|en|na)',
      'fältgrupp(en)?',
      'räddningstjänst(en)?',
      'hälsocentral(en|er|erna)?',
      'vårdcentral(en|er|erna)?',
      'region(en)?',
      'landsting(et)?',
      'länsstyrelse(n)?',
      'bostadsbolag(et|en)?',
      'fastighetsägar(e|en|na)',
      'fastighetsbolag(et|en)?',
      'hyresvärd(en|ar|arna)?',
      'grannsamverkan',
      'nattvandrar(e|en|na)',
      'förening(en|ar|arna)',
      'föreningsliv(et)?',
      'näringsliv(et)?',
      'företagar(e|en|na)',
      'handlar(e|en|na)',
      'kriminalvård(en)?',
      'frivård(en)?',
      'tull(en|verket)',
      'trafikverket',
      'kustbevakning(en)?',
      'åklagar(e|en|na)',
      'åklagarmyndighet(en)?',
      'samordnar(e|en|na)',
      'strateg(en|er|erna)?',
      'brå',
      'brå-gruppen',
      'förebyggarråd(et)?',
      'förebyggargrupp(en)?',
      'migrationsverket',
      'arbetsförmedling(en)?',
      'försäkringskassan',
      'ungdomsmottagning(en)?',
      'beroendemottagning(en)?',
      'elevråd(et)?',
      'ungdomsråd(et)?',
      'flyktingenhet(en)?',
      'civilsamhälle(t)?',
      'frivilligorganisation(er|erna)?',
      '\\p{L}*förvaltning(en|ar|arna)?',
      '\\p{L}*nämnd(en|er|erna)?',
      '\\p{L}+enhet(en|er|erna)?',
      'kommunledning(en)?',
      'kommunstyrelse(n)?',
      'fältverksamhet(en)?',
      'trossamfund(en)?',
      'kyrkan',
      'bibliotek(et)?',
      'vårdnadshavar(e|en|na)',
      // Organisations by their kind of name: "Brottsofferjouren", "Hemtjänsten", "Tjejföreningen", "SSPF-teamet".
      '\\p{L}+(jour|tjänst|förening|förbund|mottagning|byrå)(en)?',
      '\\p{L}+(bolag|råd|team|verk|center)(et)?',
    ].join('|') +
    ')$',
  'u',
);

/** Words inside party lists that name no one in particular. */
const GENERIC =
  /^(eventuella|andra|övriga|berörda|samverkanspartner(s|na)?|samverkansparter(na)?|aktörer(na)?|parter(na)?|externa|interna|olika|relevanta|lokala|representanter|företrädare|från|för)$/u;
const SEPARATORS = new Set([',', 'och', 'samt', 'eller', '&', '/', '+']);
const DIRECTIONS = /^(östra|västra|norra|södra|mellersta|nordöstra|nordvästra|sydöstra|sydvästra|centrala)$/u;

/** An organisation written as an acronym ("SSG", "SSPF-gruppen"); not laws, subjects or common abbreviations. */
const ACRONYM = /^\p{Lu}{2,6}(-\p{Ll}+)?$/u;
const NOT_ACRONYM =
  /^(andt|andts|lvu|lvm|lss|hvb|ekb|eu|it|pm|sms|id|ab|mc|atv|nr|kl|ca|bl|gps|tv|usa|ok|vd|sfi|pdf|nu|ps|obs)(-|$)/u;

export function isAcronymParty(word: string): boolean {
  return ACRONYM.test(word) && !NOT_ACRONYM.test(word.toLowerCase()) && !resolveMunicipality(word);
}

/** Lower-case nouns that name people or bodies in definite or person form: "boende", "fastighetsägaren", "eleverna". */
const OPEN_NOUN = /^\p{Ll}[\p{L}-]+(en|et|rna|ende|ande|are)$/u;
const NOT_OPEN_NOUN =
  /^(sedan|genom|vilken|även|hemmet|ibland|tidigare|enligt|gällande|kommande|pågående|befintlig\p{L}*|främst|senare|nattetid|kvällstid|dagtid)$/u;

export function isOpenPartyNoun(word: string, plural = false): boolean {
  if (word.length < 5 || NOT_OPEN_NOUN.test(word)) return false;
  return OPEN_NOUN.test(word) || (plural && /^\p{Ll}[\p{L}-]+(er|ar|or)$/u.test(word));
}

export interface PartyMatch {
  name: string;
  end: number;
}

export function isPoliceWord(lower: string): boolean {
  return POLICE_WORD.test(lower);
}

/** Normalised name of a single party word ("Polis" → "polisen"), or null. */
export function partyOfWord(word: string, allowProper: boolean): string | null {
  const lower = word.toLowerCase();
  if (POLICE_WORD.test(lower)) return POLICE;
  if (KOMMUN_WORD.test(lower)) return KOMMUN;
  if (BODY_WORD.test(lower)) return lower;
  if (isAcronymParty(word)) return lower;
  if (allowProper && /^\p{Lu}\p{L}/u.test(word) && !resolveMunicipality(word)) return lower;
  return null;
}

/** Capitalised name words after a police unit: "Östra Norrbotten", "Umeå". */
function nameRun(tokens: Token[], i: number): number {
  let j = i;
  while (j < i + 3 && isWord(tokens[j])) {
    const t = tokens[j] as Token;
    const lowerDirection = DIRECTIONS.test(t.text) && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
    if (!/^\p{Lu}/u.test(t.text) && !lowerDirection) break;
    if (partyOfWord(t.text, false) !== null) break;
    j++;
  }
  return j;
}

function matchPolice(tokens: Token[], i: number): PartyMatch | null {
  const t = tokens[i] as Token;
  if (!POLICE_WORD.test(t.lower)) return null;
  if (NAMED_POLICE_UNIT.test(t.lower)) return { name: POLICE, end: nameRun(tokens, i + 1) };
  // "Polisen i Östra Norrbotten", "polisen i Haparanda"
  if (tokens[i + 1]?.lower === 'i') {
    const end = nameRun(tokens, i + 2);
    if (end > i + 2) return { name: POLICE, end };
  }
  // "Polisen Norsjö" (a unit named by its place, common in tables)
  const next = tokens[i + 1];
  if (next && /^\p{Lu}/u.test(next.text) && resolveMunicipality(next.text)) return { name: POLICE, end: i + 2 };
  return { name: POLICE, end: i + 1 };
}

/** "Övertorneå kommun", "Haparanda stad", "Upplands Väsby kommun", "Arjeplogs kommun". */
function matchNamedKommun(tokens: Token[], i: number): PartyMatch | null {
  for (const width of [1, 2]) {
    const words = tokens.slice(i, i + width);
    if (words.length < width || !words.every((w) => isWord(w) && /^\p{Lu}/u.test(w.text))) return null;
    const suffix = tokens[i + width]?.lower ?? '';
    // "Enligt kommunen", "Även kommunen": a definite "kommunen" after a capital names a kommun only if it is one.
    const named = suffix !== 'kommunen' || resolveMunicipality(words.map((w) => w.text).join(' ')) !== undefined;
    if (PLACE_SUFFIX.test(suffix) && named) return { name: KOMMUN, end: i + width + 1 };
  }
  return null;
}

/** One party starting at token i, or null. */
export function matchParty(tokens: Token[], i: number, allowProper: boolean): PartyMatch | null {
  const t = tokens[i];
  if (!isWord(t)) return null;
  const named = matchNamedKommun(tokens, i);
  if (named) return named;
  const police = matchPolice(tokens, i);
  if (police) return police;
  if (KOMMUN_WORD.test(t.lower)) {
    // "kommunens socialtjänst" is the kommun acting through a department.
    const owned = t.lower === 'kommunens' && isWord(tokens[i + 1]) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
    return { name: KOMMUN, end: owned ? i + 2 : i + 1 };
  }
  if (t.lower === 'svenska' && tokens[i + 1]?.lower === 'kyrkan') return { name: 'svenska kyrkan', end: i + 2 };
  // "Räddningstjänsten Syd", "Region Västerbotten": a body's own name runs on in capitals.
  if (BODY_WORD.test(t.lower) || isAcronymParty(t.text)) return { name: t.lower, end: nameRun(tokens, i + 1) };
  if (allowProper && /^\p{Lu}\p{L}/u.test(t.text) && !GENERIC.test(t.lower) && !resolveMunicipality(t.text)) {
    // An organisation's name may run over several capitalised words: "Bostaden AB".
    let end = i + 1;
    while (
      end < i + 4 &&
      isWord(tokens[end]) &&
      /^\p{Lu}/u.test(tokens[end]?.text ?? '') &&
      partyOfWord(tokens[end]?.text ?? '', false) === null
    )
      end++;
    // "Folkets hus", "Röda korsets ungdomsförbund": a genitive name owns the lower-case noun after it.
    if (/s$/u.test(tokens[end - 1]?.text ?? '') && /^\p{Ll}{3,}$/u.test(tokens[end]?.text ?? '')) end++;
    return {
      name: tokens
        .slice(i, end)
        .map((w) => w.lower)
        .join(' '),
      end,
    };
  }
  return null;
}

export interface PartyList {
  parties: string[];
  end: number;
}

function skipGeneric(tokens: Token[], i: number): number {
  let j = i;
  while (GENERIC.test(tokens[j]?.lower ?? '')) j++;
  return j;
}

/**
 * A coordinated list of parties from token i: "Polisen, Övertorneå kommun
 * och eventuella andra samverkanspartner", "skola, hälsocentral och kommun
 * (BRÅ-gruppen)", "representanter från grannsamverkan". Generic filler
 * names no one; "samverkanspartner från kommunen" names no party either.
 */
export function parsePartyList(tokens: Token[], i: number, allowProper: boolean): PartyList {
  const parties: string[] = [];
  let j = i;
  let end = i;
  while (j < tokens.length) {
    const k = skipGeneric(tokens, j);
    const run = tokens.slice(j, k).map((t) => t.lower);
    const m = matchParty(tokens, k, allowProper);
    const ofSomething = run.length > 0 && /^(från|för)$/u.test(run[run.length - 1] ?? '');
    const counts = !ofSomething || /^(representanter|företrädare)$/u.test(run[0] ?? '');
    if (m) {
      if (counts) parties.push(m.name);
      j = m.end;
    } else if (k > j) {
      j = k;
    } else {
      break;
    }
    j = inParentheses(tokens, j, parties, allowProper);
    end = j;
    if (!SEPARATORS.has(tokens[j]?.lower ?? '')) break;
    while (SEPARATORS.has(tokens[j]?.lower ?? '')) j++;
  }
  return { parties: unique(parties), end };
}

/** "(BRÅ-gruppen)" directly after a party adds the parties inside. */
function inParentheses(tokens: Token[], j: number, parties: string[], allowProper: boolean): number {
  if (tokens[j]?.text !== '(' || parties.length === 0) return j;
  const inner = parsePartyList(tokens, j + 1, allowProper);
  if (inner.parties.length === 0 || tokens[inner.end]?.text !== ')') return j;
  parties.push(...inner.parties);
  return inner.end + 1;
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}
