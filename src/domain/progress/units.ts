/**
 * Calendar units that buckets are made of. Every unit except `term` tiles the
 * calendar; terms leave July uncovered, so "the unit at or after a day" is the
 * primitive rather than "the unit holding a day".
 */
import { civilOf, dayNumberOf, mondayOf, monthBlockEnd, monthBlockStart, type DayNumber } from './dates.ts';

export type UnitKind = 'day' | 'week' | 'month' | 'quarter' | 'tertial' | 'halfyear' | 'term' | 'year';

export const UNIT_KINDS: readonly UnitKind[] = [
  'day',
  'week',
  'month',
  'quarter',
  'tertial',
  'halfyear',
  'term',
  'year',
];

/** Both ends included, as day numbers. */
export interface DayRange {
  start: DayNumber;
  end: DayNumber;
}

const MONTHS_PER_UNIT: Partial<Record<UnitKind, number>> = {
  month: 1,
  quarter: 3,
  tertial: 4,
  halfyear: 6,
  year: 12,
};

function termAtOrAfter(dayNumber: DayNumber): DayRange {
  const { year, month } = civilOf(dayNumber);
  if (month <= 6) return { start: dayNumberOf(year, 1, 1), end: dayNumberOf(year, 6, 30) };
  return { start: dayNumberOf(year, 8, 1), end: dayNumberOf(year, 12, 31) };
}

/** The unit holding the day, or for a July day and `term`, the hösttermin that follows. */
export function unitAtOrAfter(kind: UnitKind, dayNumber: DayNumber): DayRange {
  if (kind === 'day') return { start: dayNumber, end: dayNumber };
  if (kind === 'week') {
    const start = mondayOf(dayNumber);
    return { start, end: start + 6 };
  }
  if (kind === 'term') return termAtOrAfter(dayNumber);
  const months = MONTHS_PER_UNIT[kind] ?? 12;
  const start = monthBlockStart(dayNumber, months);
  return { start, end: monthBlockEnd(start, months) };
}

/** The unit holding the day, or null when none does (a July day for `term`). */
export function unitHolding(kind: UnitKind, dayNumber: DayNumber): DayRange | null {
  const unit = unitAtOrAfter(kind, dayNumber);
  return unit.start <= dayNumber ? unit : null;
}

export function nextUnit(kind: UnitKind, unit: DayRange): DayRange {
  return unitAtOrAfter(kind, unit.end + 1);
}
