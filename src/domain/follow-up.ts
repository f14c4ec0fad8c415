/**
 * Follow-up (uppföljning) of a promise set for one period of its cadence:
 * the period's dates and a proposed verdict per commitment, which a person
 * then confirms or changes with a comment.
 */
import { periodBuckets, type BucketProgress, type CommitmentProgress } from './progress/index.ts';
import { requiredBy, type Span, type WindowNoun } from './progress/figure.ts';
import type { Verdict } from './progress/status.ts';
import type { Target } from './promise-document.ts';

export const CADENCES = ['quarter', 'tertial', 'halfyear', 'year'] as const;
export type Cadence = (typeof CADENCES)[number];

export { VERDICTS, VERDICT_SV, VERDICT_EN, readVerdict, type Verdict } from './progress/status.ts';

const MONTHS: Record<Cadence, number> = { quarter: 3, tertial: 4, halfyear: 6, year: 12 };
const COUNT: Record<Cadence, number> = { quarter: 4, tertial: 3, halfyear: 2, year: 1 };

const pad = (n: number) => String(n).padStart(2, '0');
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Dates of period `index` (1-based) of `year`: tertial 2 of 2025 is 2025-05-01 – 2025-08-31. */
export function followUpWindow(cadence: Cadence, year: number, index: number): { from: string; to: string } | null {
  if (!Number.isInteger(index) || index < 1 || index > COUNT[cadence] || !Number.isInteger(year)) return null;
  const firstMonth = (index - 1) * MONTHS[cadence] + 1;
  const lastMonth = firstMonth + MONTHS[cadence] - 1;
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOfMonth(year, lastMonth))}`,
  };
}

export function followUpLabelSv(cadence: Cadence, from: string): string {
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  switch (cadence) {
    case 'quarter':
      return `Kvartal ${Math.ceil(month / 3)} ${year}`;
    case 'tertial':
      return `Tertial ${Math.ceil(month / 4)} ${year}`;
    case 'halfyear':
      return `${month <= 6 ? 'Första' : 'Andra'} halvåret ${year}`;
    case 'year':
      return `Helåret ${year}`;
  }
}

/** The yearly written summary is due at the end of February the year after; other follow-ups a month after the period. */
export function defaultDueDate(cadence: Cadence, to: string): string {
  const year = Number(to.slice(0, 4));
  if (cadence === 'year') return `${year + 1}-02-${pad(lastDayOfMonth(year + 1, 2))}`;
  const month = Number(to.slice(5, 7));
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}`;
}

export interface ItemOutcome {
  done: number;
  required: number | null;
  verdict: Verdict;
}

/**
 * The proposal for one commitment, from its progress computed up to the end
 * of the window (or today, if earlier), by the rules of the commitment's
 * status applied to the parts (buckets) overlapping the window
 * (progress-rules.md, "The proposal of a follow-up"):
 * - no parts (löpande, vid behov, per arbetspass, a share without numbers):
 *   följs upp i text, never a failing verdict;
 * - every part met (for "i snitt": the window's total reached): uppfyllt;
 * - a part that ended short: delvis uppfyllt when something was done, else
 *   ej uppfyllt;
 * - otherwise a part still runs: i fas when it is on its pace, ligger efter
 *   when not.
 */
export function proposeVerdict(
  progress: CommitmentProgress,
  window: { from: string; to: string },
  doneInWindow: number,
  today: string,
  average = false,
): ItemOutcome {
  const inWindow = progress.buckets.filter((b) => b.to >= window.from && b.from <= window.to);
  if (!inWindow.length) return { done: doneInWindow, required: null, verdict: 'foljs_upp_i_text' };
  const windowOver = today > window.to;
  const asked = windowOver ? window.to : today;
  const required = inWindow.reduce((n, b) => n + b.required, 0);
  const done = inWindow.reduce((n, b) => n + b.done, 0);
  // A part ending on the window's last day is over once the window is.
  const ended = (b: BucketProgress) => b.to < asked || (windowOver && b.to <= window.to);
  const onPace = (parts: readonly BucketProgress[]) =>
    parts.reduce((n, b) => n + b.done, 0) >= parts.reduce((n, b) => n + requiredBy(b, asked), 0);
  if (average) return averageOutcome(inWindow, window, asked, windowOver, ended);
  let verdict: Verdict;
  if (inWindow.every((b) => b.done >= b.required)) verdict = 'uppfyllt';
  else if (inWindow.some((b) => ended(b) && b.done < b.required))
    verdict = done > 0 ? 'delvis_uppfyllt' : 'ej_uppfyllt';
  else verdict = inWindow.filter((b) => !ended(b)).every((b) => onPace([b])) ? 'i_fas' : 'ligger_efter';
  return { done, required, verdict };
}

/**
 * "I snitt" targets are judged on the window's total against what was due by
 * its end. Once the window is over the verdict is final when every part
 * either ended or began inside the window (a week straddling the window's
 * end counts with what was due of it by then); a part that began before the
 * window (a year followed up per tertial) keeps it running. The number shown
 * is the one judged.
 */
function averageOutcome(
  parts: readonly BucketProgress[],
  window: { from: string; to: string },
  asked: string,
  windowOver: boolean,
  ended: (b: BucketProgress) => boolean,
): ItemOutcome {
  const done = parts.reduce((n, b) => n + b.done, 0);
  const required = parts.reduce((n, b) => n + b.required, 0);
  const due = parts.reduce((n, b) => n + requiredBy(b, asked), 0);
  if (done >= required) return { done, required, verdict: 'uppfyllt' };
  if (windowOver && parts.every((b) => ended(b) || b.from >= window.from)) {
    const verdict = done >= due ? 'uppfyllt' : done > 0 ? 'delvis_uppfyllt' : 'ej_uppfyllt';
    return { done, required: due, verdict };
  }
  return { done, required, verdict: done >= due ? 'i_fas' : 'ligger_efter' };
}

const WINDOW_NOUN: Record<Cadence, WindowNoun> = {
  quarter: 'quarter',
  tertial: 'tertial',
  halfyear: 'halfyear',
  year: 'year',
};

/**
 * What a follow-up item's number counts: the window ("under tertialen")
 * when its parts lie inside it, or from the first part's start ("hittills
 * i år") when a part began before the window, as a yearly target followed
 * up per tertial does. Activities are always counted in the window.
 */
export function followUpSpan(
  target: Target,
  period: { from: string; to: string | null } | null,
  cadence: Cadence,
  window: { from: string; to: string },
): Span {
  const inWindow: Span = { kind: 'window', from: window.from, to: window.to, noun: WINDOW_NOUN[cadence] };
  if (!period || target.kind === 'none' || (target.kind === 'count' && target.per === 'shift')) return inWindow;
  const per = target.kind === 'count' ? target.per : null;
  const every = target.kind === 'count' ? target.every : 1;
  const parts = periodBuckets(period, per, every, window.to).filter((b) => b.to >= window.from && b.from <= window.to);
  const first = parts[0];
  if (!first || first.from >= window.from) return inWindow;
  return { kind: 'to_date', from: first.from, to: window.to, noun: WINDOW_NOUN[cadence] };
}
