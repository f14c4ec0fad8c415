/**
 * The one date-only input format of the API, the CSV uploads and the domain
 * schemas: 'YYYY-MM-DD' that is a real calendar day from 1900 on. A real
 * day alone is not enough: '0000-01-01' is a proleptic Gregorian day but
 * PostgreSQL has no year 0 and answers an error, and nobody logs crime
 * prevention work in the year 40. Upwards the four-digit format is the
 * bound (PostgreSQL stores far later days): a day too far ahead is each use
 * case's to refuse, and it says why ("a performed activity cannot be dated
 * in the future"), which a range here would hide.
 */
import { z } from 'zod';
import { parseIsoDate } from './progress/dates.ts';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

export function isAcceptedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A real 'YYYY-MM-DD' day from FIRST_YEAR on. */
export function isAcceptedDay(value: unknown): value is string {
  return parseIsoDate(value) !== null && isAcceptedYear(Number((value as string).slice(0, 4)));
}

/** Shown in messages: inputs may be huge, the message need not be. */
export function shown(value: unknown): string {
  const s = String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export const dayMessage = (value: unknown): string =>
  `Datumet "${shown(value)}" finns inte; skriv ett riktigt datum som ÅÅÅÅ-MM-DD, från år ${FIRST_YEAR}`;

/**
 * Every date-only field and query parameter (date, from, to, at, signedAt…)
 * uses this schema, except an activity's date in a batch, which the use case
 * checks with isAcceptedDay so its report names the row.
 */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ÅÅÅÅ-MM-DD', abort: true })
  .refine(isAcceptedDay, { error: (iss) => dayMessage(iss.input) });
