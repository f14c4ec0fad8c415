/** Bad input is refused with a machine code and Swedish and English messages. */
import { describe, expect, it } from 'vitest';
import type { Target } from '../promise-document.ts';
import { computeProgress, periodBuckets, ProgressInputError } from './index.ts';
import type { ProgressInput } from './index.ts';
import { countTarget } from './test-helpers.ts';

const valid: ProgressInput = {
  target: countTarget(),
  period: { from: '2021-01-01', to: '2021-12-31' },
  activities: [{ date: '2021-03-01', quantity: 1 }],
  at: '2021-06-01',
};

function errorOf(over: Partial<ProgressInput>): ProgressInputError {
  try {
    computeProgress({ ...valid, ...over });
  } catch (error) {
    if (error instanceof ProgressInputError) return error;
    throw error;
  }
  throw new Error('expected computeProgress to throw');
}

describe('input validation', () => {
  it.each(['2021-02-29', '2021-13-01', '2021-04-31', '2021-1-05', '21-01-05', '2021-01-05T00:00', '', 'idag'])(
    'refuses the date "%s" with invalid_date',
    (date) => {
      expect(errorOf({ at: date }).code).toBe('invalid_date');
      expect(errorOf({ period: { from: date, to: '2021-12-31' } }).code).toBe('invalid_date');
      expect(errorOf({ period: { from: '2020-01-01', to: date } }).code).toBe('invalid_date');
      expect(errorOf({ activities: [{ date, quantity: 1 }] }).code).toBe('invalid_date');
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(() => computeProgress({ ...valid, at: '2020-02-29' })).not.toThrow();
  });

  it('names the field and explains in Swedish and English', () => {
    const error = errorOf({ activities: [valid.activities[0]!, { date: '2021-06-31', quantity: 1 }] });
    expect(error).toBeInstanceOf(Error);
    expect(error.field).toBe('activities[1].date');
    expect(error.message).toBe(
      'Ogiltigt datum för aktivitet 2 (datum): "2021-06-31". Ange ett datum som finns, skrivet ÅÅÅÅ-MM-DD.',
    );
    expect(errorOf({ at: '2021-02-30' }).message).toContain('uppföljningsdagen');
    expect(error.message).toContain('2021-06-31');
    expect(error.messageEn).toContain('Invalid date');
  });

  it('refuses a period that ends before it starts with invalid_period', () => {
    const error = errorOf({ period: { from: '2021-06-01', to: '2021-05-31' } });
    expect(error.code).toBe('invalid_period');
    expect(error.message).toContain('slutar');
    expect(error.messageEn).toContain('ends');
    expect(() => computeProgress({ ...valid, period: { from: '2021-06-01', to: '2021-06-01' } })).not.toThrow();
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number, null as unknown as number])(
    'refuses the quantity %s with invalid_quantity',
    (quantity) => {
      expect(errorOf({ activities: [{ date: '2021-03-01', quantity }] }).code).toBe('invalid_quantity');
    },
  );

  it('refuses a negative or non-finite part or whole with invalid_quantity', () => {
    expect(errorOf({ activities: [{ date: '2021-03-01', part: -1, whole: 3 }] }).field).toBe('activities[0].part');
    expect(errorOf({ activities: [{ date: '2021-03-01', part: 1, whole: Number.NaN }] }).field).toBe(
      'activities[0].whole',
    );
  });

  it('refuses an activity that is not an object', () => {
    expect(errorOf({ activities: [null as never] }).code).toBe('invalid_date');
  });

  it('accepts a quantity of 0', () => {
    expect(computeProgress({ ...valid, activities: [{ date: '2021-03-01', quantity: 0 }] }).doneToDate).toBe(0);
  });

  it.each([
    ['every 0', countTarget({ every: 0 })],
    ['every 1.5', countTarget({ every: 1.5 })],
    ['a negative count', countTarget({ count: -2 })],
    ['an unknown per', countTarget({ per: 'fortnight' as never })],
    ['a percent over 100', { kind: 'share', percent: 120, atLeast: true } as Target],
    ['an unknown kind', { kind: 'ratio' } as unknown as Target],
  ])('refuses a target with %s with invalid_target', (_, target) => {
    expect(errorOf({ target }).code).toBe('invalid_target');
  });

  it('periodBuckets checks its input the same way', () => {
    expect(() => periodBuckets({ from: '2021-02-30', to: '2021-12-31' }, 'month')).toThrow(
      expect.objectContaining({ code: 'invalid_date' }),
    );
    expect(() => periodBuckets({ from: '2021-12-31', to: '2021-01-01' }, 'month')).toThrow(
      expect.objectContaining({ code: 'invalid_period' }),
    );
    expect(() => periodBuckets({ from: '2021-01-01', to: '2021-12-31' }, 'month', 0)).toThrow(
      expect.objectContaining({ code: 'invalid_target' }),
    );
  });
});
