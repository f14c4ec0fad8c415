/**
 * Whether a published promise is current, coming or ended, decided once
 * from its period against today's Swedish calendar day (calendar.ts). The
 * public page, the overview, open data and the feed all ask this function,
 * so none of them presents a promise that ended in 2019 as running.
 */

export type PromiseTiming = 'coming' | 'current' | 'ended';

export interface TimedPeriod {
  from: string;
  /** null: "tills vidare", it runs until the set is closed. */
  to: string | null;
}

export interface TimedPromise {
  period: TimedPeriod | null;
  /** A closed set has ended whatever its period says. */
  closed: boolean;
  /** ISO instant or day the set was published; breaks ties between sets that started the same day. */
  publishedAt: string;
}

/**
 * `today` is 'YYYY-MM-DD'. The first and last day of the period are inside
 * it. A set without a period states no end and counts as current until closed.
 */
export function promiseTiming(promise: Pick<TimedPromise, 'period' | 'closed'>, today: string): PromiseTiming {
  if (promise.closed) return 'ended';
  const { period } = promise;
  if (!period) return 'current';
  if (today < period.from) return 'coming';
  if (period.to !== null && today > period.to) return 'ended';
  return 'current';
}

export interface ArrangedPromises<T> {
  /** Running today; the one that started last first (a kommun normally has one). */
  current: T[];
  /** Not started yet; the soonest first. */
  coming: T[];
  /** Ended; the most recently ended first. */
  ended: T[];
}

const startOf = (p: TimedPromise) => p.period?.from ?? p.publishedAt.slice(0, 10);
/** An open-ended set that was closed ended, as far as the reader can tell, when it was published last. */
const endOf = (p: TimedPromise) => p.period?.to ?? p.period?.from ?? p.publishedAt.slice(0, 10);
const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** One kommun's published sets sorted into current, coming and ended. */
export function arrangePromises<T>(
  sets: readonly T[],
  today: string,
  read: (set: T) => TimedPromise,
): ArrangedPromises<T> {
  const timed = sets.map((set) => ({ set, t: read(set) }));
  const pick = (timing: PromiseTiming) => timed.filter(({ t }) => promiseTiming(t, today) === timing);
  const byNewest = (a: { t: TimedPromise }, b: { t: TimedPromise }) =>
    desc(startOf(a.t), startOf(b.t)) || desc(a.t.publishedAt, b.t.publishedAt);
  return {
    current: pick('current')
      .sort(byNewest)
      .map((x) => x.set),
    coming: pick('coming')
      .sort((a, b) => -desc(startOf(a.t), startOf(b.t)) || desc(a.t.publishedAt, b.t.publishedAt))
      .map((x) => x.set),
    ended: pick('ended')
      .sort((a, b) => desc(endOf(a.t), endOf(b.t)) || byNewest(a, b))
      .map((x) => x.set),
  };
}

/** "2019" for a promise within one year, "2024–2027" across years, "2021–" for one without an end. */
export function periodYears(period: TimedPeriod | null): string | null {
  if (!period) return null;
  const from = period.from.slice(0, 4);
  const to = period.to?.slice(0, 4) ?? '';
  return from === to ? from : `${from}–${to}`;
}
