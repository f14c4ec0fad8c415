/**
 * Counting the answers of one group of respondents to one question:
 * distributions for choice and scale questions, the problem index per
 * item (and over all items) for the problem scale.
 */
import { PROBLEM_LEVEL_LABELS } from './labels.ts';
import { countsInOverall, pointsFor, problemIndex, type ProblemScoring } from './scoring.ts';
import { tooFew } from './small-cell.ts';
import { PROBLEM_LEVELS, type Answers, type LocalizedText, type ProblemLevel, type Question, type QuestionOf } from './types.ts';

export interface OptionCount {
  value: string;
  label: LocalizedText;
  count: number;
  /** Share of those who answered the question, 0–1. For multiple choice the shares add up to more than 1. */
  share: number;
}

export interface ChoiceStats {
  answered: number;
  options: OptionCount[];
  /** Scale questions only: the mean of the chosen values. */
  mean?: number | null;
}

export interface ItemStats {
  itemId: string;
  label: LocalizedText;
  /** Answers that count in the index (all but "vet inte"). */
  counted: number;
  dontKnow: number;
  /** 0–6; null when fewer than five answers count. */
  index: number | null;
  /** Whether the item counts in the question's overall index (the survey's scoring may leave it out). */
  inOverall: boolean;
  levels: OptionCount[];
}

export interface ProblemStats {
  answered: number;
  items: ItemStats[];
  /** All counted answers of the items that count in it, 0–6. */
  overall: number | null;
}

export type QuestionStats = ChoiceStats | ProblemStats;

export type Counted = Exclude<Question, { kind: 'text' }>;

export function hasAnswer(answers: Answers, q: Question): boolean {
  const v = answers[q.id];
  if (v === undefined) return false;
  if (typeof v === 'string') return v !== '';
  return Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0;
}

function counts(options: { value: string; label: LocalizedText }[], chosen: string[][], answered: number): OptionCount[] {
  return options.map((o) => {
    const count = chosen.filter((c) => c.includes(o.value)).length;
    return { value: o.value, label: o.label, count, share: answered ? count / answered : 0 };
  });
}

function scaleOptions(q: QuestionOf<'scale'>): { value: string; label: LocalizedText }[] {
  const out: { value: string; label: LocalizedText }[] = [];
  for (let v = q.min; v <= q.max; v++) {
    const suffix = v === q.min ? q.minLabel : v === q.max ? q.maxLabel : null;
    out.push({ value: String(v), label: suffix ? { sv: `${v} – ${suffix.sv}`, en: `${v} – ${suffix.en ?? suffix.sv}` } : { sv: String(v) } });
  }
  return out;
}

function choiceStats(q: Exclude<Counted, { kind: 'problem' }>, group: Answers[]): ChoiceStats {
  const given = group.filter((a) => hasAnswer(a, q)).map((a) => a[q.id]!);
  const chosen = given.map((v) => (Array.isArray(v) ? v : [String(v)]));
  const options = q.kind === 'scale' ? scaleOptions(q) : q.options;
  const stats: ChoiceStats = { answered: given.length, options: counts(options, chosen, given.length) };
  if (q.kind === 'scale') {
    const values = given.map(Number).filter(Number.isFinite);
    stats.mean = values.length && !tooFew(values.length) ? values.reduce((s, v) => s + v, 0) / values.length : null;
  }
  return stats;
}

function problemStats(q: QuestionOf<'problem'>, group: Answers[], scoring: ProblemScoring): ProblemStats {
  const given = group.filter((a) => hasAnswer(a, q)).map((a) => a[q.id] as Record<string, ProblemLevel>);
  let sum = 0;
  let counted = 0;
  const items = q.items.map((item): ItemStats => {
    const levels = given.map((g) => g[item.id]).filter((l): l is ProblemLevel => l !== undefined);
    const idx = problemIndex(levels, scoring);
    const inOverall = countsInOverall(scoring, q.id, item.id);
    for (const l of inOverall ? levels : []) {
      const p = pointsFor(l, scoring);
      if (p !== null) { sum += p; counted++; }
    }
    return {
      itemId: item.id, label: item.text, counted: idx.counted, dontKnow: idx.dontKnow,
      index: tooFew(idx.counted) ? null : idx.index, inOverall,
      levels: counts(PROBLEM_LEVELS.map((l) => ({ value: l, label: PROBLEM_LEVEL_LABELS[l] })), levels.map((l) => [l]), levels.length),
    };
  });
  return { answered: given.length, items, overall: tooFew(given.length) || !counted ? null : sum / counted };
}

/** The statistics of one question for one group of respondents. */
export function statsFor(q: Counted, group: Answers[], scoring: ProblemScoring): QuestionStats {
  return q.kind === 'problem' ? problemStats(q, group, scoring) : choiceStats(q, group);
}
