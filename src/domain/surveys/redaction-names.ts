/**
 * Finds names of people in free text. A word is a name when it is a common
 * Swedish given name or surname (names-sv.ts, after SCB's statistics) in any
 * position, or when the text shows it: after "han heter", "min granne",
 * a title ("fru", "tant"), or a capitalised word beside a name ("Mohammed
 * Qureshi", "Kalle, Jonte och Lisa"). Names that are also ordinary words
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
// Words that place or organisation names end in: such a capitalised word is not taken as a name from context.
const PLACE_SUFFIX =
  /(?:gatan|vägen|gränd|torget|parken|skolan|hallen|centrum|stan|byn|området|plan|backen|stigen|viken|kyrkan|gården|huset|badet|skogen|sjön|ån|bron|stationen|vallen|torg|kiosken|macken|föreningen|bolaget|kommun|län|hamnen|hamn|stranden|udden|holmen|berget|dalen|fältet|ängen|lunden|heden|myren|åsen|sundet|näset|tjärnen|station|arenan|kyrka|hall|bad|museet|biblioteket|sjukhuset|gymnasiet|gymnasium|skola|ab)$/u;
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
const CONNECTORS = new Set(['och', 'eller', 'samt']);
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
];
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
ner över under mot bakom framför åt en ett min mitt mina din sin sitt sina vår era the and is was`.split(/\s+/),
);

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

function phraseEndsAt(tokens: Token[], i: number, phrases: readonly string[][]): boolean {
  return phrases.some((p) => p.length <= i + 1 && p.every((w, k) => tokens[i + 1 - p.length + k]!.lower === w));
}

export function findNames(text: string, keep: readonly string[] = []): Span[] {
  const tokens = tokenize(text);
  const kept = keptRanges(text, keep);
  const places = placeNames(text, tokens);
  const isKept = (t: Token) =>
    KEEP_WORDS.has(t.lower) || places.has(t) || kept.some((k) => t.start < k.end && t.end > k.start);
  const name = new Array<boolean>(tokens.length).fill(false);
  const cues = CUES.map((c) => c.split(' '));
  const heter = HETER.map((c) => c.split(' '));
  const contextual = (t: Token) =>
    t.cap &&
    !/-\p{Ll}/u.test(t.word) &&
    (!t.caps || t.word.length === 1) &&
    !isKept(t) &&
    !PLACE_SUFFIX.test(t.lower) &&
    !cues.some((c) => c.length === 1 && c[0] === t.lower);
  tokens.forEach((t, i) => {
    if (isKept(t)) return;
    const kind = listed(t.lower, t.word);
    if (kind && !wordlike(t.lower) && (t.cap || t.caps || t.word.length > 2)) name[i] = true;
    else if (kind && (t.cap || t.caps) && !t.initial) name[i] = true;
    const prev = i > 0 && text.slice(tokens[i - 1]!.end, t.start).trim() === '' ? i - 1 : -1;
    if (prev < 0) return;
    if (phraseEndsAt(tokens, prev, heter) && !NOT_AFTER_CUE.has(t.lower)) name[i] = true;
    else if (phraseEndsAt(tokens, prev, cues) && (contextual(t) || (kind && !NOT_AFTER_CUE.has(t.lower))))
      name[i] = true;
  });
  pairs(text, tokens, name, contextual);
  spread(text, tokens, name, contextual);
  return tokens.filter((_, i) => name[i]).map((t) => ({ start: t.start, end: t.end }));
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
        around.every((j) => /^\s*(?:,|och|eller|samt|,\s*och)\s*$/.test(gapBetween(text, t, tokens[j]!)))
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
        const listedWith = /^\s*(?:,|&|och|eller|samt|,\s*och)\s*$/.test(gap);
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
    if (!PLACE_AFTER.has(tokens[i]!.lower)) continue;
    for (let j = i - 1; j >= 0 && tokens[j]!.cap && /^\s+$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start)); j--)
      out.add(tokens[j]!);
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
