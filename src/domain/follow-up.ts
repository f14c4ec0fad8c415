/**
 * Follow-up (uppföljning) of a promise set for one period of its cadence:
 * the period's dates and a proposed verdict per commitment, which a person
 * then confirms or changes with a comment.
 */
import type { CommitmentProgress } from './progress/index.ts';

export const CADENCES = ['quarter', 'tertial', 'halfyear', 'year'] as const;
export type Cadence = (typeof CADENCES)[number];

export const VERDICTS = ['uppfyllt', 'delvis_uppfyllt', 'ej_uppfyllt', 'pagar'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_SV: Record<Verdict, string> = {
  uppfyllt: 'Uppfyllt',
  delvis_uppfyllt: 'Delvis uppfyllt',
  ej_uppfyllt: 'Ej uppfyllt',
  pagar: 'Pågår',
};

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
 * of the window (or today, if earlier):
 * - buckets overlapping the window decide: all met → uppfyllt; one still
 *   running and not met → pågår; all ended, some done but short → delvis
 *   uppfyllt; nothing done → ej uppfyllt ("i snitt" targets compare the
 *   window's total with its total requirement instead);
 * - a target without buckets (löpande, vid behov, per arbetspass, share
 *   without numbers): pågår while the window runs, then uppfyllt when
 *   something was done in it and ej uppfyllt when nothing was.
 */
export function proposeVerdict(
  progress: CommitmentProgress,
  window: { from: string; to: string },
  doneInWindow: number,
  today: string,
  average = false,
): ItemOutcome {
  const inWindow = progress.buckets.filter((b) => b.to >= window.from && b.from <= window.to);
  const windowOver = today > window.to;
  if (!inWindow.length) {
    const verdict = !windowOver ? 'pagar' : doneInWindow > 0 ? 'uppfyllt' : 'ej_uppfyllt';
    return { done: doneInWindow, required: null, verdict };
  }
  const required = inWindow.reduce((n, b) => n + b.required, 0);
  const done = inWindow.reduce((n, b) => n + b.done, 0);
  // A bucket ending on the window's last day is over once the window is.
  const running = (b: CommitmentProgress['buckets'][number]) =>
    (b.status === 'open' || b.status === 'upcoming') && !(windowOver && b.to <= window.to);
  const met = (b: CommitmentProgress['buckets'][number]) => b.done >= b.required;
  let verdict: Verdict;
  if (average ? done >= required && windowOver : inWindow.every(met)) verdict = 'uppfyllt';
  else if (inWindow.some(running)) verdict = 'pagar';
  else if (done > 0) verdict = 'delvis_uppfyllt';
  else verdict = 'ej_uppfyllt';
  return { done, required, verdict };
}
