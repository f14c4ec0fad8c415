/**
 * Numbers in a commitment that are not what it promises: clock times
 * ("mellan klockan 18 och 23"), opening hours ("mellan 19 och 21"), the
 * whole of a share ("6 av skolans 10"), ages, school years, durations, road
 * numbers, dates and law references.
 */
import {
  BOUNDARY,
  DURATION_BEFORE,
  GRADE_WORDS,
  MONTHS,
  NOT_COUNT_AFTER,
  NOT_COUNT_BEFORE,
  TIME_UNITS,
} from './amount-words.ts';
import { parseDigits } from './numbers.ts';
import { type Token, isWord } from './text.ts';

const GROUP_SIZE = /^(deltagare|personer|besökare|medverkande|deltagande|st|stycken)$/u;

/** "mellan klockan 18 och 23", "kl. 20–02": the later number is a clock time as well. */
function clockBefore(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (before === 'kl' || before === 'klockan' || (before === '.' && tokens[i - 2]?.lower === 'kl')) return true;
  if (!/^(och|till|[-–—])$/u.test(before)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'kl' || w === 'klockan') return true;
    if (!/^(\d{1,2}([.:]\d{2})?|och|till|[-–—.:])$/u.test(w)) return false;
  }
  return false;
}

/** "mellan 19 och 21" with nothing counted after it: opening hours, not two counts. */
function hoursBetween(tokens: Token[], i: number): boolean {
  const num = (k: number): boolean =>
    /^\d{1,2}([.:]\d{2})?$/u.test(tokens[k]?.text ?? '') && Number.parseInt(tokens[k]?.text ?? '', 10) <= 24;
  const link = (k: number): boolean => /^(och|till|[-–—])$/u.test(tokens[k]?.lower ?? '');
  const free = (k: number): boolean => !isWord(tokens[k]) || BOUNDARY.has(tokens[k]?.lower ?? '');
  if (tokens[i - 1]?.lower === 'mellan' && num(i) && link(i + 1) && num(i + 2)) return free(i + 3);
  return tokens[i - 3]?.lower === 'mellan' && num(i - 2) && link(i - 1) && num(i) && free(i + 1);
}

/** "6 av skolans 10 föräldramöten": the second number is the whole the first is counted from. */
function wholeOfShare(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  const at = before === 'av' ? i - 1 : /s$/u.test(before) && tokens[i - 2]?.lower === 'av' ? i - 2 : -1;
  return at > 0 && /^\d|^\p{L}/u.test(tokens[at - 1]?.text ?? '') && parseDigits(tokens[at - 1]?.text ?? '') !== null;
}

/** Is the number at i (range ending at end) about something other than an amount? */
export function describesSomethingElse(tokens: Token[], i: number, end: number, value: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (clockBefore(tokens, i) || hoursBetween(tokens, i) || wholeOfShare(tokens, i)) return true;
  const after = tokens[end]?.lower ?? '';
  if (NOT_COUNT_BEFORE.has(before)) return true;
  if (DURATION_BEFORE.has(before) && TIME_UNITS.has(after)) return true;
  if (GRADE_WORDS.has(before) && value <= 13) return true;
  if (NOT_COUNT_AFTER.has(after) || MONTHS.has(after)) return true;
  // "15-åringar", "24-timmars jour": an age or a duration written with a hyphen.
  if (after === '-' && /^(år|timmar|tim|dygn|dagar|minut|vecko|månad)/u.test(tokens[end + 1]?.lower ?? '')) return true;
  // "med 10–15 deltagare": the size of a group, not how often.
  if (before === 'med' && GROUP_SIZE.test(tokens[end]?.lower ?? '')) return true;
  if (after === '/' && /^\d/.test(tokens[end + 1]?.text ?? '')) return true;
  if (before === '/' && /^\d/.test(tokens[i - 2]?.text ?? '')) return true;
  if (after === ':' && /^\d/.test(tokens[end + 1]?.text ?? '')) return true;
  return false;
}
