import { describe, expect, it } from 'vitest';
import { applySmallCellRule, MIN_CELL } from './small-cell.ts';

describe('the small-cell rule', () => {
  it('hides every group with fewer than five answers', () => {
    expect(MIN_CELL).toBe(5);
    const out = applySmallCellRule([{ n: 12 }, { n: 4 }, { n: 3 }, { n: 5 }]);
    expect(out.map((g) => g.suppressed)).toEqual(['none', 'too_few', 'too_few', 'none']);
  });

  it('hides the smallest other group too when only one group is hidden, so it cannot be subtracted from the total', () => {
    const out = applySmallCellRule([{ n: 40 }, { n: 2 }, { n: 9 }, { n: 30 }]);
    expect(out.map((g) => g.suppressed)).toEqual(['none', 'too_few', 'secondary', 'none']);
  });

  it('needs no extra hiding when the only small group is empty', () => {
    const out = applySmallCellRule([{ n: 40 }, { n: 0 }, { n: 9 }]);
    expect(out.map((g) => g.suppressed)).toEqual(['none', 'too_few', 'none']);
  });
});
