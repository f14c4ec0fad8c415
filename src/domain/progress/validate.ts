/**
 * Input checks for computeProgress. Callers (API, importer, reminders) pass
 * data that came from people and databases, so every field is checked here
 * rather than trusted to the types.
 */
import type { Target } from '../promise-document.ts';
import { checkEvery, checkPer } from './buckets.ts';
import { parseIsoDate, type DayNumber } from './dates.ts';
import { invalidDate, invalidQuantity, invalidTarget } from './errors.ts';
import type { ActivityInput } from './types.ts';

/** Activities as parallel typed arrays: reports pass hundreds of thousands of them. NaN marks a missing part/whole. */
export interface ParsedActivities {
  length: number;
  days: Int32Array;
  quantities: Float64Array;
  parts: Float64Array;
  wholes: Float64Array;
}

function isAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function optionalAmount(value: unknown, field: string): number {
  if (value === undefined) return Number.NaN;
  if (!isAmount(value)) throw invalidQuantity(field, value);
  return value;
}

export function checkActivities(activities: ReadonlyArray<ActivityInput>): ParsedActivities {
  const length = activities.length;
  const parsed: ParsedActivities = {
    length,
    days: new Int32Array(length),
    quantities: new Float64Array(length),
    parts: new Float64Array(length),
    wholes: new Float64Array(length),
  };
  for (let i = 0; i < length; i++) {
    const activity = activities[i];
    if (activity === null || typeof activity !== 'object') throw invalidDate(`activities[${i}].date`, activity);
    const day: DayNumber | null = parseIsoDate(activity.date);
    if (day === null) throw invalidDate(`activities[${i}].date`, activity.date);
    const quantity = activity.quantity === undefined ? 1 : activity.quantity;
    if (!isAmount(quantity)) throw invalidQuantity(`activities[${i}].quantity`, quantity);
    parsed.days[i] = day;
    parsed.quantities[i] = quantity;
    parsed.parts[i] = optionalAmount(activity.part, `activities[${i}].part`);
    parsed.wholes[i] = optionalAmount(activity.whole, `activities[${i}].whole`);
  }
  return parsed;
}

export function checkTarget(target: Target): Target {
  if (target === null || typeof target !== 'object') {
    throw invalidTarget('target', target, 'Målet saknas.', 'The target is missing.');
  }
  if (target.kind === 'none') return target;
  if (target.kind === 'share') {
    const percent: unknown = target.percent;
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      throw invalidTarget(
        'target.percent',
        percent,
        'Andelen ska vara mellan 0 och 100 procent.',
        'percent must be between 0 and 100.',
      );
    }
    return target;
  }
  if (target.kind === 'count') {
    if (!isAmount(target.count)) {
      throw invalidTarget(
        'target.count',
        target.count,
        'Antalet ska vara ett tal som är 0 eller större.',
        'count must be a finite number of 0 or more.',
      );
    }
    checkPer(target.per);
    checkEvery(target.every);
    return target;
  }
  const kind: unknown = (target as { kind?: unknown }).kind;
  throw invalidTarget(
    'target.kind',
    kind,
    'Måltypen ska vara count, share eller none.',
    'kind must be count, share or none.',
  );
}
