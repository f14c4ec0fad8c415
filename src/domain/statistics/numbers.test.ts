import { describe, expect, it } from 'vitest';
import { parseCount, parseDecimal } from './numbers.ts';

describe('Swedish statistics numbers', () => {
  it.each([
    ['2 537', 2537],
    ['2\u00A0537', 2537],
    ['1 477 386', 1477386],
    ['0', 0],
    ['  42 ', 42],
  ])('reads the count %j as %d', (raw, value) => {
    expect(parseCount(raw)).toEqual({ ok: true, value });
  });

  it.each(['-', '–', '—'])('reads %j as zero and says it was a dash', (raw) => {
    expect(parseCount(raw)).toEqual({ ok: true, value: 0, dash: true });
  });

  it('reads ".." as suppressed (null), not as zero', () => {
    expect(parseCount('..')).toEqual({ ok: true, value: null });
    expect(parseDecimal('..')).toEqual({ ok: true, value: null });
  });

  it.each(['', 'abc', '12,5', '2 5 37', '25 37', '-3', '1e3', '12 345 67'])('refuses %j as a count', (raw) => {
    expect(parseCount(raw).ok).toBe(false);
  });

  it.each([
    ['14 034,6', 14034.6],
    ['7025,3', 7025.3],
    ['7025.3', 7025.3],
    ['0', 0],
    ['', null],
  ])('reads the decimal %j as %s', (raw, value) => {
    expect(parseDecimal(raw)).toEqual({ ok: true, value });
  });

  it.each(['12,5,1', 'x', '1 2,5', ',5'])('refuses %j as a decimal', (raw) => {
    expect(parseDecimal(raw).ok).toBe(false);
  });
});
