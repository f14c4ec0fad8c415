import { describe, expect, it } from 'vitest';
import { enoughAnswers, enoughEvents, verdictOf } from './verdict.ts';

describe('verdict', () => {
  const iv = (estimate: number, low: number, high: number) => ({ estimate, low, high });
  it('a rate ratio wholly below 1 is improved when fewer is better, worsened when more is better', () => {
    expect(verdictOf(iv(0.6, 0.4, 0.9), 'rate_ratio', 'decrease', true)).toBe('improved');
    expect(verdictOf(iv(0.6, 0.4, 0.9), 'rate_ratio', 'increase', true)).toBe('worsened');
  });
  it('an interval that holds no change says no clear change', () => {
    expect(verdictOf(iv(0.8, 0.5, 1.2), 'rate_ratio', 'decrease', true)).toBe('no_clear_change');
    expect(verdictOf(iv(-0.02, -0.08, 0.03), 'difference', 'decrease', true)).toBe('no_clear_change');
  });
  it('a difference wholly above 0 is improved when more is better', () => {
    expect(verdictOf(iv(0.1, 0.02, 0.2), 'difference', 'increase', true)).toBe('improved');
    expect(verdictOf(iv(0.1, 0.02, 0.2), 'difference', 'decrease', true)).toBe('worsened');
  });
  it('too little data wins over any interval', () => {
    expect(verdictOf(iv(0.2, 0.1, 0.3), 'rate_ratio', 'decrease', false)).toBe('too_little_data');
    expect(verdictOf(null, 'rate_ratio', 'decrease', true)).toBe('too_little_data');
  });
  it('thresholds: 10 events and 30 answers in each window', () => {
    expect(enoughEvents(10, 10)).toBe(true);
    expect(enoughEvents(9, 40)).toBe(false);
    expect(enoughAnswers(30, 31)).toBe(true);
    expect(enoughAnswers(29, 500)).toBe(false);
  });
});
