import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, finalOrder, rankProblems, weightsWith, type SourceMeasure } from './scoring.ts';

const m = (source: SourceMeasure['source'], category: string, points: number): SourceMeasure => ({
  source,
  category,
  points,
  items: 1,
  why: `${source} ${points}`,
  whyEn: `${source} ${points}`,
});

describe('lägesbild ranking', () => {
  it("sums each source's points times its weight and shows each part with its reason", () => {
    const ranked = rankProblems(
      [
        m('dialogue', 'narkotika', 4.5),
        m('survey', 'trafik', 3.2),
        m('events', 'trafik', 6),
        m('police', 'narkotika', 2.5),
      ],
      DEFAULT_WEIGHTS,
    );
    expect(ranked.map((p) => [p.category, p.score])).toEqual([
      ['narkotika', 7],
      ['trafik', 6.2],
    ]);
    expect(ranked[0]!.parts).toEqual([
      { source: 'dialogue', points: 4.5, weight: 1, score: 4.5, items: 1, why: 'dialogue 4.5', whyEn: 'dialogue 4.5' },
      { source: 'police', points: 2.5, weight: 1, score: 2.5, items: 1, why: 'police 2.5', whyEn: 'police 2.5' },
    ]);
    expect(ranked[1]!.parts.find((p) => p.source === 'events')).toMatchObject({ points: 6, weight: 0.5, score: 3 });
  });

  it('a measure without points is shown as a part and adds nothing', () => {
    const [only] = rankProblems([m('statistics', 'vald', 0)], DEFAULT_WEIGHTS);
    expect(only).toMatchObject({ score: 0, parts: [{ source: 'statistics', points: 0 }] });
  });

  it('changing a weight changes the order, visibly', () => {
    const measures = [m('survey', 'trafik', 4), m('dialogue', 'vald', 3)];
    expect(rankProblems(measures, DEFAULT_WEIGHTS)[0]!.category).toBe('trafik');
    expect(rankProblems(measures, weightsWith({ survey: 0.5 }))[0]!.category).toBe('vald');
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
