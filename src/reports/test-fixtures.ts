/**
 * Documents for the report tests: small builders, and a Kalix promise of the
 * project's own writing (test/fixtures/kalix-promise.txt) written out by hand
 * the way the reading rules read it (docs/promise-format.md), so the report
 * tests do not depend on the importer's state.
 */
import type { CountTarget, Target } from '../domain/promise-document.ts';
import type { PlanCommitment, PromiseSetDocument } from '../domain/promise-set.ts';

/** The Kalix fixture as a kommun would upload it: plain text, bullets under focus-area headings, no period stated. */
export const KALIX_PROMISE_FILE = new URL('../../test/fixtures/kalix-promise.txt', import.meta.url);

export function count(over: Partial<CountTarget> = {}): CountTarget {
  return {
    kind: 'count',
    count: 2,
    atLeast: true,
    max: null,
    per: 'year',
    every: 1,
    average: false,
    unit: null,
    ...over,
  };
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

const kalixTexts = {
  talks: 'Genomföra i snitt fyra samtal med invånare per vecka i Kalix centrum och i Töre.',
  speed: 'Genomföra minst fem hastighetskontroller på vägar där invånarna har larmat om fortkörning.',
  drink:
    'Genomföra minst två riktade insatser mot langning av alkohol till unga under året, i samverkan med socialtjänsten.',
  school: 'Stärka det tidiga förebyggande arbetet i skolan mot alkohol, narkotika, spel och tobak.',
  parents: 'Ordna minst två föreläsningar för föräldrar om narkotika under året.',
  neighbours: 'Löpande sprida information om grannsamverkan och stöldmärkning.',
  walks: 'Genomföra minst två trygghetsvandringar tillsammans med kommunen och grannsamverkan.',
  boats: 'Under året genomföra minst två insatser mot stölder ur båtar och fritidshus.',
};

/** The eight promises of the Kalix fixture, in order, word for word. */
export const KALIX_PROMISES: readonly string[] = Object.values(kalixTexts);

/**
 * Kalix as printed: the fixture text states no period, responsible party or
 * signatories, and its problem picture stands under the first focus area;
 * those are added here so the rendering of every part is checked.
 */
export function kalixDocument(over: Partial<PromiseSetDocument> = {}): PromiseSetDocument {
  const both = ['polisen', 'kommunen'];
  const t = kalixTexts;
  return promiseDoc({
    title: 'Kalix – medborgarlöften',
    municipalities: [{ code: '2514', name: 'Kalix' }],
    policeArea: 'Östra Norrbotten',
    period: { from: '2019-01-01', to: '2019-12-31' },
    introduction:
      'Lokalpolisområde Östra Norrbotten och Kalix kommun lovar att tillsammans arbeta för ett tryggare Kalix genom följande aktiviteter:',
    focusAreas: [
      {
        title: 'Närvaro och trafik',
        commitments: [
          commitment(t.talks, {
            responsible: ['polisen'],
            places: ['Kalix centrum', 'Töre'],
            target: count({ count: 4, atLeast: false, per: 'week', average: true, unit: 'samtal' }),
          }),
          commitment(t.speed, {
            responsible: ['polisen'],
            target: count({ count: 5, per: null, unit: 'hastighetskontroller' }),
          }),
        ],
      },
      {
        title: 'Alkohol och narkotika bland unga',
        commitments: [
          commitment(t.drink, {
            responsible: ['polisen'],
            partners: ['socialtjänsten'],
            target: count({ unit: 'riktade insatser' }),
          }),
          commitment(t.school, { responsible: both }),
          commitment(t.parents, { responsible: ['kommunen'], target: count({ unit: 'föreläsningar' }) }),
        ],
      },
      {
        title: 'Inbrott och stölder',
        commitments: [
          commitment(t.neighbours, { responsible: ['polisen'] }),
          commitment(t.walks, {
            responsible: both,
            partners: ['grannsamverkan'],
            target: count({ per: null, unit: 'trygghetsvandringar' }),
          }),
          commitment(t.boats, { responsible: ['polisen'], target: count({ unit: 'insatser' }) }),
        ],
      },
    ],
    sections: {
      implementation:
        'Löftena genomförs inom samverkansöverenskommelsen mellan lokalpolisområde Östra Norrbotten och Kalix kommun. Varje part gör en egen handlingsplan för sina aktiviteter.',
      communication: 'Kommunen och polisen berättar om arbetet i sina kanaler och i lokaltidningen.',
      followUp:
        'Det brottsförebyggande rådet följer upp löftena varje halvår och rapporterar till kommunstyrelsen och chefen för lokalpolisområdet.',
      problemPicture: 'Invånarna vill möta polisen oftare i vardagen och se att trafikreglerna följs även i byarna.',
    },
    status: 'published',
    version: 2,
    signedAt: '2019-02-11',
    signatories: [
      { name: 'Birgitta Nyström', role: 'Lokalpolisområdeschef Östra Norrbotten', party: 'polisen' },
      { name: 'Åsa Fjällström', role: 'Kommunstyrelsens ordförande, Kalix kommun', party: 'kommunen' },
    ],
    ...over,
  });
}
