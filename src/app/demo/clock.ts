/**
 * The demo's time line and chance. Every date is counted from today (the
 * Swedish calendar day), so the demo looks lived-in whenever it is started:
 * the current promise runs over today, the earlier one ended before it, and
 * the survey, dialogues and lägesbild belong to the year in between. Use
 * cases run with a clock set to the day things happened ("at"), so what they
 * stamp (answer days, publish dates, audit times) reads as history.
 */
import type { Deps } from '../deps.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { addDays } from '../../domain/progress/index.ts';

export interface DemoTimeline {
  today: string;
  /** First year of the current promise: a tertial or more has always ended in it when the demo starts. */
  currentFrom: number;
  /** The year the lägesbild, the survey and the dialogues belong to: the year before the current promise. */
  situationYear: number;
}

export function demoTimeline(deps: Deps): DemoTimeline {
  const today = swedishDay(deps.now());
  // Before June the current promise started last January, so at least one tertial has ended in it.
  const currentFrom = Number(addDays(today, -150).slice(0, 4));
  return { today, currentFrom, situationYear: currentFrom - 1 };
}

/** Deps whose clock stands at noon, Swedish summer or winter, on `day` (never later than the real now). */
export function at(deps: Deps, day: string): Deps {
  const real = deps.now();
  const then = new Date(`${day}T11:00:00Z`);
  const instant = then < real ? then : real;
  return { ...deps, now: () => instant };
}

/** The earlier of two ISO days. */
export const earlier = (a: string, b: string): string => (a < b ? a : b);

/** A small seeded generator (mulberry32): the same demo every time, varied inside. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from a word, so each kommun gets its own stream. */
export function seedOf(word: string): number {
  let h = 2166136261;
  for (const ch of word) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** One of the values, chosen by weight. */
export function pick<T>(rand: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of weighted) {
    r -= w;
    if (r < 0) return v;
  }
  return weighted[weighted.length - 1]![0];
}
