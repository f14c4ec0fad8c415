/** The period of a follow-up from its cadence and first day, and the month span of each period, for labels in either language. */
import { PERIODS_PER_YEAR, type Cadence } from '../api/follow-ups.ts';

const MONTHS: Record<Cadence, number> = { quarter: 3, tertial: 4, halfyear: 6, year: 12 };

/** '2026-05-01' with tertial → { year: 2026, index: 2 }. */
export function periodOf(cadence: Cadence, from: string): { year: number; index: number } {
  const month = Number(from.slice(5, 7));
  return { year: Number(from.slice(0, 4)), index: Math.ceil(month / MONTHS[cadence]) };
}

/** The first and last month (0-based) of period `index` of the cadence. */
export function monthSpan(cadence: Cadence, index: number): [number, number] {
  const first = (index - 1) * MONTHS[cadence];
  return [first, first + MONTHS[cadence] - 1];
}

export function indexes(cadence: Cadence): number[] {
  return Array.from({ length: PERIODS_PER_YEAR[cadence] }, (_, i) => i + 1);
}

/** The period of the cadence that holds the day. */
export function currentIndex(cadence: Cadence, day: string): number {
  return periodOf(cadence, day).index;
}
