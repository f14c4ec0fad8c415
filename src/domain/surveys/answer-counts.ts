/**
 * Running counts of stored answers (survey_answer_counts, kept by the
 * database as each batch of answers is stored: src/db/sql/survey-answers.ts)
 * read back into the tallies the results are computed from, so a survey's
 * results need not read every answer. A row's value is '' for the
 * respondents who answered the question, '=' + a chosen value, or a problem
 * item '=' its level; question '' counts the answers. The same tally comes
 * out as counting the answers one by one (stats.ts, tallyGiven).
 */
import type { Counted, Tally } from './stats.ts';
import { PROBLEM_LEVELS } from './types.ts';

export interface CountRow {
  /** '' for the total, else the breakdown. */
  dimension: string;
  /** The respondent's own answer to the breakdown's question; '' when not given. */
  group: string;
  questionId: string;
  value: string;
  n: number;
}

const LEVEL_INDEX = new Map<string, number>(PROBLEM_LEVELS.map((l, i) => [l, i]));

/** Adds one count row of question `q` to its tally. */
export function addCount(t: Tally, q: Counted, value: string, n: number): void {
  if (value === '') {
    t.answered += n;
    return;
  }
  const at = value.indexOf('=');
  if (t.kind === 'problem') {
    const item = t.items.indexOf(value.slice(0, at));
    const level = LEVEL_INDEX.get(value.slice(at + 1));
    if (item >= 0 && level !== undefined) t.levels[item * PROBLEM_LEVELS.length + level]! += n;
    return;
  }
  if (at !== 0) return;
  const chosen = value.slice(1);
  t.chosen.set(chosen, (t.chosen.get(chosen) ?? 0) + n);
  if (q.kind === 'scale') {
    const number = Number(chosen);
    if (Number.isFinite(number)) {
      t.sum += number * n;
      t.numbers += n;
    }
  }
}
