/**
 * Promise documents written for this test, in layouts the five seed
 * documents and the import corpus do not cover, each with what a careful
 * reader extracts from it (as the seed labels in ../shared/docs/seed-labels
 * do): kommuner, the promise's period, and every commitment by its first
 * words, with its responsible parties and the checked fields of its target.
 * The texts are invented (places, names and figures included) and are
 * written the way text comes out of Word or a PDF: numbered and lettered
 * lists, promises as prose, tables flattened to text, capital headings,
 * cover pages and tables of contents, running headers and page numbers,
 * words hyphenated at a line end, signatures at the end.
 */

export interface HeldOutCommitment {
  /** The commitment's text starts with this (spaces collapsed). */
  quote: string;
  responsible: string[];
  /** Fields of `target` a careful reader is sure of. */
  target: Record<string, unknown>;
}

export interface HeldOutDocument {
  name: string;
  /** The layout it stands for. */
  kind: string;
  text: string;
  municipalities: string[];
  period: { from: string; to: string | null } | null;
  commitments: HeldOutCommitment[];
}

export const none = { kind: 'none' };
export const count = (n: number, per: string | null, atLeast = false, every = 1): Record<string, unknown> => ({
  kind: 'count',
  count: n,
  per,
  atLeast,
  every,
});

export const HELD_OUT: HeldOutDocument[] = [
  {
    name: 'pitea-numrerad',
    kind: 'numrerad lista "1.", versala rubriker, bakgrund i dåtid',
    text: `MEDBORGARLÖFTE 2025–2026
Piteå kommun och Polisen, lokalpolisområde Piteå

BAKGRUND

Under hösten 2024 genomförde polisen och kommunen en medborgardialog med drygt 600 svar. Polisen genomförde 2023 totalt 310 trafikkontroller i kommunen. Kommunen anordnade fyra trygghetsvandringar under 2024. Många svarande upplever otrygghet i centrum kvällstid och oroar sig för buskörning med mopeder.

VÅRA LÖFTEN

Polisen och Piteå kommun lovar att:

1. Genomföra minst fyra trygghetsvandringar per år i centrum och på Norrmalm tillsammans med fastighetsägarna.
2. Polisen genomför 10 trafikkontroller per månad med inriktning mot mopeder och A-traktorer.
3. Kommunen utökar belysningen längs gång- och cykelvägen vid Strömnäsbacka.
4. Polisen besöker skolornas årskurs 8 två gånger per år för att prata om narkotika.

UPPFÖLJNING

Löftet följs upp i det brottsförebyggande rådet två gånger per år.
`,
    municipalities: ['Piteå'],
    period: { from: '2025-01-01', to: '2026-12-31' },
    commitments: [
      {
        quote: 'Genomföra minst fyra trygghetsvandringar per år',
        responsible: ['polisen', 'kommunen'],
        target: count(4, 'year', true),
      },
      { quote: 'Polisen genomför 10 trafikkontroller per månad', responsible: ['polisen'], target: count(10, 'month') },
      { quote: 'Kommunen utökar belysningen längs', responsible: ['kommunen'], target: none },
      { quote: 'Polisen besöker skolornas årskurs 8', responsible: ['polisen'], target: count(2, 'year') },
    ],
  },
  {
    name: 'skelleftea-parentes-bokstav',
    kind: 'numrering "1)" med underpunkter "a)", "gäller t.o.m.", underskrifter',
    text: `Medborgarlöfte för Skellefteå kommun

Gäller t.o.m. 2026-12-31

Lokalpolisområde Skellefteå och Skellefteå kommun har tillsammans tagit fram följande löften.

1) Tryggare centrum
a) Polisen patrullerar till fots i centrum minst en kväll varje vecka.
b) Kommunen ordnar nattvandring med föräldrar minst två gånger per månad.
2) Färre bostadsinbrott
a) Polisen och kommunen informerar om grannsamverkan i fem bostadsområden under året.
b) Kommunen erbjuder märkning av stöldbegärliga saker vid två tillfällen per år.
3) Unga och droger
a) Socialtjänsten och polisen för orossamtal med unga som ertappas med narkotika.

Skellefteå 2025-03-01

Maria Holm
Kommunstyrelsens ordförande

Johan Nyström
Lokalpolisområdeschef Skellefteå
`,
    municipalities: ['Skellefteå'],
    period: { from: '2025-03-01', to: '2026-12-31' },
    commitments: [
      { quote: 'Polisen patrullerar till fots i centrum', responsible: ['polisen'], target: count(1, 'week', true) },
      {
        quote: 'Kommunen ordnar nattvandring med föräldrar',
        responsible: ['kommunen'],
        target: count(2, 'month', true),
      },
      {
        quote: 'Polisen och kommunen informerar om grannsamverkan',
        responsible: ['polisen', 'kommunen'],
        target: count(5, 'year'),
      },
      { quote: 'Kommunen erbjuder märkning', responsible: ['kommunen'], target: count(2, 'year') },
      { quote: 'Socialtjänsten och polisen för orossamtal', responsible: ['socialtjänsten', 'polisen'], target: none },
    ],
  },
  {
    name: 'sundsvall-prosa',
    kind: 'löften som stycken ("åtar sig att", "ska"), lägesbild i dåtid',
    text: `Medborgarlöfte Sundsvall 2025

Inledning

Sundsvalls kommun och Polisen i lokalpolisområde Sundsvall har tecknat medborgarlöften sedan 2017. Arbetet bygger på en gemensam lägesbild.

Lägesbild

Polisen genomförde under 2023 drygt 200 narkotikakontroller i Stenstan. Kommunen har sedan 2022 fått fler klagomål om skadegörelse vid busstationen. Antalet anmälda rån mot unga ökade med 30 procent mellan 2022 och 2024. Många unga uppger att de känner sig otrygga i centrum på kvällen.

Våra åtaganden

Polisen åtar sig att genomföra minst två riktade insatser per månad mot narkotikaförsäljning vid busstationen och i Stenstan.

Kommunen ska anställa två fältassistenter som arbetar kvällstid i centrum under helger.

Polisen och kommunen åtar sig att tillsammans genomföra en trygghetsmätning under hösten 2025. Resultatet redovisas i kommunstyrelsen.

Räddningstjänsten ska tillsammans med polisen genomföra tre informationsträffar om anlagda bränder för skolorna per termin.
`,
    municipalities: ['Sundsvall'],
    period: { from: '2025-01-01', to: '2025-12-31' },
    commitments: [
      {
        quote: 'Polisen åtar sig att genomföra minst två riktade insatser',
        responsible: ['polisen'],
        target: count(2, 'month', true),
      },
      { quote: 'Kommunen ska anställa två fältassistenter', responsible: ['kommunen'], target: count(2, null) },
      {
        quote: 'Polisen och kommunen åtar sig att tillsammans genomföra en trygghetsmätning',
        responsible: ['polisen', 'kommunen'],
        target: none,
      },
      {
        quote: 'Räddningstjänsten ska tillsammans med polisen',
        responsible: ['räddningstjänsten'],
        target: count(3, 'term'),
      },
    ],
  },
  {
    name: 'ostersund-tabell-streck',
    kind: 'tabell som text med "|" mellan cellerna ("Aktivitet | Ansvarig | När")',
    text: `Medborgarlöfte 2025 – Östersunds kommun och Polisen

Handlingsplan

Aktivitet | Ansvarig | När
Trafikkontroller vid skolor i samband med skolstart | Polisen | 10 trafikkontroller per månad under augusti och september
Trygghetsvandring i Lugnvik | Kommunen och Polisen | Två gånger per år
Föräldramöten om unga och alkohol | Kommunen | Minst fyra gånger per termin
Fotpatrull på Stortorget | Polisen | Varje vecka under sommarlovet
`,
    municipalities: ['Östersund'],
    period: { from: '2025-01-01', to: '2025-12-31' },
    commitments: [
      { quote: 'Trafikkontroller vid skolor', responsible: ['polisen'], target: count(10, 'month') },
      { quote: 'Trygghetsvandring i Lugnvik', responsible: ['kommunen', 'polisen'], target: count(2, 'year') },
      { quote: 'Föräldramöten om unga och alkohol', responsible: ['kommunen'], target: count(4, 'term', true) },
      { quote: 'Fotpatrull på Stortorget', responsible: ['polisen'], target: count(1, 'week') },
    ],
  },
  {
    name: 'borlange-cell-per-rad',
    kind: 'tabell som text med en cell per rad',
    text: `Medborgarlöfte Borlänge 2026

Borlänge kommun och lokalpolisområde Borlänge lovar följande under 2026.

Aktivitet
Ansvarig
När
Riktade kontroller mot narkotika i centrala Borlänge
Polisen
Minst två gånger per månad
Nattvandring med vuxna i Tjärna Ängar
Kommunen
En gång i veckan under sommarlovet
Information om bedrägerier till äldre
Polisen och kommunen
Fyra tillfällen under året
Hastighetskontroller vid förskolor
Polisen
Minst 8 kontroller per kvartal
`,
    municipalities: ['Borlänge'],
    period: { from: '2026-01-01', to: '2026-12-31' },
    commitments: [
      { quote: 'Riktade kontroller mot narkotika', responsible: ['polisen'], target: count(2, 'month', true) },
      { quote: 'Nattvandring med vuxna', responsible: ['kommunen'], target: count(1, 'week') },
      {
        quote: 'Information om bedrägerier till äldre',
        responsible: ['polisen', 'kommunen'],
        target: count(4, 'year'),
      },
      { quote: 'Hastighetskontroller vid förskolor', responsible: ['polisen'], target: count(8, 'quarter', true) },
    ],
  },
  {
    name: 'gavle-omslag-sidhuvud',
    kind: 'försättsblad, innehållsförteckning med sidnummer, sidhuvud och sidnummer mitt i texten, avstavning',
    text: `Medborgarlöfte

Gävle kommun
Polisen, lokalpolisområde Gävle

2025–2026




Innehåll
Bakgrund .................................... 2
Våra löften ................................. 3
Uppföljning ................................. 4

Medborgarlöfte Gävle 2025–2026                    Sida 2 av 4

Bakgrund

Medborgarlöftet bygger på en enkät som 1 400 gävlebor svarade på under våren 2024. Polisen genomförde då också dialoger på Andersberg och i Sätra. Flest svarande nämnde oro för trafiken och för narkotikaförsäljning nära skolor.

Medborgarlöfte Gävle 2025–2026                    Sida 3 av 4

Våra löften

Polisen och Gävle kommun lovar att:

• Genomföra minst sex trygg-
hetsvandringar per år på Andersberg och i Sätra tillsammans med bostadsbolagen.
• Polisen genomför hastighetskontroller vid grundskolor minst två gånger per
månad under terminerna.
• Kommunen ordnar föräldrautbildning om narkotika vid tre tillfällen per termin.

3

Medborgarlöfte Gävle 2025–2026                    Sida 4 av 4

• Genomföra en gemensam informationskampanj om bedrägerier mot äldre under
hösten 2025.

Uppföljning

Löftet följs upp av det brottsförebyggande rådet varje halvår.

4
`,
    municipalities: ['Gävle'],
    period: { from: '2025-01-01', to: '2026-12-31' },
    commitments: [
      {
        quote: 'Genomföra minst sex trygghetsvandringar per år',
        responsible: ['polisen', 'kommunen'],
        target: count(6, 'year', true),
      },
      {
        quote: 'Polisen genomför hastighetskontroller vid grundskolor',
        responsible: ['polisen'],
        target: count(2, 'month', true),
      },
      { quote: 'Kommunen ordnar föräldrautbildning', responsible: ['kommunen'], target: count(3, 'term') },
      {
        quote: 'Genomföra en gemensam informationskampanj',
        responsible: ['polisen', 'kommunen'],
        target: none,
      },
    ],
  },
  {
    name: 'umea-vi-lovar',
    kind: '"Vi lovar att …" under fokusrubriker, datum till datum, underskrifter med titlar',
    text: `Medborgarlöfte för Umeå

Löftet gäller från 1 januari 2025 – 31 december 2026.

Vi som har skrivit under är Umeå kommun och Polisen i lokalpolisområde Umeå. Vi har lyssnat på vad umeborna berättade i trygghetsundersökningen.

Trygghet i centrum
Vi lovar att genomföra minst tre trygghetsvandringar per termin i centrum och på Ålidhem. Vandringarna görs tillsammans med studentkåren.

Trafik
Vi lovar att genomföra riktade hastighetskontroller på Västra Esplanaden varje vecka under sommarlovet.

Unga
Vi lovar att finnas på plats vid skolavslutningen varje år.

Umeå den 15 januari 2025

Anna Lindqvist
Kommunstyrelsens ordförande, Umeå kommun

Erik Johansson
Lokalpolisområdeschef, Umeå
`,
    municipalities: ['Umeå'],
    period: { from: '2025-01-01', to: '2026-12-31' },
    commitments: [
      {
        quote: 'Vi lovar att genomföra minst tre trygghetsvandringar',
        responsible: [],
        target: count(3, 'term', true),
      },
      { quote: 'Vi lovar att genomföra riktade hastighetskontroller', responsible: [], target: count(1, 'week') },
      { quote: 'Vi lovar att finnas på plats vid skolavslutningen', responsible: [], target: count(1, 'year') },
    ],
  },
  {
    name: 'kalix-haparanda-tva-kommuner',
    kind: 'två kommuner i ett löfte, "för åren 2025 och 2026", rubrik per kommun',
    text: `Medborgarlöften för Kalix och Haparanda

Kalix kommun, Haparanda stad och lokalpolisområde Östra Norrbotten har tagit fram gemensamma medborgarlöften för åren 2025 och 2026.

Gemensamt för båda kommunerna

- Polisen genomför minst fyra gånger per termin lektioner om nätmobbning i årskurs 7 i båda kommunerna.
- Socialtjänsten i Kalix och Haparanda erbjuder föräldrastöd till familjer med unga som begått brott.

Kalix

- Kalix kommun anordnar en fritidsgårdskväll i Nyborg varje fredag under läsåret.
- Polisen genomför två trafikinsatser per år mot buskörning på isen.

Haparanda

- Haparanda stad utökar kameraövervakningen vid resecentrum.
- Polisen och Haparanda stad genomför gemensamma kontroller vid gränsen minst en gång per månad.
`,
    municipalities: ['Kalix', 'Haparanda'],
    period: { from: '2025-01-01', to: '2026-12-31' },
    commitments: [
      {
        quote: 'Polisen genomför minst fyra gånger per termin',
        responsible: ['polisen'],
        target: count(4, 'term', true),
      },
      { quote: 'Socialtjänsten i Kalix och Haparanda erbjuder', responsible: ['socialtjänsten'], target: none },
      { quote: 'Kalix kommun anordnar en fritidsgårdskväll', responsible: ['kommunen'], target: count(1, 'week') },
      { quote: 'Polisen genomför två trafikinsatser per år', responsible: ['polisen'], target: count(2, 'year') },
      { quote: 'Haparanda stad utökar kameraövervakningen', responsible: ['kommunen'], target: none },
      {
        quote: 'Polisen och Haparanda stad genomför gemensamma kontroller',
        responsible: ['polisen', 'kommunen'],
        target: count(1, 'month', true),
      },
    ],
  },
  {
    name: 'norrtalje-lagesbild-punkter',
    kind: 'lägesbild som punktlista i dåtid före löftena, "under 2025"',
    text: `Medborgarlöfte Norrtälje

Lägesbild
Under 2024 såg vi följande i Norrtälje kommun:
- Polisen genomförde 48 trafikkontroller i Rimbo och Hallstavik.
- Kommunen anordnade sex trygghetsvandringar tillsammans med hyresgästföreningen.
- Antalet anmälda bostadsinbrott minskade med 15 procent.
- Polisen tog emot 120 tips om narkotikaförsäljning via webben.

Löften
Under 2025 lovar polisen och Norrtälje kommun att:
- Polisen genomför minst 60 trafikkontroller i Rimbo och Hallstavik under året.
- Kommunen anordnar trygghetsvandringar två gånger per år i varje tätort.
- Polisen och kommunen bjuder in till medborgardialog i Hallstavik en gång per kvartal.
- Fältassistenterna finns ute i centrala Norrtälje minst tre kvällar i veckan.
`,
    municipalities: ['Norrtälje'],
    period: { from: '2025-01-01', to: '2025-12-31' },
    commitments: [
      {
        quote: 'Polisen genomför minst 60 trafikkontroller',
        responsible: ['polisen'],
        target: count(60, 'year', true),
      },
      { quote: 'Kommunen anordnar trygghetsvandringar', responsible: ['kommunen'], target: count(2, 'year') },
      {
        quote: 'Polisen och kommunen bjuder in till medborgardialog',
        responsible: ['polisen', 'kommunen'],
        target: count(1, 'quarter'),
      },
      { quote: 'Fältassistenterna finns ute', responsible: ['fältassistenterna'], target: count(3, 'week', true) },
    ],
  },
  {
    name: 'lulea-pdf-radbrytning',
    kind: 'PDF-text: numrerade versala rubriker, radbrutna punkter, sidnummer, "2025-2026"',
    text: `Medborgarlöfte Luleå 2025-2026
Luleå kommun och Polisen

1. INLEDNING
Medborgarlöftet är en del av samarbetet mellan Luleå kommun och Polisen. Löftet
gäller 2025-2026 och följs upp varje halvår.

2. VÅRA LÖFTEN
Polisen lovar att:
– genomföra minst tolv narkotikainsatser per år i Luleå centrum och på
Hertsön,
– delta i skolornas föräldramöten i årskurs 6 minst en gång per läsår.
Kommunen lovar att:
– erbjuda sommarjobb till 200 ungdomar varje sommar,
– rusta upp belysningen i tre gångtunnlar på Porsön.

2

3. UPPFÖLJNING
Uppföljning sker i Brå-gruppen varje halvår.
`,
    municipalities: ['Luleå'],
    period: { from: '2025-01-01', to: '2026-12-31' },
    commitments: [
      {
        quote: 'genomföra minst tolv narkotikainsatser per år',
        responsible: ['polisen'],
        target: count(12, 'year', true),
      },
      { quote: 'delta i skolornas föräldramöten', responsible: ['polisen'], target: count(1, 'year', true) },
      { quote: 'erbjuda sommarjobb till 200 ungdomar', responsible: ['kommunen'], target: count(200, 'year') },
      { quote: 'rusta upp belysningen i tre gångtunnlar', responsible: ['kommunen'], target: count(3, null) },
    ],
  },
];
