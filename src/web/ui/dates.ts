/**
 * Calendar days as ISO strings (YYYY-MM-DD). "Today" is the Swedish calendar
 * day, the one the server counts in, whatever the clock of the user's
 * device says (a kommunpolis abroad near midnight must not be told that
 * today is in the future).
 */
import { swedishDay } from '../../domain/calendar.ts';

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function todayIso(): string {
  return swedishDay(new Date());
}

/** Noon avoids daylight-saving edges when days are added. */
function parseDay(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

export function addDaysIso(iso: string, days: number): string {
  const d = parseDay(iso);
  d.setDate(d.getDate() + days);
  return isoDay(d);
}

export function addMonthsIso(iso: string, months: number): string {
  const d = parseDay(iso);
  return isoDay(new Date(d.getFullYear(), d.getMonth() + months, 1, 12));
}

/** The first and last day of the month that holds `iso`. */
export function monthBounds(iso: string): { from: string; to: string } {
  const d = parseDay(iso);
  return {
    from: isoDay(new Date(d.getFullYear(), d.getMonth(), 1, 12)),
    to: isoDay(new Date(d.getFullYear(), d.getMonth() + 1, 0, 12)),
  };
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(iso: string): number {
  return (parseDay(iso).getDay() + 6) % 7;
}

export function isValidDay(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  return isoDay(parseDay(iso)) === iso;
}
