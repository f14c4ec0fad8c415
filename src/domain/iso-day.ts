/**
 * The one date-only input format of the API, the CSV uploads and the domain
 * schemas: 'YYYY-MM-DD' that is a real calendar day between 1900 and 2200.
 * A real day alone is not enough: '0000-01-01' is a proleptic Gregorian day
 * but PostgreSQL has no year 0 and answers an error, and nobody logs
 * crime prevention work in the year 40. The bounds are generous on both
 * sides of any real plan.
 */
import { z } from 'zod';
import { parseIsoDate } from './progress/dates.ts';

export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;

export function isAcceptedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** A real 'YYYY-MM-DD' day in FIRST_YEAR–LAST_YEAR. */
export function isAcceptedDay(value: unknown): value is string {
  return parseIsoDate(value) !== null && isAcceptedYear(Number((value as string).slice(0, 4)));
}

/** Shown in messages: inputs may be huge, the message need not be. */
export function shown(value: unknown): string {
  const s = String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export const dayMessage = (value: unknown): string =>
  `Datumet "${shown(value)}" finns inte; skriv ett riktigt datum som ÅÅÅÅ-MM-DD mellan ${FIRST_YEAR} och ${LAST_YEAR}`;

/** Every date-only field and query parameter (date, from, to, at, signedAt…) uses this schema. */
export const isoDaySchema = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'ÅÅÅÅ-MM-DD', abort: true })
  .refine(isAcceptedDay, { error: (iss) => dayMessage(iss.input) });
