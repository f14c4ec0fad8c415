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

export interface Span {
  start: number;
  end: number;
}

// Shops, public bodies and places residents mention often; the kommun's own names come in as `keep`.
const ALWAYS_KEEP = `ica coop willys lidl hemköp netto citygross systembolaget systemet pressbyrån apoteket circle preem okq8
st1 ingo biltema jula stadium åhléns max mcdonalds mcdonald's burger king espresso house polisen polis kommunen
socialtjänsten fältgruppen fältarna räddningstjänsten skolan fritidsgården trafikverket region regionen länsstyrelsen
brå nattvandrarna röda korset svenska kyrkan kyrkan fryshuset hyresgästföreningen riksbyggen hsb bostadsbolaget
sl västtrafik skånetrafiken sj stockholm göteborg malmö uppsala västerås örebro linköping helsingborg jönköping
norrköping lund umeå gävle borås södertälje eskilstuna halmstad växjö karlstad sundsvall östersund trollhättan
luleå piteå boden kiruna gällivare skellefteå kalix haparanda sverige finland norge danmark tyskland centrum
lmr bup vc vårdcentralen akuten sos swish facebook instagram snapchat tiktok whatsapp google socialjouren socialen
soc skolverket migrationsverket försäkringskassan arbetsförmedlingen skatteverket kronofogden securitas avarn brf
fältassistenterna ungdomsmottagningen folktandvården posten postnord maxi kvantum rusta jysk ikea elgiganten mediamarkt
clas ohlson lindex kappahl dressmann intersport xxl normal sibylla subway shell tanka qstar norrbotten västerbotten
jämtland västernorrland gävleborg dalarna värmland skåne halland blekinge gotland öland småland norrland svealand
götaland lappland tornedalen e4 e10 e4:an stan kvarteret`;
const KEEP_WORDS = new Set(ALWAYS_KEEP.split(/\s+/).filter(Boolean));
/** A built-in kept word, also in the genitive ("Tornedalens", "Polisens"). */
const keptWord = (lower: string) =>
  KEEP_WORDS.has(lower) || (lower.endsWith('s') && KEEP_WORDS.has(lower.slice(0, -1)));
// Words that place or organisation names end in: such a capitalised word is not taken as a name from context.
const PLACE_SUFFIX =
  /(?:gatan|vägen|gränd|torget|parken|skolan|hallen|centrum|stan|byn|området|plan|backen|stigen|viken|kyrkan|gården|huset|badet|skogen|sjön|ån|bron|stationen|vallen|torg|kiosken|macken|föreningen|bolaget|kommun|län|hamnen|hamn|stranden|udden|holmen|berget|dalen|fältet|ängen|lunden|heden|myren|åsen|sundet|näset|tjärnen|station|arenan|kyrka|hall|bad|museet|biblioteket|sjukhuset|gymnasiet|gymnasium|skola|ab|område|förvaltningen|förvaltning|kontoret|nämnden|enheten|avdelningen|styrelsen|gruppen|verket|tjänsten|rådet|förbundet|teamet|boendet|hemmet|jouren|mottagningen|centralen|byrån|klubben|polisen|samebyn|sameby|församlingen)$/u;
// Lowercase words after a capitalised one that make it an organisation ("Tekniska förvaltningen", "Sirges sameby");
// unlike PLACE_AFTER, a listed name before them stays a name ("fråga Jukka gården har kamera").
const ORG_AFTER = new Set(
  `förvaltningen förvaltning kontoret nämnden enheten avdelningen utskottet huset skolan gården föreningen förening
sameby samebyn folkhögskola folkhögskolan församling församlingen bygdegård bygdegården hotell hotellet`.split(/\s+/),
);
// Lowercase words after capitalised ones that make them a place ("Karl Johans torg", "Gustav Adolfs kyrka").
const PLACE_AFTER = new Set([
  'torg',
  'väg',
  'gata',
  'gränd',
  'plats',
  'park',
  'skola',
  'kyrka',
  'allé',
  'backe',
  'bro',
  'hus',
  'gård',
]);
// "och" as residents write it in a hurry: "o", "å", "&".
const CONNECTORS = new Set(['och', 'eller', 'samt', 'o', 'å']);
const LISTED_WITH = /^\s*(?:,|&|\+|och|eller|samt|o|å|,\s*och)\s*$/;
const CUES = [
  'min granne',
  'vår granne',
  'grannen',
  'grannarna',
  'min grannes',
  'min son',
  'min dotter',
  'min man',
  'min fru',
  'min sambo',
  'min bror',
  'min syster',
  'min kompis',
  'min vän',
  'hans son',
  'hennes son',
  'sonen',
  'dottern',
  'killen',
  'killarna',
  'tjejen',
  'pojken',
  'flickan',
  'mannen',
  'kvinnan',
  'ägaren',
  'rektorn',
  'läraren',
  'vaktmästaren',
  'fastighetsskötaren',
  'herr',
  'fru',
  'fröken',
  'dr',
  'doktor',
  'tant',
  'farbror',
  'morbror',
  'moster',
  'faster',
  'pastor',
  'familjen',
  'paret',
  'my neighbour',
  'my neighbor',
  'såg',
  'såg jag',
  'har sett',
  'sett',
  'träffade',
  'pratade med',
  'ringde',
  'fråga',
  'frågade',
  'kontakta',
  'ring',
  'maila',
  'mejla',
  'skriv till',
  'hälsa',
  'kolla med',
  'prata med',
  'mvh',
  'hälsningar',
  'hälsning',
  'mr',
  'mrs',
  'ms',
  'brorsan',
  'syrran',
  'kusin',
  'grabben',
  'ungen',
  // Titles and roles, as residents and staff notes put them before a name ("rektor Lindqvist", "kommunpolis Niemi").
  'rektor',
  'biträdande rektor',
  'kurator',
  'kuratorn',
  'lärare',
  'lärarinnan',
  'mentor',
  'mentorn',
  'skolsköterska',
  'skolsköterskan',
  'fritidsledare',
  'fritidsledaren',
  'fältassistent',
  'fältassistenten',
  'fältsekreterare',
  'socialsekreterare',
  'socialsekreteraren',
  'handläggare',
  'handläggaren',
  'enhetschef',
  'samordnare',
  'samordnaren',
  'ordförande',
  'ordföranden',
  'kommunpolis',
  'kommunpolisen',
  'polisinspektör',
  'kommissarie',
  'inspektör',
  'konstapel',
  'präst',
  'prästen',
  'kyrkoherde',
  'diakon',
  'fastighetsvärd',
  'fastighetsvärden',
  'hyresvärd',
  'hyresvärden',
  'kollega',
  'kollegan',
  'chefen',
  // Police and staff notes: who reported, who was there, whom to contact.
  'målsägande',
  'målsäganden',
  'anmälare',
  'anmälaren',
  'misstänkt',
  'misstänkte',
  'vittne',
  'vittnet',
  'kontaktperson',
  'kontakt',
  'deltog',
  'närvarande',
  'vårdnadshavare',
  // Family and neighbours in everyday and SMS speech; "naapuri" is Finnish for neighbour.
  'granne',
  'grannens',
  'mamma',
  'pappa',
  'mamman',
  'pappan',
  'morsan',
  'farsan',
  'gubben',
  'gumman',
  'naapuri',
  'naapurin',
];
// Someone's kin or friend: "hennes man Arash", "hans fru Rahaf", "deras son Elvin", "frun Aila".
const KIN = `man fru make maka sambo bror syster son dotter mamma pappa kompis kompisar vän flickvän pojkvän kille tjej
mormor morfar farmor farfar kusin svåger svägerska barn barnbarn brorsa syrra morsa farsa exfru exman`.split(/\s+/);
const OWNERS = ['min', 'mitt', 'mina', 'hans', 'hennes', 'hens', 'deras', 'vår', 'våra', 'din', 'dina'];
const KIN_CUES = [
  ...OWNERS.flatMap((o) => KIN.map((k) => `${o} ${k}`)),
  ...'frun maken sambon brodern systern kompisen flickvännen pojkvännen'.split(' '),
];
// Whose someone is: "ungarna till Vilho", "grabben till Hietala", "mamma till Selam".
const WHOSE_CUES =
  `ungarna ungen barnen barnbarnet grabben grabbarna pojken pojkarna flickan killen killarna tjejen tjejerna
sonen dottern mamma pappa mamman pappan morsan farsan bilen hunden hundarna kompis kompisen frun mannen brorsan syrran
sambon`
    .split(/\s+/)
    .map((w) => `${w} till`);
// "Det var Taras som körde": a capitalised word between these and "som" names someone.
const CLEFT = ['det är', 'det var', 'det e', 'de e', 'de är', 'de va', 'det va', 'var det', 'är det', 'e de'];
// Signatures: a lower-case word after them is a name too ("mvh bettan").
const SIGNATURES = ['mvh', 'hälsningar', 'hälsning', 'vänliga hälsningar', 'med vänlig hälsning'];

// A noun in the definite form, capitalised as an organisation ("Det var Tullen som"): no name after a cleft.
const DEFINITE = /(?:en|et|na)$/;
// Days, months and holidays, capitalised by some: never a name from context ("Det var Midsommar som").
const CALENDAR = new Set(
  `måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april augusti september oktober november
december jul julafton juldagen annandagen påsk påsken midsommar midsommarafton valborg nyår nyårsafton advent
allhelgona trettondagen`.split(/\s+/),
);

/** Cue phrases by their last word, so each word is looked up once. */
function indexByLast(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const last = words[words.length - 1]!;
    out.set(last, [...(out.get(last) ?? []), words]);
  }
  return out;
}

// Words said between a cue and the name ("han heter typ Robban", "grannen väl Jukka"): skipped, never masked.
const FILLERS = new Set(['typ', 'väl', 'nog', 'liksom', 'ju', 'visst', 'tydligen', 'iallafall', 'iaf', 'bara']);
const HETER = [
  'han',
  'hon',
  'hen',
  'jag',
  'de',
  'dom',
  'den',
  'killen',
  'tjejen',
  'mannen',
  'kvinnan',
  'grannen',
  'personen',
  'som',
]
  .map((w) => `${w} heter`)
  .concat([
    'mitt namn är',
    'kallas för',
    'kallas',
    'my name is',
    'his name is',
    'her name is',
    'their names are',
    'kallar honom',
    'kallar henne',
    'kallad',
    'nimeni on',
    'hänen nimensä on',
    'vid namn',
    'som heter',
    'heter',
  ]);
// Lowercase words that never follow a cue as a name ("grannen som bor", "killen på cykel").
const NOT_AFTER_CUE = new Set(
  `som och eller på i med till från är var har hade bor kör går säljer brukar ska vill kan
har hos vid om att det den de dom han hon hen inte också alltid ofta igen där här nu sen så men för av ut in upp
ner över under mot bakom framför åt en ett min mitt mina din sin sitt sina vår era the and is was e å o typ väl
nog liksom ju visst tydligen iallafall iaf bara ingen inget inga något nåt nån någon några alla`.split(/\s+/),
);

const CUE_INDEX = indexByLast([...CUES, ...KIN_CUES, ...WHOSE_CUES]);
const HETER_INDEX = indexByLast(HETER);
const CLEFT_INDEX = indexByLast(CLEFT);
const SIGNATURE_INDEX = indexByLast(SIGNATURES);
const SINGLE_WORD_CUES = new Set(CUES.filter((c) => !c.includes(' ')));

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
