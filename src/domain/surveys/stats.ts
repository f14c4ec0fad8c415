/**
 * Counting the answers of one group of respondents to one question:
 * distributions for choice and scale questions, the problem index per
 * item (and over all items) for the problem scale.
 */
import { z } from 'zod';
import { PROBLEM_LEVEL_LABELS } from './labels.ts';
import { countsInOverall, pointsFor, type ProblemScoring } from './scoring.ts';
import { tooFew } from './small-cell.ts';
import { PROBLEM_LEVELS, type Answers, type LocalizedText, type Question, type QuestionOf } from './types.ts';

/** A label as the results carry it: Swedish always, other languages when given. */
export const ResultLabel = z.object({
  sv: z.string(),
  en: z.string().optional(),
  fi: z.string().optional(),
  fit: z.string().optional(),
});
const count = z.number().int().nonnegative();

export const OptionCount = z.object({
  value: z.string(),
  label: ResultLabel,
  count,
  /** Share of those who answered the question, 0–1. For multiple choice the shares add up to more than 1. */
  share: z.number().min(0),
});
export type OptionCount = z.infer<typeof OptionCount>;

export const ChoiceStats = z.object({
  answered: count,
  options: z.array(OptionCount),
  /** Scale questions only: the mean of the chosen values. */
  mean: z.number().nullable().optional(),
});
export type ChoiceStats = z.infer<typeof ChoiceStats>;

export const ItemStats = z.object({
  itemId: z.string(),
  label: ResultLabel,
  /** Answers that count in the index (all but "vet inte"). */
  counted: count,
  dontKnow: count,
  /** 0–6; null when fewer than five answers count. */
  index: z.number().nullable(),
  /** Whether the item counts in the question's overall index (the survey's scoring may leave it out). */
  inOverall: z.boolean(),
  levels: z.array(OptionCount),
});
export type ItemStats = z.infer<typeof ItemStats>;

export const ProblemStats = z.object({
  answered: count,
  items: z.array(ItemStats),
  /** All counted answers of the items that count in it, 0–6. */
  overall: z.number().nullable(),
});
export type ProblemStats = z.infer<typeof ProblemStats>;

/** A problem question's stats have items; every other kind's have options. */
export const QuestionStats = z.union([ProblemStats, ChoiceStats]);
export type QuestionStats = z.infer<typeof QuestionStats>;

export type Counted = Exclude<Question, { kind: 'text' }>;

export function hasAnswer(answers: Answers, q: Question): boolean {
  return isGiven(answers[q.id]);
}

/** Whether a stored value is an answer at all (not missing, not empty). */
export function isGiven(v: Answers[string] | undefined): v is Answers[string] {
  if (v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  if (Array.isArray(v)) return v.length > 0;
  for (const _ in v) return true;
  return false;
}

function scaleOptions(q: QuestionOf<'scale'>): { value: string; label: LocalizedText }[] {
  const out: { value: string; label: LocalizedText }[] = [];
  for (let v = q.min; v <= q.max; v++) {
    const suffix = v === q.min ? q.minLabel : v === q.max ? q.maxLabel : null;
    out.push({
      value: String(v),
      label: suffix ? { sv: `${v} – ${suffix.sv}`, en: `${v} – ${suffix.en ?? suffix.sv}` } : { sv: String(v) },
    });
  }
  return out;
}

/**
 * Running counts of one question over one group of respondents, filled one
 * answer at a time, so the total and every breakdown group of a survey are
 * counted in a single pass over the answers.
 */
export type Tally =
  | { kind: 'choice'; answered: number; chosen: Map<string, number>; sum: number; numbers: number }
  | { kind: 'problem'; answered: number; items: string[]; levels: Int32Array };

export function newTally(q: Counted): Tally {
  return q.kind === 'problem'
    ? {
        kind: 'problem',
        answered: 0,
        items: q.items.map((item) => item.id),
        levels: new Int32Array(q.items.length * PROBLEM_LEVELS.length),
      }
    : { kind: 'choice', answered: 0, chosen: new Map(), sum: 0, numbers: 0 };
}

const LEVEL_INDEX = new Map<string, number>(PROBLEM_LEVELS.map((l, i) => [l, i]));

/** Counts a value already known to be an answer (see isGiven). */
export function tallyGiven(t: Tally, q: Counted, v: Answers[string]): void {
  t.answered++;
  if (t.kind === 'problem') {
    const given = v as Record<string, string>;
    for (let i = 0; i < t.items.length; i++) {
      const level = LEVEL_INDEX.get(given[t.items[i]!]!);
      if (level !== undefined) t.levels[i * PROBLEM_LEVELS.length + level]!++;
    }
    return;
  }
  if (Array.isArray(v)) {
    for (const value of v.length > 1 ? new Set(v) : v) t.chosen.set(value, (t.chosen.get(value) ?? 0) + 1);
  } else {
    const value = String(v);
    t.chosen.set(value, (t.chosen.get(value) ?? 0) + 1);
  }
  if (q.kind === 'scale') {
    const n = Number(v);
    if (Number.isFinite(n)) {
      t.sum += n;
      t.numbers++;
    }
  }
}

function choiceStats(q: Exclude<Counted, { kind: 'problem' }>, t: Extract<Tally, { kind: 'choice' }>): ChoiceStats {
  const options = q.kind === 'scale' ? scaleOptions(q) : q.options;
  const stats: ChoiceStats = {
    answered: t.answered,
    options: options.map((o) => {
      const count = t.chosen.get(o.value) ?? 0;
      return { value: o.value, label: o.label, count, share: t.answered ? count / t.answered : 0 };
    }),
  };
  if (q.kind === 'scale') stats.mean = t.numbers && !tooFew(t.numbers) ? t.sum / t.numbers : null;
  return stats;
}

function problemStats(
  q: QuestionOf<'problem'>,
  t: Extract<Tally, { kind: 'problem' }>,
  scoring: ProblemScoring,
): ProblemStats {
  let sum = 0;
  let counted = 0;
  const items = q.items.map((item, index): ItemStats => {
    const counts = t.levels.subarray(index * PROBLEM_LEVELS.length, (index + 1) * PROBLEM_LEVELS.length);
    const all = counts.reduce((n, c) => n + c, 0);
    let itemSum = 0;
    let itemCounted = 0;
    PROBLEM_LEVELS.forEach((level, i) => {
      const p = pointsFor(level, scoring);
      if (p !== null) {
        itemSum += p * counts[i]!;
        itemCounted += counts[i]!;
      }
    });
    const inOverall = countsInOverall(scoring, q.id, item.id);
    if (inOverall) {
      sum += itemSum;
      counted += itemCounted;
    }
    return {
      itemId: item.id,
      label: item.text,
      counted: itemCounted,
      dontKnow: all - itemCounted,
      index: tooFew(itemCounted) ? null : itemSum / itemCounted,
      inOverall,
      levels: PROBLEM_LEVELS.map((l, i) => ({
        value: l,
        label: PROBLEM_LEVEL_LABELS[l],
        count: counts[i]!,
        share: all ? counts[i]! / all : 0,
      })),
    };
  });
  return { answered: t.answered, items, overall: tooFew(t.answered) || !counted ? null : sum / counted };
}

/** The statistics of a filled tally. */
export function statsOfTally(q: Counted, t: Tally, scoring: ProblemScoring): QuestionStats {
  return q.kind === 'problem'
    ? problemStats(q, t as Extract<Tally, { kind: 'problem' }>, scoring)
    : choiceStats(q, t as Extract<Tally, { kind: 'choice' }>);
}
