import { describe, expect, it } from 'vitest';
import { computeResults, type CountedResult, type ResponseInput, type TextResult } from './results.ts';
import { compareResults } from './comparison.ts';
import { resultTable, TOO_FEW_NOTE } from './export.ts';
import { DEFAULT_SCORING } from './scoring.ts';
import type { ChoiceStats, ProblemStats } from './stats.ts';
import type { Answers, Question } from './types.ts';

const questions: Question[] = [
  {
    id: 'area',
    kind: 'area',
    required: false,
    text: { sv: 'Område' },
    options: [
      { value: 'a1', label: { sv: 'Centrum' } },
      { value: 'a2', label: { sv: 'Byn' } },
      { value: 'a3', label: { sv: 'Skogen' } },
    ],
  },
  {
    id: 'problems',
    kind: 'problem',
    required: false,
    text: { sv: 'Problem' },
    items: [
      { id: 'speeding', text: { sv: 'Fortkörning' } },
      { id: 'litter', text: { sv: 'Nedskräpning' } },
    ],
  },
  {
    id: 'safe',
    kind: 'single',
    required: false,
    text: { sv: 'Trygg?' },
    options: [
      { value: 'yes', label: { sv: 'Ja' } },
      { value: 'no', label: { sv: 'Nej' } },
    ],
  },
  { id: 'comments', kind: 'text', required: false, maxLength: 2000, text: { sv: 'Övrigt' } },
];

let seq = 0;
const response = (answers: Answers, codes?: Record<string, string[]>): ResponseInput => ({
  id: `r${String(seq++).padStart(3, '0')}`,
  answers,
  codes,
});
const many = (n: number, answers: Answers) => Array.from({ length: n }, () => response(answers));

const responses = [
  ...many(6, { area: 'a1', problems: { speeding: 'very_big', litter: 'small' }, safe: 'no' }),
  ...many(4, { area: 'a1', problems: { speeding: 'none', litter: 'dont_know' }, safe: 'yes' }),
  ...many(3, { area: 'a2', problems: { speeding: 'fairly_big' }, safe: 'yes' }),
  ...many(5, { area: 'a3', problems: { speeding: 'small' }, safe: 'no' }),
  response({ comments: 'Han heter Kalle och säljer knark, ring 070-123 45 67' }, { comments: ['narkotika'] }),
];

describe('results', () => {
  const results = computeResults({ questions, responses, scoring: DEFAULT_SCORING });
  const problems = results.questions.find((q) => q.questionId === 'problems') as CountedResult;

  it('gives the index per item in total, "vet inte" left out', () => {
    const items = (problems.total as ProblemStats).items;
    // speeding: 6×6 + 4×0 + 3×4 + 5×2 = 58 over 18 answers
    expect(items[0]).toMatchObject({ itemId: 'speeding', counted: 18, dontKnow: 0 });
    expect(items[0]!.index).toBeCloseTo(58 / 18);
    // litter: 6×2 over 6 answers, 4 "vet inte"
    expect(items[1]).toMatchObject({ itemId: 'litter', counted: 6, dontKnow: 4, index: 2 });
  });

  it('gives an overall index over the items that count in it, as the scoring says', () => {
    const all = problems.total as ProblemStats;
    // speeding 58 points over 18 answers and litter 12 over 6
    expect(all.overall).toBeCloseTo(70 / 24);
    const scoring = { ...DEFAULT_SCORING, excludedItems: { problems: ['litter'] } };
    const only = computeResults({ questions, responses, scoring }).questions.find(
      (q) => q.questionId === 'problems',
    ) as CountedResult;
    const stats = only.total as ProblemStats;
    expect(stats.overall).toBeCloseTo(58 / 18);
    // The left-out item keeps its own index.
    expect(stats.items.map((i) => [i.itemId, i.inOverall, i.index])).toEqual([
      ['speeding', true, stats.items[0]!.index],
      ['litter', false, 2],
    ]);
    const centrum = only.breakdowns.find((b) => b.dimension === 'area')!.groups.find((g) => g.key === 'a1')!;
    // Centrum: 6×6 + 4×0 for speeding only
    expect((centrum.stats as ProblemStats).overall).toBeCloseTo(36 / 10);
  });

  it('breaks down by area, hides a group with fewer than five answers and the next smallest with it', () => {
    const byArea = problems.breakdowns.find((b) => b.dimension === 'area')!;
    const [centrum, byn, skogen, unstated] = byArea.groups;
    expect(skogen).toMatchObject({ key: 'a3', n: null, suppressed: 'secondary', stats: null });
    expect(centrum).toMatchObject({ key: 'a1', n: 10, suppressed: 'none' });
    expect((centrum!.stats as ProblemStats).items[0]!.index).toBeCloseTo(36 / 10);
    expect(byn).toMatchObject({ key: 'a2', n: null, suppressed: 'too_few', stats: null });
    expect(unstated).toMatchObject({ key: '', suppressed: 'too_few', stats: null });
  });

  it('hides an item index that rests on fewer than five answers even in a large group', () => {
    const results2 = computeResults({
      questions,
      scoring: DEFAULT_SCORING,
      responses: [
        ...many(3, { problems: { speeding: 'small', litter: 'none' } }),
        ...many(5, { problems: { speeding: 'small', litter: 'dont_know' } }),
      ],
    });
    const items = ((results2.questions[1] as CountedResult).total as ProblemStats).items;
    expect(items[0]!.index).toBe(2);
    expect(items[1]).toMatchObject({ counted: 3, index: null });
  });

  it('counts choices in total', () => {
    const safe = results.questions.find((q) => q.questionId === 'safe') as CountedResult;
    expect((safe.total as ChoiceStats).options.map((o) => o.count)).toEqual([7, 11]);
    expect((safe.total as ChoiceStats).answered).toBe(18);
  });

  it('shows free text redacted and counts its codes', () => {
    const text = results.questions.find((q) => q.kind === 'text') as TextResult;
    expect(text.answers).toEqual(['Han heter [namn] och säljer knark, ring [telefonnummer]']);
    expect(text.categories.find((c) => c.value === 'narkotika')?.count).toBe(1);
    expect(text.uncoded).toBe(0);
  });

  it('shows nothing at all under five answers', () => {
    const small = computeResults({ questions, responses: many(4, { safe: 'yes' }), scoring: DEFAULT_SCORING });
    expect(small).toEqual({ responses: 4, suppressed: true, questions: [] });
    expect(resultTable(small).rows).toEqual([[null, null, 'Totalt', null, null, null, null, null, null, TOO_FEW_NOTE]]);
  });

  it('keeps hidden groups hidden in the export table', () => {
    const rows = resultTable(results).rows;
    const byn = rows.filter((r) => r[0] === 'problems' && r[3] === 'Byn');
    expect(byn).toEqual([['problems', 'Problem', 'Område', 'Byn', null, null, null, null, null, TOO_FEW_NOTE]]);
    expect(rows.some((r) => String(r[5]).includes('Kalle'))).toBe(false);
  });

  it('compares with the previous survey by the template ids', () => {
    const before = computeResults({
      questions,
      scoring: DEFAULT_SCORING,
      responses: many(10, { problems: { speeding: 'small', litter: 'small' }, safe: 'yes' }),
    });
    const cmp = compareResults(results, before, { id: 'prev', title: { sv: 'Trygghetsmätning 2024' } });
    const speeding = cmp.rows.find((r) => r.key === 'speeding')!;
    expect(speeding.previous).toBe(2);
    expect(speeding.change).toBeCloseTo(58 / 18 - 2);
    expect(cmp.rows.find((r) => r.questionId === 'safe' && r.key === 'yes')).toMatchObject({
      measure: 'share',
      previous: 1,
    });
  });
});
