import { describe, expect, it } from 'vitest';
import { PER_VALUES, type Per } from '../domain/promise-document.ts';
import { describeRecurrenceSv, describeTargetEn, describeTargetSv } from './target-text.ts';
import { count } from './test-fixtures.ts';

describe('describeTargetSv', () => {
  it('says every period the way the field does', () => {
    const expected: Record<Per, string> = {
      day: 'per dag',
      week: 'per vecka',
      month: 'per månad',
      quarter: 'per kvartal',
      tertial: 'per tertial',
      halfyear: 'per halvår',
      term: 'per termin',
      year: 'per år',
      period: 'under perioden',
      shift: 'per arbetspass',
    };
    for (const per of PER_VALUES) {
      expect(describeTargetSv(count({ count: 2, atLeast: false, per }))).toBe(`2 ${expected[per]}`);
    }
    expect(describeTargetSv(count({ count: 2, atLeast: false, per: null }))).toBe('2 under perioden');
  });

  it('names the unit and the minimum', () => {
    expect(describeTargetSv(count({ count: 2, per: 'halfyear', unit: 'operativa insatser' }))).toBe(
      'minst 2 operativa insatser per halvår',
    );
    expect(describeTargetSv(count({ count: 2, per: 'halfyear', unit: 'operativa insatser' }), { compact: true })).toBe(
      'minst 2 per halvår',
    );
  });

  it('says a rhythm of several periods with Swedish ordinals and gender', () => {
    const weeks = (every: number) => describeTargetSv(count({ count: 1, atLeast: false, per: 'week', every }));
    expect(weeks(2)).toBe('1 varannan vecka');
    expect(weeks(3)).toBe('1 var tredje vecka');
    expect(weeks(4)).toBe('1 var fjärde vecka');
    expect(weeks(12)).toBe('1 var tolfte vecka');
    expect(weeks(13)).toBe('1 var 13:e vecka');
    expect(describeRecurrenceSv('month', 2)).toBe('varannan månad');
    expect(describeRecurrenceSv('year', 2)).toBe('vartannat år');
    expect(describeRecurrenceSv('quarter', 3)).toBe('vart tredje kvartal');
    expect(describeRecurrenceSv('period', 3)).toBe('under perioden');
  });

  it('says averages, with and without a minimum', () => {
    expect(describeTargetSv(count({ count: 3, atLeast: false, per: 'week', average: true }))).toBe(
      'i snitt 3 per vecka',
    );
    expect(describeTargetSv(count({ count: 3, per: 'week', average: true, unit: 'medborgarkontakter' }))).toBe(
      'minst 3 medborgarkontakter i snitt per vecka',
    );
  });

  it('says ranges and upper bounds without "minst"', () => {
    expect(describeTargetSv(count({ count: 2, atLeast: false, max: 3, per: 'term', unit: 'tillfällen' }))).toBe(
      '2–3 tillfällen per termin',
    );
    expect(describeTargetSv(count({ count: 5, atLeast: false, max: 5, per: null }))).toBe('upp till 5 under perioden');
    expect(describeTargetSv(count({ count: 1.5, atLeast: false, per: 'month' }))).toBe('1,5 per månad');
  });

  it('says shares in words or with the percent sign', () => {
    expect(describeTargetSv({ kind: 'share', percent: 20, atLeast: true })).toBe('minst 20 procent');
    expect(describeTargetSv({ kind: 'share', percent: 20, atLeast: true }, { compact: true })).toBe('minst 20 %');
    expect(describeTargetSv({ kind: 'share', percent: 35, atLeast: false, unit: 'förstagångsanvändare' })).toBe(
      '35 procent förstagångsanvändare',
    );
  });

  it('says a target without an amount is ongoing', () => {
    expect(describeTargetSv({ kind: 'none' })).toBe('ingen mätbar mängd (löpande)');
    expect(describeTargetSv({ kind: 'none' }, { compact: true })).toBe('löpande');
  });
});

describe('describeTargetEn', () => {
  it('gives the same facts in English', () => {
    expect(describeTargetEn(count({ count: 2, per: 'halfyear', unit: 'operativa insatser' }))).toBe(
      'at least 2 operativa insatser per half year',
    );
    expect(describeTargetEn(count({ count: 1, atLeast: false, per: 'week', every: 3 }))).toBe('1 every 3 weeks');
    expect(describeTargetEn(count({ count: 1, atLeast: false, per: 'month', every: 2 }))).toBe('1 every other month');
    expect(describeTargetEn(count({ count: 3, atLeast: false, per: 'week', average: true }))).toBe(
      'on average 3 per week',
    );
    expect(describeTargetEn(count({ count: 2, atLeast: false, max: 3, per: 'term' }))).toBe('2–3 per school term');
    expect(describeTargetEn(count({ count: 5, atLeast: false, max: 5, per: null }))).toBe('up to 5 during the period');
    expect(describeTargetEn(count({ count: 1, atLeast: false, per: 'shift' }))).toBe('1 per shift');
    expect(describeTargetEn({ kind: 'share', percent: 20, atLeast: true })).toBe('at least 20 percent');
    expect(describeTargetEn({ kind: 'none' })).toBe('no measurable amount (ongoing)');
  });
});
