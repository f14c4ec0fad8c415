import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilOf,
  dayNumberOf,
  daysBetweenInclusive,
  formatDayNumber,
  halfyearStart,
  isValidIsoDate,
  isoWeek,
  isoWeekMonday,
  monthStart,
  parseIsoDate,
  quarterStart,
  termStart,
  tertialStart,
  yearStart,
} from './dates.ts';

describe('ISO date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(addDays('1900-02-28', 1)).toBe('1900-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  });

  it('counts days with both ends included', () => {
    expect(daysBetweenInclusive('2019-07-01', '2019-12-31')).toBe(184);
    expect(daysBetweenInclusive('2021-01-01', '2021-05-31')).toBe(151);
    expect(daysBetweenInclusive('2021-05-31', '2021-05-31')).toBe(1);
    expect(daysBetweenInclusive('2020-01-01', '2020-12-31')).toBe(366);
  });

  it('finds the ISO week and its Monday', () => {
    expect(isoWeekMonday('2021-01-03')).toBe('2020-12-28');
    expect(isoWeekMonday('2021-01-04')).toBe('2021-01-04');
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-03-24')).toEqual({ year: 2021, week: 12 });
    expect(isoWeek('2019-12-30')).toEqual({ year: 2020, week: 1 });
  });

  it('finds the starts of month, quarter, tertial, halfyear, term and year', () => {
    expect(monthStart('2021-03-24')).toBe('2021-03-01');
    expect(quarterStart('2021-08-15')).toBe('2021-07-01');
    expect(tertialStart('2021-08-31')).toBe('2021-05-01');
    expect(tertialStart('2021-09-01')).toBe('2021-09-01');
    expect(halfyearStart('2021-06-30')).toBe('2021-01-01');
    expect(yearStart('2021-06-30')).toBe('2021-01-01');
    expect(termStart('2021-06-30')).toBe('2021-01-01');
    expect(termStart('2021-07-15')).toBeNull();
    expect(termStart('2021-08-01')).toBe('2021-08-01');
  });

  it('tells real dates from the rest', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2023-00-10')).toBe(false);
    expect(isValidIsoDate('2023-10-00')).toBe(false);
    expect(isValidIsoDate('2023-1O-10')).toBe(false);
    expect(isValidIsoDate(20231010)).toBe(false);
  });

  it('agrees with the UTC calendar of JS Date for every day 1900–2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (dayNumber) => {
        const iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        expect(formatDayNumber(dayNumber)).toBe(iso);
        expect(parseIsoDate(iso)).toBe(dayNumber);
        const { year, month, day } = civilOf(dayNumber);
        expect(dayNumberOf(year, month, day)).toBe(dayNumber);
      }),
    );
  });
});
