/**
 * A commitment's measurable target in words, for documents, the
 * genomförandeplan's "När" column and public pages. Swedish is compact and
 * follows the field's own phrasing ("minst 2 insatser per halvår", "1 var
 * tredje vecka"); the unit stays as the document wrote it, also in English.
 */
import type { CountTarget, Per, ShareTarget, Target } from '../domain/promise-document.ts';

export type TargetTextOptions = {
  /**
   * Compact form for narrow table cells: no unit, "%" for percent and
   * "löpande" for a target without an amount.
   */
  compact?: boolean;
};

const numberSv = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const numberEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** Swedish noun and grammatical gender ("var" takes en-words, "vart" ett-words). */
const UNIT_SV: Record<Exclude<Per, 'period'>, { noun: string; neuter: boolean }> = {
  day: { noun: 'dag', neuter: false },
  week: { noun: 'vecka', neuter: false },
  month: { noun: 'månad', neuter: false },
  quarter: { noun: 'kvartal', neuter: true },
  tertial: { noun: 'tertial', neuter: true },
  halfyear: { noun: 'halvår', neuter: true },
  term: { noun: 'termin', neuter: false },
  year: { noun: 'år', neuter: true },
  shift: { noun: 'arbetspass', neuter: true },
};

const ORDINALS_SV = [
  '',
  '',
  '',
  'tredje',
  'fjärde',
  'femte',
  'sjätte',
  'sjunde',
  'åttonde',
  'nionde',
  'tionde',
  'elfte',
  'tolfte',
];

/** "per halvår", "varannan vecka", "vart tredje år", "var 13:e vecka", "under perioden". */
export function describeRecurrenceSv(per: Per | null, every: number): string {
  if (per === null || per === 'period') return 'under perioden';
  const { noun, neuter } = UNIT_SV[per];
  if (every <= 1) return `per ${noun}`;
  if (every === 2) return `${neuter ? 'vartannat' : 'varannan'} ${noun}`;
  const ordinal = ORDINALS_SV[every] ?? `${every}:e`;
  return `${neuter ? 'vart' : 'var'} ${ordinal} ${noun}`;
}

/** "2", "2–3", "upp till 5": the amount part of a count. */
function amountSv(target: CountTarget): string {
  const count = numberSv.format(target.count);
  if (target.max !== null && target.max === target.count) return `upp till ${count}`;
  if (target.max !== null && target.max > target.count) return `${count}–${numberSv.format(target.max)}`;
  return count;
}

function countSv(target: CountTarget, compact: boolean): string {
  const words: string[] = [];
  const atLeast = target.atLeast && target.max === null;
  // Field phrasing: "i snitt 3 per vecka", but "minst 3 kontakter i snitt per vecka".
  if (target.average && !atLeast) words.push('i snitt');
  if (atLeast) words.push('minst');
  words.push(amountSv(target));
  if (!compact && target.unit) words.push(target.unit);
  if (target.average && atLeast) words.push('i snitt');
  words.push(describeRecurrenceSv(target.per, target.every));
  return words.join(' ');
}

function shareSv(target: ShareTarget, compact: boolean): string {
  const percent = numberSv.format(target.percent);
  const amount = compact ? `${percent} %` : `${percent} procent`;
  const unit = !compact && target.unit ? ` ${target.unit}` : '';
  return `${target.atLeast ? 'minst ' : ''}${amount}${unit}`;
}

/** The target in Swedish, e.g. "minst 2 operativa insatser per halvår". */
export function describeTargetSv(target: Target, options: TargetTextOptions = {}): string {
  const compact = options.compact === true;
  switch (target.kind) {
    case 'count':
      return countSv(target, compact);
    case 'share':
      return shareSv(target, compact);
    case 'none':
      return compact ? 'löpande' : 'ingen mätbar mängd (löpande)';
  }
}

const UNIT_EN: Record<Exclude<Per, 'period'>, { one: string; many: string }> = {
  day: { one: 'day', many: 'days' },
  week: { one: 'week', many: 'weeks' },
  month: { one: 'month', many: 'months' },
  quarter: { one: 'quarter', many: 'quarters' },
  tertial: { one: 'four-month period', many: 'four-month periods' },
  halfyear: { one: 'half year', many: 'half years' },
  term: { one: 'school term', many: 'school terms' },
  year: { one: 'year', many: 'years' },
  shift: { one: 'shift', many: 'shifts' },
};

/** "per week", "every other week", "every 3 weeks", "during the period". */
export function describeRecurrenceEn(per: Per | null, every: number): string {
  if (per === null || per === 'period') return 'during the period';
  const unit = UNIT_EN[per];
  if (every <= 1) return `per ${unit.one}`;
  if (every === 2) return `every other ${unit.one}`;
  return `every ${every} ${unit.many}`;
}

function countEn(target: CountTarget, compact: boolean): string {
  const words: string[] = [];
  if (target.average) words.push('on average');
  const count = numberEn.format(target.count);
  if (target.max !== null && target.max === target.count) words.push(`up to ${count}`);
  else if (target.max !== null && target.max > target.count) words.push(`${count}–${numberEn.format(target.max)}`);
  else words.push(target.atLeast ? `at least ${count}` : count);
  if (!compact && target.unit) words.push(target.unit);
  words.push(describeRecurrenceEn(target.per, target.every));
  return words.join(' ');
}

/** The target in English; the counted unit stays as the Swedish document wrote it. */
export function describeTargetEn(target: Target, options: TargetTextOptions = {}): string {
  const compact = options.compact === true;
  switch (target.kind) {
    case 'count':
      return countEn(target, compact);
    case 'share': {
      const percent = numberEn.format(target.percent);
      const amount = compact ? `${percent} %` : `${percent} percent`;
      const unit = !compact && target.unit ? ` ${target.unit}` : '';
      return `${target.atLeast ? 'at least ' : ''}${amount}${unit}`;
    }
    case 'none':
      return compact ? 'ongoing' : 'no measurable amount (ongoing)';
  }
}
