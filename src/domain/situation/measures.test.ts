/**
 * The measures one by one, and the properties the ranking must keep:
 * duplicating or splitting a finding, adding a question, or adding answers
 * that agree never moves a problem the wrong way (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certainty,
  distinctProblems,
  findingMeasures,
  rateMeasure,
  surveyMeasures,
  surveyValue,
  tertialOf,
  type FindingInput,
  type RateInput,
  type SurveyItemInput,
} from './measures.ts';
import { DEFAULT_WEIGHTS, rankProblems, type RankedProblem } from './scoring.ts';

const MIN = 5;
const CATEGORIES = ['trafik', 'vald', 'narkotika', 'skadegorelse'] as const;

const finding = (over: Partial<FindingInput> = {}): FindingInput => ({
  source: 'dialogue',
  category: 'trafik',
  seriousness: 3,
  place: { key: 'centrum', name: 'Centrum' },
  date: '2025-03-12',
  text: 'Fortkörning',
  description: 'Fortkörning',
  ...over,
});

const item = (over: Partial<SurveyItemInput> = {}): SurveyItemInput => ({
  surveyKey: 's1',
  surveyLabel: 'Trygghetsmätning 2025',
  category: 'trafik',
  label: 'Bilar som kör för fort',
  measure: 'index_0_6',
  value: 3,
  answers: 100,
  ...over,
});

describe('findings: distinct problems by place and tertial', () => {
  it('a finding split in two at the same place and tertial is one problem, as serious as the worst part', () => {
    const split = [finding({ seriousness: 4 }), finding({ seriousness: 2, date: '2025-04-30', text: 'Mopeder' })];
    expect(distinctProblems(split)).toHaveLength(1);
    expect(findingMeasures(split)).toEqual([
      expect.objectContaining({ source: 'dialogue', category: 'trafik', points: 2, items: 1 }),
    ]);
    expect(findingMeasures(split)[0]!.why).toBe(
      '1 skilt problem (plats och tertial) av 2 iakttagelser; summa allvarlighet 4 / 2 = 2 poäng',
    );
  });

  it('another place or another tertial is another problem; the scale ends at 10', () => {
    const spread = [
      finding({ seriousness: 4 }),
      finding({ seriousness: 4, place: { key: 'hamnen', name: 'Hamnen' } }),
      finding({ seriousness: 4, date: '2025-05-02' }),
    ];
    expect(findingMeasures(spread)[0]).toMatchObject({ points: 6, items: 3 });
    const many = Array.from({ length: 8 }, (_, i) => finding({ seriousness: 5, place: { key: `p${i}`, name: '' } }));
    expect(findingMeasures(many)[0]).toMatchObject({ points: 10, items: 8 });
    expect(tertialOf('2025-04-30')).toBe(1);
    expect(tertialOf('2025-05-01')).toBe(2);
    expect(tertialOf('2025-12-31')).toBe(3);
  });

  it('police notes have no place or date: the same text twice is one problem, two texts are two', () => {
    const note = (text: string) => finding({ source: 'police', place: null, date: null, text, seriousness: 5 });
    expect(findingMeasures([note('Langning vid busstationen'), note(' langning vid  busstationen')])[0]!.points).toBe(
      2.5,
    );
    expect(findingMeasures([note('Langning vid busstationen'), note('Langning vid skolan')])[0]!.points).toBe(5);
  });
});

describe('surveys: one value per category, weighted by answers', () => {
  it('more questions with the same value do not raise a category', () => {
    const one = surveyMeasures([item()], MIN);
    const three = surveyMeasures([item(), item({ label: 'Mopeder' }), item({ label: 'Parkering' })], MIN);
    expect(three[0]!.points).toBe(one[0]!.points);
    expect(three[0]!.items).toBe(3);
  });

  it('8 answers weigh far less than 1 500', () => {
    const few = surveyMeasures([item({ value: 6, answers: 8 })], MIN)[0]!;
    const many = surveyMeasures([item({ value: 3, answers: 1500, category: 'vald' })], MIN)[0]!;
    expect(few.points).toBe(1.38); // 10 × 8 / 58
    expect(many.points).toBe(4.84); // 5 × 1500 / 1550
    expect(certainty(50)).toBe(0.5);
  });

  it('two surveys: their values are weighted by their answers', () => {
    const [both] = surveyMeasures(
      [item({ value: 6, answers: 8 }), item({ surveyKey: 's2', value: 0, answers: 1500 })],
      MIN,
    );
    // (10 × 8 + 0 × 1500) / 1508 × 1508 / 1558
    expect(both!.points).toBe(0.05);
  });

  it('a group under the small-cell rule gives nothing; shares and SCB index are turned so high is a bigger problem', () => {
    expect(surveyMeasures([item({ answers: 4 })], MIN)).toEqual([]);
    expect(surveyValue('index_0_6', 4.5)).toBe(7.5);
    expect(surveyValue('share', 32)).toBe(3.2);
    expect(surveyValue('index_0_100', 62)).toBe(3.8);
  });
});

describe('rates against the län or the country', () => {
  const rate = (over: Partial<RateInput> = {}): RateInput => ({
    source: 'statistics',
    category: 'tillgreppsbrott',
    year: 2025,
    rate: 1500,
    reference: { nameSv: 'Norrbottens län', nameEn: 'Norrbotten County', rate: 1000 },
    trend: { direction: 'up', percentPerYear: 4.2, years: 5 },
    ...over,
  });

  it('at the reference 5 points, twice it or more 10; a trend moves it by one', () => {
    expect(rateMeasure(rate()).points).toBe(8.5);
    expect(rateMeasure(rate({ trend: null })).points).toBe(7.5);
    expect(rateMeasure(rate({ rate: 5000, trend: null })).points).toBe(10);
    expect(rateMeasure(rate({ rate: 500, trend: { direction: 'down', percentPerYear: -3, years: 3 } })).points).toBe(
      1.5,
    );
    expect(rateMeasure(rate()).why).toBe(
      '1\u00a0500 per 100\u00a0000 invånare 2025 mot 1\u00a0000 i Norrbottens län (1,5 gånger); ökande trend (+4,2 % per år över 5 år) +1: 8,5 poäng',
    );
  });

  it('without a reference it is shown but does not count', () => {
    const m = rateMeasure(rate({ reference: null }));
    expect(m.points).toBe(0);
    expect(m.why).toContain('inget jämförelsetal');
  });
});

// ------------------------------------------------------------- properties

const findingArb = fc.record({
  source: fc.constantFrom('dialogue' as const, 'est' as const, 'police' as const),
  category: fc.constantFrom(...CATEGORIES),
  seriousness: fc.integer({ min: 1, max: 5 }),
  place: fc.constantFrom(null, { key: 'a', name: 'A' }, { key: 'b', name: 'B' }),
  date: fc.constantFrom('2025-02-01', '2025-03-15', '2025-06-01', '2025-10-10'),
  text: fc.constantFrom('x', 'y'),
  description: fc.constant(''),
});

const itemArb = fc.record({
  surveyKey: fc.constantFrom('s1', 's2', 'outside'),
  surveyLabel: fc.constant(''),
  category: fc.constantFrom(...CATEGORIES),
  label: fc.constantFrom('q1', 'q2', 'q3'),
  measure: fc.constant('index_0_6' as const),
  value: fc.double({ min: 0, max: 6, noNaN: true }),
  answers: fc.integer({ min: 0, max: 2000 }),
});

const rateArb = fc.record({
  source: fc.constant('statistics' as const),
  category: fc.constantFrom(...CATEGORIES),
  year: fc.constant(2025),
  rate: fc.double({ min: 0, max: 3000, noNaN: true }),
  reference: fc.option(
    fc.record({
      nameSv: fc.constant('länet'),
      nameEn: fc.constant('the county'),
      rate: fc.double({ min: 1, max: 3000, noNaN: true }),
    }),
    { nil: null },
  ),
  trend: fc.constant(null),
});

const worldArb = fc.record({
  findings: fc.array(findingArb, { maxLength: 12 }),
  items: fc.array(itemArb, { maxLength: 10 }),
  rates: fc.uniqueArray(rateArb, { maxLength: 4, selector: (r) => r.category }),
});
type World = { findings: FindingInput[]; items: SurveyItemInput[]; rates: RateInput[] };

function rank(w: World): RankedProblem[] {
  return rankProblems(
    [...findingMeasures(w.findings), ...surveyMeasures(w.items, MIN), ...w.rates.map(rateMeasure)],
    DEFAULT_WEIGHTS,
  );
}

const scoreOf = (ranking: RankedProblem[], category: string) =>
  ranking.find((p) => p.category === category)?.score ?? 0;
const positionOf = (ranking: RankedProblem[], category: string) => {
  const i = ranking.findIndex((p) => p.category === category);
  return i === -1 ? ranking.length : i;
};

/** Only `category` may move, and only the way its evidence moved; everything else keeps its score and order. */
function movesOnly(
  before: RankedProblem[],
  after: RankedProblem[],
  category: string,
  direction: 'up' | 'down' | 'none',
) {
  const others = (r: RankedProblem[]) => r.filter((p) => p.category !== category).map((p) => [p.category, p.score]);
  expect(others(after)).toEqual(others(before));
  const [b, a] = [scoreOf(before, category), scoreOf(after, category)];
  if (direction === 'none') expect(a).toBe(b);
  if (direction === 'up') {
    expect(a).toBeGreaterThanOrEqual(b);
    expect(positionOf(after, category)).toBeLessThanOrEqual(positionOf(before, category));
  }
  if (direction === 'down') {
    expect(a).toBeLessThanOrEqual(b);
    expect(positionOf(after, category)).toBeGreaterThanOrEqual(positionOf(before, category));
  }
}

describe('properties of the ranking', () => {
  it('duplicating a finding changes nothing', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), (w, pick) => {
        fc.pre(w.findings.length > 0);
        const copy = w.findings[pick % w.findings.length]!;
        movesOnly(rank(w), rank({ ...w, findings: [...w.findings, { ...copy }] }), copy.category, 'none');
      }),
    );
  });

  it('splitting a finding into several at the same place and tertial changes nothing', () => {
    fc.assert(
      fc.property(
        worldArb,
        fc.nat(),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        (w, pick, parts) => {
          fc.pre(w.findings.length > 0);
          const whole = w.findings[pick % w.findings.length]!;
          const pieces = parts.map((s) => ({
            ...whole,
            seriousness: Math.min(s, whole.seriousness),
            text: `${whole.text}-${s}`,
          }));
          // A police note's text tells it apart (it has no place or date), so splitting applies to dated findings.
          fc.pre(whole.date !== null);
          movesOnly(rank(w), rank({ ...w, findings: [...w.findings, ...pieces] }), whole.category, 'none');
        },
      ),
    );
  });

  it('adding a question moves its category only the way the question points', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.double({ min: 0, max: 6, noNaN: true }), (w, pick, value) => {
        const counted = w.items.filter((i) => (i.answers ?? MIN) >= MIN);
        fc.pre(counted.length > 0);
        const base = counted[pick % counted.length]!;
        const group = counted.filter((i) => i.surveyKey === base.surveyKey && i.category === base.category);
        const mean = group.reduce((n, i) => n + i.value, 0) / group.length;
        const answers = Math.min(...group.map((i) => i.answers ?? MIN));
        const added = { ...base, label: 'new', value, answers };
        const direction = Math.abs(value - mean) < 1e-9 ? 'none' : value > mean ? 'up' : 'down';
        const before = rank(w);
        const after = rank({ ...w, items: [...w.items, added] });
        if (direction === 'none')
          expect(Math.abs(scoreOf(after, base.category) - scoreOf(before, base.category))).toBeLessThanOrEqual(0.01);
        else movesOnly(before, after, base.category, direction);
      }),
    );
  });

  it('a question that agrees with its survey adds nothing, however many are added', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 6, noNaN: true }),
        fc.integer({ min: 5, max: 2000 }),
        fc.integer({ min: 1, max: 8 }),
        (value, answers, n) => {
          const one = surveyMeasures([item({ value, answers })], MIN)[0]!.points;
          const many = surveyMeasures(
            Array.from({ length: n }, (_, i) => item({ value, answers, label: `q${i}` })),
            MIN,
          )[0]!.points;
          expect(many).toBe(one);
        },
      ),
    );
  });

  it('adding answers that agree (a survey at least as worried as the category) never lowers it nor moves another', () => {
    fc.assert(
      fc.property(worldArb, fc.nat(), fc.integer({ min: 1, max: 3000 }), (w, pick, extra) => {
        const counted = w.items.filter((i) => (i.answers ?? MIN) >= MIN);
        fc.pre(counted.length > 0);
        const base = counted[pick % counted.length]!;
        const inCategory = counted.filter((i) => i.category === base.category);
        const groups = [...new Set(inCategory.map((i) => i.surveyKey))].map((key) => {
          const g = inCategory.filter((i) => i.surveyKey === key);
          const mean = g.reduce((n, i) => n + surveyValue(i.measure, i.value), 0) / g.length;
          return { key, mean, answers: Math.max(...g.map((i) => i.answers ?? MIN)) };
        });
        const total = groups.reduce((n, g) => n + g.answers, 0);
        const overall = groups.reduce((n, g) => n + g.mean * g.answers, 0) / total;
        // More answers from a survey that says the problem is smaller pull the category down, rightly.
        fc.pre(groups.find((g) => g.key === base.surveyKey)!.mean >= overall - 1e-9);
        // The new people answer as the survey's answers already say: every value stays, the count grows.
        const items = w.items.map((i) =>
          i.surveyKey === base.surveyKey && i.category === base.category && (i.answers ?? MIN) >= MIN
            ? { ...i, answers: (i.answers ?? MIN) + extra }
            : i,
        );
        movesOnly(rank(w), rank({ ...w, items }), base.category, 'up');
      }),
    );
  });
});
