/**
 * Swedish names of buckets, as a kommunalråd would say them: "första
 * halvåret 2019", "vecka 12 2021", "vårterminen 2021". A bucket cut by the
 * period is still named after the unit(s) it belongs to; the dates are shown
 * beside the name where the cut matters.
 */
import type { Per } from '../promise-document.ts';
import { unitKindOf } from './buckets.ts';
import { civilOf, isoWeekOf, toDayNumber, type DayNumber } from './dates.ts';
import { unitAtOrAfter, type UnitKind } from './units.ts';

export const MONTH_NAMES_SV = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

function monthName(month: number): string {
  return MONTH_NAMES_SV[month - 1] ?? '';
}

/** "30 dec 2019". */
function shortDate(day: DayNumber): string {
  const { year, month, day: d } = civilOf(day);
  return `${d} ${monthName(month).slice(0, 3)} ${year}`;
}

/**
 * Weeks from Monday `first` to the Sunday after `last`, named by their dates
 * when they cross a year end: ISO week 1 2020 begins 30 December 2019, and
 * "vecka 1 2020" under a 2019 promise reads as a week outside it.
 */
function weeksAcrossYearEnd(first: DayNumber, last: DayNumber): string | null {
  const end = last + 6;
  if (civilOf(first).year === civilOf(end).year) return null;
  return `${shortDate(first)} – ${shortDate(end)}`;
}

/** The name of the single unit starting on `start`. */
function unitLabel(kind: UnitKind, start: DayNumber): string {
  const { year, month, day } = civilOf(start);
  switch (kind) {
    case 'day':
      return `${day} ${monthName(month)} ${year}`;
    case 'week': {
      const dates = weeksAcrossYearEnd(start, start);
      if (dates) return dates;
      const week = isoWeekOf(start);
      return `vecka ${week.week} ${week.year}`;
    }
    case 'month':
      return `${monthName(month)} ${year}`;
    case 'quarter':
      return `kvartal ${Math.ceil(month / 3)} ${year}`;
    case 'tertial':
      return `tertial ${Math.ceil(month / 4)} ${year}`;
    case 'halfyear':
      return `${month <= 6 ? 'första' : 'andra'} halvåret ${year}`;
    case 'term':
      return `${month <= 6 ? 'vårterminen' : 'höstterminen'} ${year}`;
    case 'year':
      return String(year);
  }
}

/** The number a unit has within its year, for "vecka 1–3 2021" and "kvartal 1–2 2021". */
function numberedUnit(kind: UnitKind, start: DayNumber): { year: number; number: number } | null {
  const { year, month } = civilOf(start);
  if (kind === 'week') {
    const week = isoWeekOf(start);
    return { year: week.year, number: week.week };
  }
  if (kind === 'quarter') return { year, number: Math.ceil(month / 3) };
  if (kind === 'tertial') return { year, number: Math.ceil(month / 4) };
  return null;
}

/** The name of a group of units, shortened when both ends fall in the same year. */
function rangeLabel(kind: UnitKind, first: DayNumber, last: DayNumber): string {
  const a = civilOf(first);
  const b = civilOf(last);
  const dates = kind === 'week' ? weeksAcrossYearEnd(first, last) : null;
  if (dates) return dates;
  const numberedA = numberedUnit(kind, first);
  const numberedB = numberedUnit(kind, last);
  if (numberedA && numberedB && numberedA.year === numberedB.year) {
    const word = kind === 'week' ? 'vecka' : kind === 'quarter' ? 'kvartal' : 'tertial';
    return `${word} ${numberedA.number}–${numberedB.number} ${numberedA.year}`;
  }
  if (kind === 'year') return `${a.year}–${b.year}`;
  if (kind === 'month' && a.year === b.year) return `${monthName(a.month)}–${monthName(b.month)} ${a.year}`;
  if (kind === 'day' && a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  }
  return `${unitLabel(kind, first)} – ${unitLabel(kind, last)}`;
}

/**
 * Swedish label of a bucket from computeProgress or periodBuckets.
 * `per` null, `period` (and `shift`, which has no buckets) give "hela perioden".
 */
export function bucketLabelSv(bucket: { from: string; to: string }, per: Per | null): string {
  const kind = unitKindOf(per);
  if (kind === null) return 'hela perioden';
  const first = unitAtOrAfter(kind, toDayNumber(bucket.from, 'bucket.from')).start;
  const last = unitAtOrAfter(kind, toDayNumber(bucket.to, 'bucket.to')).start;
  return first === last ? unitLabel(kind, first) : rangeLabel(kind, first, last);
}
