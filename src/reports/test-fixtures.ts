/**
 * Documents for the report tests: small builders, and the Kalix promise
 * (seeds/001_dac4fe820df17cd3.txt) written out by hand the way the reading
 * rules read it, so the report tests do not depend on the importer's state.
 */
import type { CountTarget, Target } from '../domain/promise-document.ts';
import type { PlanCommitment, PromiseSetDocument } from '../domain/promise-set.ts';

/** A copy of shared/seeds/001_dac4fe820df17cd3.txt, kept here so the tests run without the shared folder. */
export const KALIX_SEED = new URL('./fixtures/kalix-001_dac4fe820df17cd3.txt', import.meta.url);

export function count(over: Partial<CountTarget> = {}): CountTarget {
  return { kind: 'count', count: 2, atLeast: true, max: null, per: 'year', every: 1, average: false, unit: null, ...over };
}

export function commitment(text: string, over: Partial<PlanCommitment> = {}): PlanCommitment {
  const target: Target = over.target ?? { kind: 'none' };
  return { text, responsible: [], partners: [], places: [], targets: [], followUp: [], ...over, target };
}

export function promiseDoc(over: Partial<PromiseSetDocument> = {}): PromiseSetDocument {
  return {
    format: 'medborgarlofte/v1',
    title: 'Medborgarlöfte Åsele 2021–2022',
    municipalities: [{ code: '2463', name: 'Åsele' }],
    policeArea: 'Södra Lappland',
    period: { from: '2021-01-01', to: '2022-12-31' },
    signedAt: null,
    signatories: [],
    focusAreas: [],
    sections: { implementation: null, communication: null, followUp: null, problemPicture: null },
    warnings: [],
    ...over,
  };
}

const seedTexts = {
  contacts:
    'Genomföra minst tre medborgarkontakter i snitt per vecka på utvalda platser under de tider som många människor rör sig ute på samhället.',
  traffic:
    'Genomföra minst fyra trafiksäkerhetsinsatser på särskilt utdvalda ställen och tidpunkter i kommunen. En inriktning där är A-traktorerna.',
  drugs:
    'Genomföra minst två riktade insatser i kommunen under året för att förebygga och minska narkotikamissbruk bland ungdomar såväl som vuxna. Detta i samverkan med socialtjänst och/ eller samverkanspartner från kommunen eller externt.',
  prevention:
    'Prioritera det förebyggande arbetet med tidiga insatser i kommunen när det gäller alkohol, narkotika, dopning, tobak och annat missbruk.',
  dogs: 'Genomföra sök med hund i skolmiljö vid minst två tillfällen under året.',
  neighbours: 'Löpande arbeta med grannsamverkan i kommunen och bistå med material, information och vidareutbildning.',
  walks:
    'Tillsammans med kommunen planlägga vilka brottsförebyggande åtgärder som kan vidtas för att förhindra att brott sker på särskilda platser i kommunen genom att arbeta fram var aktuell brottslighet kan komma att ske. Detta genom att genomföra minst två trygghetsvandringar tillsammans med kommunen och representanter från grannsamverkan.',
  burglary: 'Under året utföra minst två insatser mot bostadsinbrott och/ eller skoterstölder.',
};

export const KALIX_COMMITMENT_TEXTS: readonly string[] = Object.values(seedTexts);

/**
 * Kalix as printed: the seed states no period, responsible party or
 * signatories; those are added here (marked in the test) so the rendering
 * of every part can be checked on a real text.
 */
export function kalixDocument(over: Partial<PromiseSetDocument> = {}): PromiseSetDocument {
  const both = ['polisen', 'kommunen'];
  return promiseDoc({
    title: 'Kalix – medborgarlöften',
    municipalities: [{ code: '2514', name: 'Kalix' }],
    policeArea: 'Östra Norrbotten',
    period: { from: '2019-01-01', to: '2019-12-31' },
    introduction:
      'Lokalpolisområde Östra Norrbotten och Kalix kommun lovar att gemensamt arbeta för att öka tryggheten och minska brottsligheten genom följande aktiviteter:',
    focusAreas: [
      {
        title: 'Polisiär närvaro, tillgänglighet, trafiksäkerhet',
        commitments: [
          commitment(seedTexts.contacts, { responsible: ['polisen'], target: count({ count: 3, per: 'week', average: true, unit: 'medborgarkontakter' }) }),
          commitment(seedTexts.traffic, { responsible: ['polisen'], target: count({ count: 4, per: null, unit: 'trafiksäkerhetsinsatser' }) }),
        ],
      },
      {
        title: 'Förebygga och minska narkotikamissbruket',
        commitments: [
          commitment(seedTexts.drugs, { responsible: ['polisen'], partners: ['socialtjänsten'], target: count({ unit: 'riktade insatser' }) }),
          commitment(seedTexts.prevention, { responsible: both }),
          commitment(seedTexts.dogs, { responsible: ['polisen'], target: count({ unit: 'tillfällen' }) }),
        ],
      },
      {
        title: 'Förebyggande arbete mot mängdbrottsligheten',
        commitments: [
          commitment(seedTexts.neighbours, { responsible: ['polisen'] }),
          commitment(seedTexts.walks, { responsible: both, partners: ['grannsamverkan'], target: count({ per: null, unit: 'trygghetsvandringar' }) }),
          commitment(seedTexts.burglary, { responsible: ['polisen'], target: count({ unit: 'insatser' }) }),
        ],
      },
    ],
    sections: {
      implementation:
        'Arbetet kring medborgardialog och löften, läggs in som en del i befintligt samverkansavtal/ överenskommelse mellan lokalpolisområde Östra Norrbotten och Kalix kommun. Utifrån medborgarlöftet skall genomförande och eller handlingsplaner upprättas gemensamt och eller enskilt av ansvariga parter.',
      communication:
        'Kalix kommun ohc polisen ska tillsammans stärka kommunikationen och informationen i det förebyggande arbetet. Kan t ex vara i återkommande veckobrev och i sociala medier.',
      followUp:
        'Sker kontinuerligt med rapportering till chefen för lokalpolisområde Östra Norrbotten samt kommunalrådet i Kalix via ordförande i lokala Kalix brottsförebyggande råd. En skrfitlig uppföljning sammanställs senast februari 2020.',
      problemPicture:
        'Av lägesbilden framkommer att medborgare vill se att polisen syns ute bland allmänheten och arbetar för ökad trafiksäkerhet.',
    },
    status: 'published',
    version: 2,
    signedAt: '2019-02-11',
    signatories: [
      { name: 'Lars Öberg', role: 'Lokalpolisområdeschef Östra Norrbotten', party: 'polisen' },
      { name: 'Åsa Fjällström', role: 'Kommunstyrelsens ordförande, Kalix kommun', party: 'kommunen' },
    ],
    ...over,
  });
}
