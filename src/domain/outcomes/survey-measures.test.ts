import { describe, expect, it } from 'vitest';
import { indexSummaryOf, shareOf } from './survey-measures.ts';
import { DEFAULT_SCORING } from '../surveys/scoring.ts';
import type { Answers } from '../surveys/types.ts';

const many = (n: number, a: Answers): Answers[] => Array.from({ length: n }, () => a);

describe('survey measures for outcomes', () => {
  it('counts the chosen answers among those who answered, leaving out "vet inte"', () => {
    const answers = [
      ...many(3, { unsafe_late: 'very_unsafe' }),
      ...many(2, { unsafe_late: 'fairly_unsafe' }),
      ...many(5, { unsafe_late: 'fairly_safe' }),
      ...many(4, { unsafe_late: 'dont_know' }),
      ...many(2, {}),
    ];
    expect(shareOf(answers, 'unsafe_late', ['very_unsafe', 'fairly_unsafe'])).toEqual({ yes: 5, n: 10 });
  });
  it('an area with fewer answers than the small-cell rule allows gives nothing', () => {
    const answers = [
      ...many(4, { unsafe_late: 'very_unsafe', area: 'a1' }),
      ...many(20, { unsafe_late: 'fairly_safe', area: 'a2' }),
    ];
    expect(shareOf(answers, 'unsafe_late', ['very_unsafe'], { questionId: 'area', value: 'a1' })).toBeNull();
    expect(shareOf(answers, 'unsafe_late', ['very_unsafe'], { questionId: 'area', value: 'a2' })).toEqual({
      yes: 0,
      n: 20,
    });
  });
  it("a statement's index: each respondent's points (0, 2, 4, 6), mean and sample variance", () => {
    const answers = [
      ...many(2, { problems: { burglary: 'none' } }),
      ...many(2, { problems: { burglary: 'very_big' } }),
      { problems: { burglary: 'dont_know' } } as Answers,
      { problems: { burglary: 'small' } } as Answers,
    ];
    const s = indexSummaryOf(answers, 'problems', 'burglary', DEFAULT_SCORING)!;
    expect(s.n).toBe(5);
    expect(s.mean).toBeCloseTo(14 / 5, 10);
    // values 0,0,6,6,2: mean 2.8, squares 7.84·2 + 10.24·2 + 0.64 = 36.8, / 4
    expect(s.variance).toBeCloseTo(9.2, 10);
  });
  it('the overall index is each respondent’s mean over the statements', () => {
    const answers = many(5, { problems: { burglary: 'none', speeding: 'very_big' } });
    const s = indexSummaryOf(answers, 'problems', null, DEFAULT_SCORING)!;
    expect(s.mean).toBe(3);
    expect(s.variance).toBe(0);
  });
});
