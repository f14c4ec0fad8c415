/**
 * How an outcome value and a window are shown, one rule for the staff app,
 * the reports and the public page: a share in per cent with one decimal,
 * rates and indices with one decimal; a whole year as "2025", one day as
 * itself, anything else by its first month.
 */
import type { OutcomeKind } from './indicator.ts';

export function shownValue(kind: OutcomeKind, value: number | null): number | null {
  if (value === null) return null;
  return kind === 'survey_share' ? Math.round(value * 1000) / 10 : Math.round(value * 10) / 10;
}

export function windowLabel(w: { from: string; to: string }): string {
  if (w.from.endsWith('-01-01') && w.to.endsWith('-12-31') && w.from.slice(0, 4) === w.to.slice(0, 4)) {
    return w.from.slice(0, 4);
  }
  return w.from === w.to ? w.from : w.from.slice(0, 7);
}
