import { describe, expect, it } from 'vitest';
import type { CountTarget } from '../api/promises.ts';
import { sv } from '../i18n/sv.ts';
import { en } from '../i18n/en.ts';
import { targetText } from './target-text.ts';

const count = (over: Partial<CountTarget>): CountTarget => ({
  kind: 'count',
  count: 2,
  atLeast: false,
  max: null,
  per: 'halfyear',
  every: 1,
  average: false,
  unit: null,
  ...over,
});

describe('a target in words', () => {
  it('reads count targets the way the genomförandeplan says them', () => {
    expect(targetText(count({ atLeast: true }), sv)).toBe('minst 2 per halvår');
    expect(targetText(count({ count: 1, per: 'week', every: 3 }), sv)).toBe('1 var tredje vecka');
    expect(targetText(count({ count: 1, per: 'year', every: 2 }), sv)).toBe('1 vartannat år');
    expect(targetText(count({ count: 3, per: 'week', average: true }), sv)).toBe('i snitt 3 per vecka');
    expect(targetText(count({ count: 4, atLeast: true, per: null, unit: 'trafiksäkerhetsinsatser' }), sv)).toBe(
      'minst 4 trafiksäkerhetsinsatser under perioden',
    );
    expect(targetText(count({ count: 2, max: 3, per: 'term' }), sv)).toBe('2–3 per termin');
    expect(targetText(count({ count: 5, max: 5, per: 'month' }), sv)).toBe('upp till 5 per månad');
    expect(targetText(count({ count: 800, atLeast: true, per: 'year', unit: 'tillfällen' }), sv)).toBe(
      'minst 800 tillfällen per år',
    );
  });

  it('reads shares and unmeasurable targets', () => {
    expect(targetText({ kind: 'share', percent: 20, atLeast: true }, sv)).toBe('minst 20 %');
    expect(targetText({ kind: 'none' }, sv)).toBe('löpande');
  });

  it('speaks English too', () => {
    expect(targetText(count({ atLeast: true }), en)).toBe('at least 2 per half year');
    expect(targetText(count({ count: 1, per: 'week', every: 3 }), en)).toBe('1 every third week');
    expect(targetText({ kind: 'none' }, en)).toBe('ongoing');
  });
});
