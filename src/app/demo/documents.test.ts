/**
 * The demo's own promise documents (documents/*.txt), read by the importer
 * the way a careful reader reads them (docs/promise-format.md): every
 * commitment with its responsible parties, partners and target, and the
 * promise's kommun, period and signatories. The demo's overview, reminders
 * and public pages are built on these readings.
 */
import { describe, expect, it } from 'vitest';
import { importPromiseText } from '../../domain/promise-import/index.ts';
import { promiseDocumentSchema, type CountTarget, type Target } from '../../domain/promise-document.ts';
import { demoDocumentFiles, demoDocumentText } from './promises.ts';

const NONE: Target = { kind: 'none' };
const count = (n: number, per: CountTarget['per'], over: Partial<CountTarget> = {}): CountTarget => ({
  kind: 'count',
  count: n,
  atLeast: true,
  max: null,
  per,
  every: 1,
  average: false,
  unit: null,
  ...over,
});

/** Opening words of the commitment, responsible, partners, target (and further targets). */
type Expected = [opening: string, responsible: string[], partners: string[], target: Target, more?: Target[]];

interface Reading {
  kommun: string;
  policeArea: string | null;
  period: { from: string; to: string } | null;
  signatories: string[];
  focusAreas: string[];
  commitments: Expected[];
}

const share = (percent: number): Target => ({ kind: 'share', percent, atLeast: true, unit: null });

const READINGS: Record<string, Reading> = {
  'kalix.txt': {
    kommun: '2514',
    policeArea: 'Östra Norrbotten',
    period: null,
    signatories: [],
    focusAreas: ['Synlig polis och säkrare trafik', 'Unga, alkohol och narkotika', 'Inbrott och stölder'],
    commitments: [
      [
        'Genomföra i snitt fem medborgarkontakter per',
        ['polisen'],
        [],
        count(5, 'week', { atLeast: false, average: true, unit: 'medborgarkontakter' }),
      ],
      [
        'Genomföra minst sex trafikkontroller per kvartal',
        ['polisen'],
        [],
        count(6, 'quarter', { unit: 'trafikkontroller' }),
      ],
      [
        'Hålla öppen mottagning i kommunhuset var',
        ['polisen'],
        [],
        count(1, 'week', { atLeast: false, every: 3, unit: null }),
      ],
      [
        'Polisen genomför minst två riktade insatser',
        ['polisen'],
        ['socialtjänsten'],
        count(2, 'halfyear', { unit: 'riktade insatser' }),
      ],
      [
        'Kommunen och polisen håller minst en',
        ['kommunen', 'polisen'],
        [],
        count(1, 'term', { unit: 'föräldraträff' }),
      ],
      ['Kommunens fältassistenter är ute fredags- och', ['kommunen'], ['polisen'], NONE],
      ['Löpande stödja grannsamverkan och båtsamverkan med', ['polisen', 'kommunen'], [], NONE],
      [
        'Genomföra minst tre trygghetsvandringar under året',
        ['kommunen', 'polisen'],
        ['grannsamverkan'],
        count(3, 'year', { unit: 'trygghetsvandringar' }),
      ],
      ['Polisen genomför riktade insatser mot stölder', ['polisen'], [], NONE],
    ],
  },
  'overtornea.txt': {
    kommun: '2518',
    policeArea: 'Östra Norrbotten',
    period: { from: '2025-01-01', to: '2026-12-31' },
    signatories: [],
    focusAreas: ['Unga, alkohol och droger', 'Trafik och närvaro i byarna', 'Trygghet i centralorten'],
    commitments: [
      ['Polisen besöker högstadiet och gymnasiet i', ['polisen'], [], count(2, 'halfyear', { unit: 'gånger' })],
      [
        'Kommunens fritidsgård och polisen ordnar en',
        ['kommunen', 'polisen'],
        [],
        count(1, 'year', { atLeast: false, unit: null }),
      ],
      ['Polisen och socialtjänsten håller orossamtal med', ['polisen', 'socialtjänsten'], [], NONE],
      [
        'Polisen genomför trafikkontroller i Juoksengi, Hietaniemi',
        ['polisen'],
        [],
        count(1, 'month', { unit: 'gång' }),
      ],
      ['Polisen lägger minst 900 timmar per', ['polisen'], [], count(900, 'year', { unit: 'timmar' })],
      [
        'Kommunen och polisen informerar alla elever',
        ['kommunen', 'polisen'],
        [],
        count(1, 'year', { atLeast: false, unit: 'gång' }),
      ],
      [
        'Kommunen och polisen genomför minst två',
        ['kommunen', 'polisen'],
        ['bostadsbolaget', 'föreningarna'],
        count(2, 'year', { unit: 'trygghetsvandringar' }),
      ],
      ['Kommunen åtgärdar trasig belysning som påtalas', ['kommunen'], [], NONE],
    ],
  },
  'haparanda.txt': {
    kommun: '2583',
    policeArea: 'Östra Norrbotten',
    period: { from: '2026-01-01', to: '2026-12-31' },
    signatories: [
      'Birgitta Nyström, Lokalpolisområdeschef Östra Norrbotten',
      'Olof Kärrman, Kommunstyrelsens ordförande Haparanda',
    ],
    focusAreas: ['Trygga kvällar i centrum', 'Narkotika', 'Trafik'],
    commitments: [
      ['Polisen är synlig vid resecentrum och', ['polisen'], [], count(2, 'week', { unit: 'kvällar' })],
      [
        'Nattvandring med föreningar och vuxna frivilliga',
        ['kommunen'],
        ['fritidsgården'],
        count(1, 'week', { atLeast: false, unit: null }),
      ],
      ['Haparandabostäder och kommunen förbättrar belysningen längs', ['kommunen'], [], NONE],
      [
        'Polisen utreder minst 40 narkotikabrott under',
        ['polisen'],
        [],
        count(40, 'year', { unit: 'narkotikabrott' }),
        [share(20)],
      ],
      ['Samtal med unga som misstänks för', ['kommunen', 'polisen'], [], NONE],
      ['Information till all personal på gymnasiet', ['kommunen', 'polisen'], [], count(1, 'year', { unit: 'gång' })],
      [
        'Polisen genomför minst fyra trafikkontroller per',
        ['polisen'],
        [],
        count(4, 'month', { unit: 'trafikkontroller' }),
      ],
      ['Riktade insatser mot buskörning med mopeder', ['polisen'], ['räddningstjänsten'], NONE],
    ],
  },
  'norsjo.txt': {
    kommun: '2417',
    policeArea: 'Skellefteå',
    period: { from: '2024-01-01', to: '2027-12-31' },
    signatories: [
      'Henrik Abrahamsson, Lokalpolisområdeschef Skellefteå',
      'Malin Strömgren, Kommunstyrelsens ordförande',
      'Jonas Wiklander, Kommunpolis',
      'Elin Marklund, Folkhälsostrateg',
    ],
    focusAreas: ['Narkotika', 'Trafik', 'Stölder', 'Trygghet'],
    commitments: [
      [
        'Narkotika Underrättelsestyrda insatser mot försäljning av',
        ['polisen'],
        [],
        count(1, 'month', { unit: 'gång' }),
      ],
      [
        'Narkotika Besök på fritidsgården Kåtan för',
        ['polisen'],
        ['fritidsgården', 'socialtjänsten'],
        count(1, 'week', { atLeast: false, every: 3, unit: null }),
      ],
      [
        'Narkotika Föräldramöte om narkotika och tecken',
        ['kommunen'],
        ['skolan', 'elevhälsan'],
        count(1, 'year', { atLeast: false, unit: 'gång' }),
      ],
      [
        'Trafik Hastighets- och nykterhetskontroller på länsväg',
        ['polisen'],
        [],
        count(8, 'month', { unit: 'kontroller' }),
      ],
      [
        'Trafik Information om säker skoterkörning till',
        ['polisen'],
        ['skolan', 'skoterklubben'],
        count(1, 'year', { atLeast: false, unit: 'gång' }),
      ],
      [
        'Stölder Information om märkning och grannsamverkan',
        ['kommunen'],
        ['företagarföreningen', 'lrf'],
        count(3, 'year', { unit: 'informationsträffar' }),
      ],
      [
        'Stölder Riktad patrullering i industriområdet och',
        ['polisen'],
        [],
        count(1, 'shift', { atLeast: false, unit: null }),
      ],
      [
        'Trygghet Trygghetsvandringar i Norsjö och Bastuträsk',
        ['kommunen'],
        ['hyresgästföreningen', 'polisen'],
        count(2, 'year', { atLeast: false, unit: 'gånger' }),
      ],
      ['Trygghet Polisen har öppet hus i', ['polisen'], ['kommunen'], NONE],
    ],
  },
  'asele.txt': {
    kommun: '2463',
    policeArea: 'Södra Lappland',
    period: { from: '2025-01-01', to: '2026-12-31' },
    signatories: ['Sofia Dahlberg, Lokalpolisområdeschef', 'Anders Grahn, Kommunstyrelsens ordförande'],
    focusAreas: [''],
    commitments: [
      [
        'Polisen och kommunen ska genomföra minst',
        ['polisen', 'kommunen'],
        ['skolan'],
        count(2, 'halfyear', { unit: 'föräldraträffar' }),
      ],
      [
        'Polisen ska genomföra hastighetskontroller på Storgatan',
        ['polisen'],
        [],
        count(3, 'month', { unit: 'gånger' }),
      ],
      ['Polisen ska vara på plats i', ['polisen'], [], count(1, 'week', { average: true, unit: 'gång' })],
      [
        'Kommunen ska tillsammans med polisen informera',
        ['kommunen'],
        ['polisen'],
        count(4, 'year', { unit: 'tillfällen' }),
      ],
      ['Polisen och kommunen ska löpande arbeta', ['polisen', 'kommunen'], [], NONE],
    ],
  },
};

describe('the demo promise documents', () => {
  it('are the five demo kommuner, one document each', () => {
    expect(demoDocumentFiles()).toEqual(Object.keys(READINGS).sort());
  });

  it.each(Object.entries(READINGS))('%s is read commitment by commitment', (file, expected) => {
    const doc = importPromiseText(demoDocumentText(file));
    expect(() => promiseDocumentSchema.parse(doc)).not.toThrow();
    expect(doc.municipalities.map((m) => m.code)).toEqual([expected.kommun]);
    expect(doc.policeArea).toBe(expected.policeArea);
    expect(doc.period).toEqual(expected.period);
    expect(doc.signatories.map((s) => `${s.name}, ${s.role}`)).toEqual(expected.signatories);
    expect(doc.focusAreas.map((a) => a.title)).toEqual(expected.focusAreas);
    const commitments = doc.focusAreas.flatMap((a) => a.commitments);
    expect(commitments).toHaveLength(expected.commitments.length);
    expected.commitments.forEach(([opening, responsible, partners, target, more = []], i) => {
      const c = commitments[i]!;
      expect(c.text.startsWith(opening), `commitment ${i + 1} starts "${opening}": ${c.text}`).toBe(true);
      expect(c.responsible, `responsible of "${opening}"`).toEqual(responsible);
      expect(c.partners, `partners of "${opening}"`).toEqual(partners);
      expect(c.target, `target of "${opening}"`).toEqual(target);
      expect(
        c.targets.map((t) => t.target),
        `further targets of "${opening}"`,
      ).toEqual(more);
    });
  });

  it('Kalix states no period, and the importer says so (the demo runs it this year)', () => {
    expect(importPromiseText(demoDocumentText('kalix.txt')).warnings).toContain(
      'Löftets giltighetsperiod framgår inte av texten.',
    );
  });

  it('the Norsjö plan keeps its follow-up column; Haparanda its signing date and problem picture', () => {
    const norsjo = importPromiseText(demoDocumentText('norsjo.txt')).focusAreas.flatMap((a) => a.commitments);
    expect(norsjo[0]?.followUp).toEqual(['Antal anmälda narkotikabrott', 'Antal beslag']);
    const haparanda = importPromiseText(demoDocumentText('haparanda.txt'));
    expect(haparanda.signedAt).toBe('2026-01-20');
    expect(haparanda.sections.problemPicture).toMatch(/^Under hösten 2025/);
  });
});
