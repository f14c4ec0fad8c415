/**
 * Date-only arithmetic on ISO 'YYYY-MM-DD' strings, in the proleptic
 * Gregorian calendar with no time zone. Internally a date is a day number
 * (days since 1970-01-01) so that comparing, stepping and counting days are
 * plain integer operations; JS Date is avoided because it maps years 0–99 to
 * 1900–1999 and invites local-time mistakes.
 */
import { invalidDate } from './errors.ts';

/** Days since 1970-01-01. */
export type DayNumber = number;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

// Howard Hinnant's days_from_civil: shifting the year to start in March puts
// the leap day last, so month lengths follow the 153/5 pattern.
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilOf(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function readDigits(s: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The day number of a real 'YYYY-MM-DD' date, or null ("2021-02-29", "2021-1-5", "2021-06-31T00:00"). */
export function parseIsoDate(value: unknown): DayNumber | null {
  // Hand-rolled instead of a regex: this runs once per activity, millions of times in reports.
  if (typeof value !== 'string' || value.length !== 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 2);
  const day = readDigits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf(year, month, day);
}

export function isValidIsoDate(value: unknown): value is string {
  return parseIsoDate(value) !== null;
}

/** Like parseIsoDate, but throws ProgressInputError('invalid_date') naming `field`. */
export function toDayNumber(value: unknown, field = 'datum'): DayNumber {
  const dayNumber = parseIsoDate(value);
  if (dayNumber === null) throw invalidDate(field, value);
  return dayNumber;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatDayNumber(dayNumber: DayNumber): string {
  const { year, month, day } = civilOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(date: string, days: number): string {
  return formatDayNumber(toDayNumber(date) + days);
}

/** Days from `from` to `to`, both included: the same day is 1, the day before `from` is 0. */
export function daysBetweenInclusive(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

/** 0 for Monday … 6 for Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function mondayOf(dayNumber: DayNumber): DayNumber {
  return dayNumber - isoWeekday(dayNumber);
}

export function isoWeekMonday(date: string): string {
  return formatDayNumber(mondayOf(toDayNumber(date)));
}

/** ISO week and week-year: the week belongs to the year holding its Thursday (2021-01-03 is week 53 of 2020). */
export function isoWeekOf(dayNumber: DayNumber): { year: number; week: number } {
  const thursday = mondayOf(dayNumber) + 3;
  const year = civilOf(thursday).year;
  return { year, week: Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1 };
}

export function isoWeek(date: string): { year: number; week: number } {
  return isoWeekOf(toDayNumber(date));
}

/** First day of the block of `months` months (1, 3, 4, 6 or 12, all dividing the year) holding the day. */
export function monthBlockStart(dayNumber: DayNumber, months: number): DayNumber {
  const { year, month } = civilOf(dayNumber);
  return dayNumberOf(year, Math.floor((month - 1) / months) * months + 1, 1);
}

/** Last day of the block of `months` months starting on `start` (which is a block start). */
export function monthBlockEnd(start: DayNumber, months: number): DayNumber {
  const { year, month } = civilOf(start);
  const next = month + months;
  return next > 12 ? dayNumberOf(year + 1, next - 12, 1) - 1 : dayNumberOf(year, next, 1) - 1;
}

export const monthStart = (date: string): string => formatDayNumber(monthBlockStart(toDayNumber(date), 1));
export const quarterStart = (date: string): string => formatDayNumber(monthBlockStart(toDayNumber(date), 3));
export const tertialStart = (date: string): string => formatDayNumber(monthBlockStart(toDayNumber(date), 4));
export const halfyearStart = (date: string): string => formatDayNumber(monthBlockStart(toDayNumber(date), 6));
export const yearStart = (date: string): string => formatDayNumber(monthBlockStart(toDayNumber(date), 12));

/** 1 January for vårterminen, 1 August for höstterminen, null in July (which belongs to no term). */
export function termStart(date: string): string | null {
  const { year, month } = civilOf(toDayNumber(date));
  if (month === 7) return null;
  return month < 7 ? `${pad(year, 4)}-01-01` : `${pad(year, 4)}-08-01`;
}
