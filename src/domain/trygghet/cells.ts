/**
 * The cells of an outside survey's table as the reports print them: a
 * decimal comma, "12,3 %", ".." or "–" where the source shows no figure,
 * an interval "2,1–2,5" and a margin "±0,3".
 */
import { parseCount, parseDecimal } from '../statistics/numbers.ts';

/** The value as given, absent (the source shows none: "..", "–", "x"), or not a number. */
export type ValueCell = { value: number } | { absent: true } | { bad: true };

const ABSENT = new Set(['..', '…', '-', '–', '—', 'x', '×', '*']);

function decimal(raw: string): number | null | undefined {
  const s = raw
    .replace(/\s*%$/, '')
    .replace(/^[±]|^\+\/-|^\+-/, '')
    .trim();
  if (s === '' || ABSENT.has(s)) return undefined;
  const cell = parseDecimal(s);
  return cell.ok ? cell.value : null;
}

export function valueCell(raw: string): ValueCell {
  const s = raw.trim();
  if (ABSENT.has(s)) return { absent: true };
  if (s === '') return { bad: true };
  const n = decimal(s);
  return typeof n === 'number' ? { value: n } : { bad: true };
}

/** Number of answers: empty or ".." is not given (null); otherwise a whole number of at least 1. */
export function answersCell(raw: string): { answers: number | null } | { bad: true } {
  const s = raw.trim();
  if (s === '' || ABSENT.has(s)) return { answers: null };
  const n = parseCount(s);
  return n.ok && n.value !== null && n.value >= 1 ? { answers: n.value } : { bad: true };
}

const INTERVAL = /^[[(]?\s*([\d\s\u00A0.,]+?)\s*(?:[-–—]|till)\s*([\d\s\u00A0.,]+?)\s*[\])]?$/;

/** "2,1–2,5", "2,1 - 2,5", "[2,1 till 2,5]": the low and high end; empty is none (null). */
export function intervalCell(raw: string): { low: number; high: number } | null | { bad: true } {
  const s = raw.trim();
  if (s === '' || ABSENT.has(s)) return null;
  const m = INTERVAL.exec(s);
  if (!m) return { bad: true };
  const low = decimal(m[1]!);
  const high = decimal(m[2]!);
  if (typeof low !== 'number' || typeof high !== 'number' || low > high) return { bad: true };
  return { low, high };
}

/** "±0,3", "0,3", "+/- 0,3": the margin either side; empty is none (null). */
export function marginCell(raw: string): number | null | { bad: true } {
  const s = raw.trim();
  if (s === '' || ABSENT.has(s)) return null;
  const n = decimal(s);
  return typeof n === 'number' ? n : { bad: true };
}
