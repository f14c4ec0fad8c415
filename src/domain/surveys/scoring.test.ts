import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING, problemIndex, problemScoringSchema, roundIndex } from './scoring.ts';

describe('problemindex 0–6', () => {
  it('is the mean points with the default scoring, and "vet inte" does not count', () => {
    const r = problemIndex(['none', 'small', 'fairly_big', 'very_big', 'dont_know', 'dont_know']);
    expect(r).toEqual({ index: 3, counted: 4, dontKnow: 2 });
  });

  it('goes from 0 when nobody sees a problem to 6 when everyone sees a very big one', () => {
    expect(problemIndex(['none', 'none', 'none']).index).toBe(0);
    expect(problemIndex(['very_big', 'very_big']).index).toBe(6);
  });

  it('has no index when only "vet inte" was answered', () => {
    expect(problemIndex(['dont_know', 'dont_know'])).toEqual({ index: null, counted: 0, dontKnow: 2 });
  });

  it('follows a configured weighting', () => {
    const steep = problemScoringSchema.parse({ none: 0, small: 1, fairly_big: 3, very_big: 6 });
    expect(problemIndex(['small', 'fairly_big'], steep).index).toBe(2);
    expect(problemIndex(['small', 'fairly_big'], DEFAULT_SCORING).index).toBe(3);
  });

  it('refuses a scoring outside 0–6 or one that does not grow with the problem', () => {
    expect(problemScoringSchema.safeParse({ none: 0, small: 2, fairly_big: 4, very_big: 7 }).success).toBe(false);
    expect(problemScoringSchema.safeParse({ none: 0, small: 4, fairly_big: 2, very_big: 6 }).success).toBe(false);
    expect(problemScoringSchema.safeParse({ none: -1, small: 2, fairly_big: 4, very_big: 6 }).success).toBe(false);
  });

  it('is shown with one decimal', () => {
    expect(roundIndex((2 / 3) * 6)).toBe(4);
    expect(roundIndex(1.26)).toBe(1.3);
    expect(roundIndex(null)).toBeNull();
  });
});
