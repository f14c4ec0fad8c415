/**
 * The small-cell rule: a group with fewer than five answers is never shown,
 * neither in results nor in exports, so nobody can be recognised from a
 * breakdown. When exactly one group of a breakdown is hidden, the smallest
 * other group is hidden too; otherwise the hidden one could be worked out
 * by subtracting the shown groups from the total.
 */
import { z } from 'zod';

export const MIN_CELL = 5;

export const Suppression = z.enum(['none', 'too_few', 'secondary']);
export type Suppression = z.infer<typeof Suppression>;

export interface Cell {
  n: number;
  suppressed: Suppression;
}

export function tooFew(n: number): boolean {
  return n < MIN_CELL;
}

/** Marks the groups of one breakdown. Groups with no answers at all are hidden without revealing anything. */
export function applySmallCellRule<T extends { n: number }>(groups: readonly T[]): (T & { suppressed: Suppression })[] {
  const out = groups.map((g) => ({ ...g, suppressed: (tooFew(g.n) ? 'too_few' : 'none') as Suppression }));
  const revealing = out.filter((g) => g.suppressed === 'too_few' && g.n > 0);
  if (revealing.length === 1) {
    const smallest = out.filter((g) => g.suppressed === 'none').sort((a, b) => a.n - b.n)[0];
    if (smallest) smallest.suppressed = 'secondary';
  }
  return out;
}
