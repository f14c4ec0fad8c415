/** Builders shared by the progress tests. */
import type { CountTarget } from '../promise-document.ts';
import type { ActivityInput } from './types.ts';

export function countTarget(over: Partial<CountTarget> = {}): CountTarget {
  return {
    kind: 'count',
    count: 2,
    atLeast: true,
    max: null,
    per: 'halfyear',
    every: 1,
    average: false,
    unit: null,
    ...over,
  };
}

/** One activity of quantity 1 per date. */
export function on(...dates: string[]): ActivityInput[] {
  return dates.map((date) => ({ date, quantity: 1 }));
}
