/**
 * The words that tell redaction-names.ts a name is near, or that a word is
 * not one: kept shops, bodies and places; the endings of place and
 * organisation names; cues (neighbours, kin, titles, "heter", clefts,
 * signatures), fillers, and calendar words. Lists only; the reading is in
 * redaction-names.ts.
 */
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
export const keptWord = (lower: string) =>
  KEEP_WORDS.has(lower) || (lower.endsWith('s') && KEEP_WORDS.has(lower.slice(0, -1)));
// Words that place or organisation names end in: such a capitalised word is not taken as a name from context.
export const PLACE_SUFFIX =
  /(?:gatan|vägen|gränd|torget|parken|skolan|hallen|centrum|stan|byn|området|plan|backen|stigen|viken|kyrkan|gården|huset|badet|skogen|sjön|ån|bron|stationen|vallen|torg|kiosken|macken|föreningen|bolaget|kommun|län|hamnen|hamn|stranden|udden|holmen|berget|dalen|fältet|ängen|lunden|heden|myren|åsen|sundet|näset|tjärnen|station|arenan|kyrka|hall|bad|museet|biblioteket|sjukhuset|gymnasiet|gymnasium|skola|ab|område|förvaltningen|förvaltning|kontoret|nämnden|enheten|avdelningen|styrelsen|gruppen|verket|tjänsten|rådet|förbundet|teamet|boendet|hemmet|jouren|mottagningen|centralen|byrån|klubben|polisen|samebyn|sameby|församlingen)$/u;
// Lowercase words after a capitalised one that make it an organisation ("Tekniska förvaltningen", "Sirges sameby");
// unlike PLACE_AFTER, a listed name before them stays a name ("fråga Jukka gården har kamera").
export const ORG_AFTER = new Set(
  `förvaltningen förvaltning kontoret nämnden enheten avdelningen utskottet huset skolan gården föreningen förening
sameby samebyn folkhögskola folkhögskolan församling församlingen bygdegård bygdegården hotell hotellet`.split(/\s+/),
);
// Lowercase words after capitalised ones that make them a place ("Karl Johans torg", "Gustav Adolfs kyrka").
export const PLACE_AFTER = new Set([
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
export const CONNECTORS = new Set(['och', 'eller', 'samt', 'o', 'å']);
export const LISTED_WITH = /^\s*(?:,|&|\+|och|eller|samt|o|å|,\s*och)\s*$/;
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
export const DEFINITE = /(?:en|et|na)$/;
// Days, months and holidays, capitalised by some: never a name from context ("Det var Midsommar som").
export const CALENDAR = new Set(
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
export const FILLERS = new Set(['typ', 'väl', 'nog', 'liksom', 'ju', 'visst', 'tydligen', 'iallafall', 'iaf', 'bara']);
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
export const NOT_AFTER_CUE = new Set(
  `som och eller på i med till från är var har hade bor kör går säljer brukar ska vill kan
har hos vid om att det den de dom han hon hen inte också alltid ofta igen där här nu sen så men för av ut in upp
ner över under mot bakom framför åt en ett min mitt mina din sin sitt sina vår era the and is was e å o typ väl
nog liksom ju visst tydligen iallafall iaf bara ingen inget inga något nåt nån någon några alla`.split(/\s+/),
);

export const CUE_INDEX = indexByLast([...CUES, ...KIN_CUES, ...WHOSE_CUES]);
export const HETER_INDEX = indexByLast(HETER);
export const CLEFT_INDEX = indexByLast(CLEFT);
export const SIGNATURE_INDEX = indexByLast(SIGNATURES);
export const SINGLE_WORD_CUES = new Set(CUES.filter((c) => !c.includes(' ')));
