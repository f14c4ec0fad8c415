/**
 * Progress on the phone includes the activities still waiting on it (issue
 * 16): a commitment's shown figure plus what the signed-in user logged
 * without a connection in the same span, so the card and its bar move as
 * soon as "+1 idag" is tapped. The added amount is kept apart, so the card
 * can say how much of the number is not yet sent. Refused entries are not
 * counted: the server will not take them as they are.
 */
import type { Figure } from '../../domain/progress/figure.ts';
import type { WaitingEntry } from '../offline/store.ts';

/** The amount waiting on the phone for one commitment inside the figure's span (an empty `from` has no start). */
export function waitingInSpan(
  entries: readonly WaitingEntry[] | undefined,
  commitmentId: string,
  span: Pick<Figure['span'], 'from' | 'to'>,
): number {
  let sum = 0;
  for (const e of entries ?? []) {
    if (e.refusal || e.input.commitmentId !== commitmentId) continue;
    if ((span.from && e.input.date < span.from) || e.input.date > span.to) continue;
    sum += e.input.quantity ?? 1;
  }
  return sum;
}

/** The figure with the waiting amount added to what is done, and that amount. */
export function withWaiting<F extends Pick<Figure, 'done' | 'span'>>(
  figure: F,
  entries: readonly WaitingEntry[] | undefined,
  commitmentId: string,
): { figure: F; waiting: number } {
  const waiting = waitingInSpan(entries, commitmentId, figure.span);
  return { figure: waiting ? { ...figure, done: figure.done + waiting } : figure, waiting };
}
