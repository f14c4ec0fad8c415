/**
 * What happened in each demo kommun, in the project's own words: its areas,
 * what residents worry about (it steers the survey answers), what they wrote
 * in the survey's free text, the medborgardialog, the trygghetsvandring, the
 * EST reports and what the working group concluded. Facts such as place
 * names and the kinds of problems follow the public picture of these
 * kommuner; every sentence is written for the demo.
 */

/** A finding: text, problem category, seriousness 1–5 and, optionally, the area it concerns. */
export type FindingSeed = readonly [text: string, category: string, seriousness: number, area?: string];

export interface KommunStory {
  code: string;
  /** File name in documents/ (the earlier promise) and documents/current/ (the current one). */
  file: string;
  /** How many calendar years the current promise runs. */
  currentYears: number;
  /** The kommun's areas; the first is the central town. */
  areas: readonly string[];
  /** How many answered the trygghetsmätning. */
  answers: number;
  /** Problem items of the survey residents see as big (0 none … 1 everyone), beyond a low base. */
  concerns: Readonly<Record<string, number>>;
  /** The area where people feel least safe late in the evening. */
  unsafeArea: string;
  /** Free-text answers in residents' own voice. */
  voices: readonly string[];
  dialogue: { place: string; area: string; participants: Record<string, number>; findings: readonly FindingSeed[] };
  walk: { area: string; route: string; participants: Record<string, number>; findings: readonly FindingSeed[] };
  est: readonly { area: string; levels: Readonly<Record<string, number>>; note: string }[];
  /** "Ni sa": what residents told us, as the follow-ups retell it. */
  citizensSaid: string;
  /** The working group's analysis in the lägesbild. */
  analysis: string;
}

/** Names and numbers residents wrote in free text; the public never sees them (masking). */
export const SEEDED_PERSONAL_DATA = [
  '070-214 55 83',
  '0923-155 20',
  'Jocke Tapio',
  'Kerstin Holmberg',
  '073 881 22 10',
  'Mikael Lantto',
  'Birgit Öhman',
  'sven.karlsson@exempel.se',
] as const;

export const DEMO_STORIES: readonly KommunStory[] = [
  {
    code: '2518',
    file: 'overtornea.txt',
    currentYears: 2,
    areas: ['Övertorneå centrum', 'Svanstein', 'Juoksengi', 'Hietaniemi', 'Pello-vägen'],
    answers: 204,
    concerns: {
      speeding: 0.55,
      mopeds: 0.35,
      drug_dealing: 0.2,
      drug_affected: 0.15,
      dark_places: 0.4,
      drunk_people: 0.2,
    },
    unsafeArea: 'Övertorneå centrum',
    voices: [
      'Bilarna kör alldeles för fort genom Svanstein, ingen bryr sig om sextioskylten.',
      'Det är mörkt vid busstationen på vintern. Mer belysning skulle hjälpa mycket.',
      'Jag ser nästan aldrig polisen här ute i byarna, det känns som att vi är bortglömda.',
      'Ungdomarna har ingenstans att ta vägen på kvällarna, fritidsgården borde ha öppet längre.',
      'Min granne Jocke Tapio kör moped på gångvägen varje kväll, det är farligt för barnen.',
      'Ring mig gärna på 070-214 55 83 om ni vill veta mer om trafiken vid skolan.',
      'Tryggt att bo här, men det vore bra med fler trafikkontroller längs 99:an.',
    ],
    dialogue: {
      place: 'Byagården i Svanstein',
      area: 'Svanstein',
      participants: { boende: 23, föreningar: 4, företagare: 2 },
      findings: [
        [
          'Tung trafik och fortkörning genom byn, särskilt morgon och eftermiddag när barnen går till bussen.',
          'trafik',
          4,
          'Svanstein',
        ],
        ['Boende saknar polisen i byarna och vet inte hur de når kommunpolisen.', 'otrygga_platser', 3],
        ['Oro för att unga provar narkotika, som sägs komma över gränsen.', 'narkotika', 3],
      ],
    },
    walk: {
      area: 'Övertorneå centrum',
      route: 'Busstationen – Matarengivägen – skolan – idrottsplatsen',
      participants: { boende: 9, polisen: 2, kommunen: 3, bostadsbolaget: 1 },
      findings: [
        ['Gångtunneln vid skolan saknar fungerande belysning.', 'otrygga_platser', 4, 'Övertorneå centrum'],
        ['Buskage skymmer sikten längs gångvägen till idrottsplatsen.', 'otrygga_platser', 3, 'Övertorneå centrum'],
        ['Klotter och krossat glas vid busskuren.', 'skadegorelse', 2, 'Övertorneå centrum'],
      ],
    },
    est: [
      {
        area: 'Övertorneå centrum',
        levels: { otrygg_belysning: 2, ungdomar_samlas: 1, klotter: 1 },
        note: 'Mörkt vid busstationen.',
      },
      { area: 'Övertorneå centrum', levels: { ungdomar_samlas: 1, nedskrapning: 1 }, note: 'Lugn vecka.' },
      { area: 'Svanstein', levels: { skadegorelse: 1 }, note: 'Trasig skylt vid badplatsen.' },
    ],
    citizensSaid:
      'I trygghetsmätningen och vid byamötet i Svanstein sa många att bilarna kör för fort genom byarna och att de sällan ser polisen utanför centralorten. Föräldrar oroar sig för att unga kommer åt narkotika, och i centrum upplevs busstationen och gångtunneln vid skolan som mörka och otrygga på vinterkvällarna.',
    analysis:
      'Trafiken genom byarna och otrygga, mörka platser i centralorten väger tyngst, följt av oro för narkotika bland unga. Orsakerna är både situationella (belysning, hastighet) och sociala (lite att göra för unga på kvällarna).',
  },
  {
    code: '2514',
    file: 'kalix.txt',
    currentYears: 2,
    areas: ['Centrum', 'Töre', 'Nyborg', 'Rolfs', 'Båtskärsnäs', 'Morjärv'],
    answers: 262,
    concerns: {
      mopeds: 0.6,
      speeding: 0.35,
      drug_dealing: 0.3,
      drug_affected: 0.2,
      dark_places: 0.35,
      burglary: 0.3,
      vehicle_theft: 0.3,
    },
    unsafeArea: 'Centrum',
    voices: [
      'A-traktorerna i Töre kör runt hela kvällarna och väsnas, det är svårt att sova på sommaren.',
      'Gångvägen från resecentrum till centrum är kolsvart på vintern. Jag går en omväg.',
      'Min dotter har blivit erbjuden droger via Snapchat. Det oroar mig mer än något annat.',
      'Vi har haft inbrott i sjöboden två somrar i rad, båtmotorn försvann.',
      'Kerstin Holmberg på min gata har sett samma bil köra runt på nätterna, den verkar spana.',
      'Polisen borde synas mer i Nyborg, inte bara på torget.',
      'Kontakta mig på 0923-155 20 så kan jag berätta om mopederna vid skolan.',
      'Jag känner mig trygg i Kalix, men grannsamverkan behöver nya skyltar.',
    ],
    dialogue: {
      place: 'Folkets hus',
      area: 'Centrum',
      participants: { boende: 41, föreningar: 6, skolan: 3 },
      findings: [
        ['Mopeder och A-traktorer kör vårdslöst i Töre och Nyborg på sommarkvällarna.', 'trafik', 4, 'Töre'],
        ['Föräldrar oroar sig för att unga erbjuds narkotika via sociala medier.', 'narkotika', 4],
        ['Inbrott i fritidshus och stölder av båtmotorer längs kusten.', 'tillgreppsbrott', 3, 'Rolfs'],
        ['Polisen syns sällan utanför centrum.', 'otrygga_platser', 3],
      ],
    },
    walk: {
      area: 'Centrum',
      route: 'Resecentrum – gångvägen längs älven – torget – Furuhedsskolan',
      participants: { boende: 12, polisen: 2, kommunen: 3, Kalixbo: 1 },
      findings: [
        [
          'Gångvägen mellan resecentrum och centrum saknar belysning på en lång sträcka.',
          'otrygga_platser',
          4,
          'Centrum',
        ],
        ['Skymd entré och trasig lampa vid parkeringen bakom torget.', 'otrygga_platser', 3, 'Centrum'],
        ['Nedskräpning och fimpar vid busshållplatsen.', 'ordningsstorningar', 2, 'Centrum'],
      ],
    },
    est: [
      {
        area: 'Centrum',
        levels: { otrygg_belysning: 2, nedskrapning: 1, ungdomar_samlas: 1 },
        note: 'Mörkt längs älven.',
      },
      { area: 'Töre', levels: { ungdomar_samlas: 2, skadegorelse: 1 }, note: 'Mopedgäng vid macken.' },
      { area: 'Centrum', levels: { narkotika: 1, ungdomar_samlas: 1 }, note: 'Misstänkt langning vid resecentrum.' },
      { area: 'Nyborg', levels: { klotter: 1 }, note: 'Nytt klotter på pumphuset.' },
    ],
    citizensSaid:
      'Kalixborna sa i trygghetsmätningen och på Folkets hus att buskörning med mopeder och A-traktorer stör i Töre och Nyborg, att unga erbjuds narkotika via sociala medier och att gångvägen mellan resecentrum och centrum är mörk. Längs kusten oroar inbrott i fritidshus och stölder av båtmotorer.',
    analysis:
      'Trafiken med mopeder och A-traktorer, narkotika bland unga och mörka platser i centrum är de problem som flest tar upp. Tillgreppsbrotten längs kusten är säsongsbundna och möts bäst med grannsamverkan och båtsamverkan.',
  },
  {
    code: '2583',
    file: 'haparanda.txt',
    currentYears: 2,
    areas: ['Centrum', 'Resecentrum', 'Nikkala', 'Seskarö', 'Marielund'],
    answers: 238,
    concerns: {
      drunk_people: 0.35,
      drug_affected: 0.35,
      drug_dealing: 0.35,
      speeding: 0.4,
      youth_gangs: 0.25,
      dark_places: 0.3,
    },
    unsafeArea: 'Resecentrum',
    voices: [
      'Det är stökigt vid resecentrum på fredagskvällarna, jag undviker att vänta på bussen där.',
      'Stadshusparken känns otrygg när det är mörkt. Fler lampor och fler vuxna ute.',
      'Narkotikan har blivit vanligare bland de unga vuxna, alla vet var man köper.',
      'Storgatan är en racerbana på kvällarna.',
      'Mikael Lantto och hans kompisar håller till i parken och skriker efter folk.',
      'Ni når mig på 073 881 22 10 om ni vill ha hjälp med nattvandringen.',
      'Skönt att nattvandrarna är ute, det märks att det blir lugnare.',
    ],
    dialogue: {
      place: 'Biblioteket',
      area: 'Centrum',
      participants: { boende: 28, föreningar: 5, företagare: 4 },
      findings: [
        ['Otrygghet vid resecentrum och i Stadshusparken på kvällarna.', 'otrygga_platser', 4, 'Resecentrum'],
        ['Narkotika bland unga vuxna, öppen försäljning nämns.', 'narkotika', 4],
        ['Fortkörning på Storgatan och vid gränsövergången.', 'trafik', 3, 'Centrum'],
      ],
    },
    walk: {
      area: 'Resecentrum',
      route: 'Resecentrum – Stadshusparken – Strandgatan – Storgatan',
      participants: { boende: 8, polisen: 2, kommunen: 2, Haparandabostäder: 2 },
      findings: [
        ['Gångvägen mellan resecentrum och Strandgatan är dåligt upplyst.', 'otrygga_platser', 4, 'Resecentrum'],
        ['Trasiga bänkar och glaskross i Stadshusparken.', 'skadegorelse', 3, 'Centrum'],
        ['Samlingsplats för berusade personer bakom kiosken.', 'ordningsstorningar', 3, 'Resecentrum'],
      ],
    },
    est: [
      { area: 'Resecentrum', levels: { ungdomar_samlas: 2, narkotika: 1, hot_vald: 1 }, note: 'Bråk fredag kväll.' },
      { area: 'Centrum', levels: { skadegorelse: 1, nedskrapning: 2 }, note: 'Glaskross i parken.' },
      { area: 'Nikkala', levels: { brander: 1 }, note: 'Brand i container.' },
    ],
    citizensSaid:
      'Haparandaborna sa att resecentrum och Stadshusparken känns otrygga på kvällarna, att narkotikan har blivit vanligare bland unga vuxna och att Storgatan används som racerbana. Många uppskattar nattvandrarna och vill se fler vuxna ute.',
    analysis:
      'Otrygga platser kring resecentrum och narkotika bland unga vuxna hänger ihop: samma platser, samma tider. Fortkörningen på Storgatan är ett eget problem som trafikkontroller kan möta direkt.',
  },
  {
    code: '2417',
    file: 'norsjo.txt',
    currentYears: 3,
    areas: ['Norsjö centrum', 'Bastuträsk', 'Norsjövallen', 'Industriområdet'],
    answers: 217,
    concerns: {
      drug_dealing: 0.3,
      drug_affected: 0.2,
      speeding: 0.5,
      vehicle_theft: 0.35,
      burglary: 0.3,
      mopeds: 0.25,
    },
    unsafeArea: 'Norsjö centrum',
    voices: [
      'Länsväg 370 genom Bastuträsk är farlig, lastbilarna kör fort förbi skolan.',
      'Det har stulits diesel och verktyg från flera gårdar i byn i år.',
      'Ungdomarna säger att det är lätt att få tag på hasch här, det skrämmer mig.',
      'Birgit Öhman i grannhuset har blivit lurad på telefon två gånger.',
      'Skriv gärna till sven.karlsson@exempel.se om ni startar grannsamverkan i Bastuträsk.',
      'Bra med polisens öppna hus, fortsätt med det!',
    ],
    dialogue: {
      place: 'Bygdegården i Bastuträsk',
      area: 'Bastuträsk',
      participants: { boende: 19, lantbrukare: 5, elevrådet: 4 },
      findings: [
        ['Höga hastigheter på länsväg 370 genom Bastuträsk, nära skolan.', 'trafik', 4, 'Bastuträsk'],
        ['Stölder av diesel, verktyg och båtmotorer från gårdar och fritidshus.', 'tillgreppsbrott', 4],
        ['Elevrådet berättar att narkotika är lätt att få tag på.', 'narkotika', 3],
      ],
    },
    walk: {
      area: 'Norsjö centrum',
      route: 'Torget – Kåtan – skolan – Norsjövallen',
      participants: { boende: 7, polisen: 1, kommunen: 2, Hyresgästföreningen: 2 },
      findings: [
        ['Parkeringen vid Norsjövallen saknar belysning.', 'otrygga_platser', 3, 'Norsjövallen'],
        ['Ungdomar samlas bakom skolan på helgkvällar, fimpar och burkar.', 'ungdomar', 2, 'Norsjö centrum'],
      ],
    },
    est: [
      { area: 'Norsjö centrum', levels: { ungdomar_samlas: 1, narkotika: 1 }, note: 'Helgkvällar bakom skolan.' },
      { area: 'Industriområdet', levels: { skadegorelse: 1 }, note: 'Uppbrutet stängsel.' },
    ],
    citizensSaid:
      'Norsjöborna sa att trafiken på länsväg 370 genom Bastuträsk är farlig nära skolan, att stölder från gårdar och fritidshus har ökat och att unga har lätt att få tag på narkotika. Polisens öppna hus i kommunhuset uppskattas.',
    analysis:
      'Trafiken på länsväg 370, stölderna i byarna och narkotika bland unga är de tre problem som flest tar upp. Stölderna kräver samverkan med företagare och stugägare, trafiken kontroller.',
  },
  {
    code: '2463',
    file: 'asele.txt',
    currentYears: 2,
    areas: ['Åsele centrum', 'Fredrika', 'Gafsele', 'Lomsjö'],
    answers: 201,
    concerns: { speeding: 0.45, drunk_people: 0.2, drug_dealing: 0.15, burglary: 0.2, dark_places: 0.25, litter: 0.2 },
    unsafeArea: 'Åsele centrum',
    voices: [
      'Folk kör fort på Storgatan förbi skolan, fast det är trettio.',
      'I Fredrika ser vi aldrig polisen. Det känns långt till hjälp.',
      'Mamma har fått flera samtal från någon som påstår sig vara från banken.',
      'Jag är trygg i Åsele men orolig för de unga och alkoholen på helgerna.',
      'Lite mer ljus vid badplatsen skulle göra kvällspromenaden trevligare.',
    ],
    dialogue: {
      place: 'Skolan i Fredrika',
      area: 'Fredrika',
      participants: { boende: 17, pensionärsföreningen: 6 },
      findings: [
        ['Boende i Fredrika och Gafsele saknar polisnärvaro.', 'otrygga_platser', 3, 'Fredrika'],
        ['Äldre får bedrägerisamtal där någon utger sig för att vara från banken.', 'bedragerier', 4],
        ['Fortkörning på Storgatan förbi skolan.', 'trafik', 3, 'Åsele centrum'],
      ],
    },
    walk: {
      area: 'Åsele centrum',
      route: 'Storgatan – skolan – badplatsen – busstationen',
      participants: { boende: 6, polisen: 1, kommunen: 2 },
      findings: [
        ['Övergångsstället vid skolan är otydligt och dåligt upplyst.', 'trafik', 3, 'Åsele centrum'],
        ['Mörkt längs stigen till badplatsen.', 'otrygga_platser', 2, 'Åsele centrum'],
      ],
    },
    est: [
      { area: 'Åsele centrum', levels: { nedskrapning: 1, ungdomar_samlas: 1 }, note: 'Helg efter skolavslutningen.' },
      { area: 'Fredrika', levels: { otrygg_belysning: 1 }, note: 'Gatlampa trasig vid affären.' },
    ],
    citizensSaid:
      'Åseleborna sa att bilarna kör för fort på Storgatan förbi skolan, att de sällan ser polisen i Fredrika och Gafsele och att äldre får bedrägerisamtal där någon utger sig för att vara från banken.',
    analysis:
      'Trafiken i centrum, bedrägerier mot äldre och bristande polisnärvaro i byarna är det som oroar mest. Bedrägerierna möts bäst med information i samverkan med pensionärsföreningarna.',
  },
];
