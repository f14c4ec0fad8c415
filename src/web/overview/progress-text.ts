/**
 * A commitment's progress in words ("1 av 2 insatser under första halvåret 2026") and the
 * names of its periods ("första halvåret 2026"), so no one has to read a
 * colour or a bar to know where things stand.
 */
import type { Bucket, OverviewCommitment } from '../api/overview.ts';
import { figureText } from '../../domain/progress/figure.ts';
import type { Target } from '../api/promises.ts';
import type { Messages } from '../i18n/sv.ts';

/** ISO 8601 week number and its year. */
export function isoWeek(iso: string): { week: number; year: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - day + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const week =
    1 +
    Math.round(((date.getTime() - firstThursday.getTime()) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return { week, year };
}

/** The Monday and Sunday (ISO dates) of the week holding `iso`. */
function weekDays(iso: string): [string, string] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const monday = new Date(Date.UTC(y, m - 1, d - ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7)));
  const sunday = new Date(monday.getTime() + 6 * 86400000);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

export function bucketName(bucket: Pick<Bucket, 'from' | 'to'>, target: Target, t: Messages): string {
  const n = t.overview.bucketNames;
  if (target.kind !== 'count' || target.per === null || target.per === 'period' || target.per === 'shift')
    return n.wholePeriod;
  if (target.every > 1) return t.overview.window(bucket.from, bucket.to);
  const [y, m, d] = bucket.from.split('-').map(Number) as [number, number, number];
  switch (target.per) {
    case 'day':
      return `${d} ${n.months[m - 1]} ${y}`;
    case 'week': {
      // A week that crosses a year end is named by its dates, never "vecka 1 2020" under a 2019 promise.
      const [monday, sunday] = weekDays(bucket.from);
      if (monday.slice(0, 4) !== sunday.slice(0, 4)) return t.overview.window(monday, sunday);
      const w = isoWeek(bucket.from);
      return n.week(w.week, w.year);
    }
    case 'month':
      return `${n.months[m - 1]} ${y}`;
    case 'quarter':
      return n.quarter(Math.ceil(m / 3), y);
    case 'tertial':
      return n.tertial(Math.ceil(m / 4), y);
    case 'halfyear':
      return n.halfyear(m <= 6, y);
    case 'term':
      return n.term(m <= 6, y);
    case 'year':
      return String(y);
  }
}

/**
 * The card's number in words, the same figure the attention list and the
 * public page show (domain/progress/figure.ts): "1 av 2 insatser under
 * första halvåret 2026", "4 av 10 kontakter hittills i år".
 */
export function progressText(c: OverviewCommitment, lang: 'sv' | 'en'): string {
  return figureText(c.shown, c.target, lang);
}

/** How full the bar is, 0–1, from the same figure; null when there is nothing to measure against. */
export function progressRatio(c: OverviewCommitment): number | null {
  const { done, required, status } = c.shown;
  if (required === null) return null;
  if (required <= 0) return done > 0 || status === 'met' ? 1 : 0;
  return Math.min(1, done / required);
}
