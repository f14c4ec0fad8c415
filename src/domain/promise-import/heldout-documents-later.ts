/**
 * The last five held-out promise documents (see heldout-documents.ts),
 * written after the first rules for the first ten and measured before any
 * change for them.
 */
import { count, none, type HeldOutDocument } from './heldout-documents.ts';
/**
 * Written after the rules for the first ten were added, and measured before
 * any change for them: the closest this set comes to documents not seen.
 */
export const HELD_OUT_LATER: HeldOutDocument[] = [
  {
    name: 'kalmar-etikettrader',
    kind: 'aktiviteter som etikettrader ("Aktivitet:", "Ansvarig:", "När:"), "fr.o.m. … t.o.m.", "För Polisen"-underskrifter',
    text: `Medborgarlöfte Kalmar kommun

Löftet gäller fr.o.m. 1 mars 2025 t.o.m. 28 februari 2027.

Fokusområde: Trygg stadskärna

Aktivitet: Gemensam trygghetsvandring i Kvarnholmen
Ansvarig: Kalmar kommun
När: Två gånger per år

Aktivitet: Synlig polis vid nattlivet på Larmtorget
Ansvarig: Polisen
När: Varje fredag och lördag natt

Fokusområde: Trafik

Aktivitet: Hastighetskontroller vid skolor i Berga och Lindsdal
Ansvarig: Polisen
När: Minst 6 kontroller per månad

För Kalmar kommun
Karin Ek, kommunstyrelsens ordförande

För Polisen
Stefan Berg, lokalpolisområdeschef Kalmar
`,
    municipalities: ['Kalmar'],
    period: { from: '2025-03-01', to: '2027-02-28' },
    commitments: [
      { quote: 'Gemensam trygghetsvandring i Kvarnholmen', responsible: ['kommunen'], target: count(2, 'year') },
      { quote: 'Synlig polis vid nattlivet', responsible: ['polisen'], target: { per: 'week' } },
      { quote: 'Hastighetskontroller vid skolor i Berga', responsible: ['polisen'], target: count(6, 'month', true) },
    ],
  },
  {
    name: 'boden-lulea-bokstav-punkt',
    kind: 'bokstavslista "a." och "b.", två kommuner skrivna "Bodens och Luleå kommuner"',
    text: `Medborgarlöfte 2026 för Bodens och Luleå kommuner

Polisen i Norrbotten och de båda kommunerna lovar att göra följande under 2026:

a. Polisen genomför minst åtta trafikkontroller per månad på väg 97 mellan Boden och Luleå.
b. Kommunerna ordnar gemensamma föräldraträffar om droger två gånger per termin.
c. Polisen och kommunerna håller öppet hus på polisstationerna en gång per kvartal.
`,
    municipalities: ['Boden', 'Luleå'],
    period: { from: '2026-01-01', to: '2026-12-31' },
    commitments: [
      {
        quote: 'Polisen genomför minst åtta trafikkontroller',
        responsible: ['polisen'],
        target: count(8, 'month', true),
      },
      { quote: 'Kommunerna ordnar gemensamma föräldraträffar', responsible: ['kommunen'], target: count(2, 'term') },
      {
        quote: 'Polisen och kommunerna håller öppet hus',
        responsible: ['polisen', 'kommunen'],
        target: count(1, 'quarter'),
      },
    ],
  },
  {
    name: 'vaxjo-statistiktabell',
    kind: 'lägesbild med statistiktabell (tabbar) före löftena, "läsåret 2025/2026"',
    text: `Medborgarlöfte Växjö kommun läsåret 2025/2026

Lägesbild

Anmälda brott i centrala Växjö:
Brottstyp\t2022\t2023\t2024
Skadegörelse\t412\t389\t455
Narkotikabrott\t120\t141\t167
Misshandel\t98\t90\t104

Polisen genomförde under 2024 sammanlagt 75 insatser mot narkotika i centrum.

Löften

Polisen och Växjö kommun lovar att:
- Genomföra minst två gemensamma insatser per månad mot narkotika i stadsparken.
- Erbjuda föräldrar till elever i årskurs 7 en informationskväll varje termin.
- Kommunen anställer en samordnare för det brottsförebyggande arbetet i skolorna.
`,
    municipalities: ['Växjö'],
    period: { from: '2025-08-01', to: '2026-06-30' },
    commitments: [
      {
        quote: 'Genomföra minst två gemensamma insatser',
        responsible: ['polisen', 'kommunen'],
        target: count(2, 'month', true),
      },
      {
        quote: 'Erbjuda föräldrar till elever',
        responsible: ['polisen', 'kommunen'],
        target: count(1, 'term'),
      },
      { quote: 'Kommunen anställer en samordnare', responsible: ['kommunen'], target: none },
    ],
  },
  {
    name: 'karlstad-romerska-bockar',
    kind: 'romerska siffror i rubriker, bockar som punkter ("", "☐"), sidfot "Sida 1 (2)"',
    text: `MEDBORGARLÖFTE KARLSTAD 2025–2027

I. TRYGGHET I BOSTADSOMRÅDEN
 Polisen genomför fotpatrullering i Kronoparken minst tre gånger i veckan.
 Karlstads kommun ordnar sommaraktiviteter för unga i Kronoparken varje vecka under sommarlovet.

Medborgarlöfte Karlstad\tSida 1 (2)

II. NARKOTIKA
☐ Polisen och kommunen genomför gemensamma kontroller vid skolorna minst fyra gånger per termin.
☐ Socialtjänsten erbjuder samtal till alla unga som påträffas med narkotika.

Medborgarlöfte Karlstad\tSida 2 (2)
`,
    municipalities: ['Karlstad'],
    period: { from: '2025-01-01', to: '2027-12-31' },
    commitments: [
      { quote: 'Polisen genomför fotpatrullering', responsible: ['polisen'], target: count(3, 'week', true) },
      { quote: 'Karlstads kommun ordnar sommaraktiviteter', responsible: ['kommunen'], target: count(1, 'week') },
      {
        quote: 'Polisen och kommunen genomför gemensamma kontroller',
        responsible: ['polisen', 'kommunen'],
        target: count(4, 'term', true),
      },
      { quote: 'Socialtjänsten erbjuder samtal', responsible: ['socialtjänsten'], target: none },
    ],
  },
  {
    name: 'eskilstuna-radbruten-prosa',
    kind: 'löften som radbrutna stycken ur en PDF, "kommer att", dåtid före löftet i samma stycke',
    text: `Medborgarlöfte för Eskilstuna 2025

Narkotika i centrum
Under 2024 genomfördes tolv insatser mot narkotikahandeln vid Fristadstorget.
Polisen kommer att genomföra minst femton sådana insatser under 2025 och
redovisa resultatet till brottsförebyggande rådet.

Trygga skolvägar
Eskilstuna kommun kommer att sätta upp ny belysning längs fem skolvägar i
Årby och Skiftinge. Polisen kommer att göra hastighetskontroller vid
skolorna två gånger per månad.
`,
    municipalities: ['Eskilstuna'],
    period: { from: '2025-01-01', to: '2025-12-31' },
    commitments: [
      { quote: 'Polisen kommer att genomföra minst femton', responsible: ['polisen'], target: count(15, null, true) },
      {
        quote: 'Eskilstuna kommun kommer att sätta upp ny belysning',
        responsible: ['kommunen'],
        target: count(5, null),
      },
      { quote: 'Polisen kommer att göra hastighetskontroller', responsible: ['polisen'], target: count(2, 'month') },
    ],
  },
];
