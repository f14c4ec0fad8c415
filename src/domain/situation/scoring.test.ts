import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, finalOrder, rankProblems, weightsWith, type Evidence } from './scoring.ts';

const ev = (source: Evidence['source'], category: string, points: number): Evidence => ({
  source,
  category,
  points,
  description: '',
  confidential: source === 'police',
});

describe('lägesbild ranking', () => {
  it("sums weighted points per category and shows each source's part", () => {
    const ranked = rankProblems(
      [
        ev('dialogue', 'narkotika', 4),
        ev('dialogue', 'narkotika', 5),
        ev('survey', 'trafik', 3.2),
        ev('events', 'trafik', 20),
        ev('police', 'narkotika', 3),
      ],
      DEFAULT_WEIGHTS,
    );
    expect(ranked.map((p) => [p.category, p.score])).toEqual([
      ['narkotika', 12],
      ['trafik', 5.2],
    ]);
    expect(ranked[0]!.parts).toEqual([
      { source: 'dialogue', points: 9, weight: 1, score: 9, items: 2 },
      { source: 'police', points: 3, weight: 1, score: 3, items: 1 },
    ]);
    expect(ranked[1]!.parts.find((p) => p.source === 'events')).toMatchObject({ points: 20, weight: 0.1, score: 2 });
  });

  it('changing a weight changes the order, visibly', () => {
    const evidence = [ev('survey', 'trafik', 4), ev('dialogue', 'vald', 3)];
    expect(rankProblems(evidence, DEFAULT_WEIGHTS)[0]!.category).toBe('trafik');
    expect(rankProblems(evidence, weightsWith({ survey: 0.5 }))[0]!.category).toBe('vald');
    expect(weightsWith({ survey: -1, est: Number.NaN }).survey).toBe(1);
  });

  it('a manual rank moves a problem, the rest keep their order', () => {
    const order = finalOrder([
      { category: 'a', scoreRank: 1, manualRank: null },
      { category: 'b', scoreRank: 2, manualRank: null },
      { category: 'c', scoreRank: 3, manualRank: 1 },
    ]);
    expect(order.map((p) => p.category)).toEqual(['c', 'a', 'b']);
  });
});
