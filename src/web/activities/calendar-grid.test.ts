import { describe, expect, it } from 'vitest';
import { monthWeeks } from './calendar-grid.ts';

describe('month grid', () => {
  it('starts on Monday and pads the first and last week', () => {
    const weeks = monthWeeks('2026-03-15');
    // 1 March 2026 is a Sunday.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks.at(-1)).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});
