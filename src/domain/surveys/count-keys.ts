/**
 * What one answer adds to the running counts (survey_answer_counts,
 * migrations 0027 and 0029), worked out where the answer is read, so the
 * database only adds them up when the answer's batch is stored: working
 * them out in SQL cost more than storing the answer did. The rule is the
 * database's survey_answer_count_keys() (src/db/sql/survey-answers.ts),
 * which still counts answers stored before (a rebuild, the padding of a
 * short batch); test/surveys/count-keys.test.ts holds the two to the same
 * keys on random answers.
 *
 * An answer is counted in the total and in its group of each breakdown
 * (the first area, gender and age band question: the respondent's own
 * answer, '' when not given; none when the answer is not a single value).
 * Keys are `question_id '|' value`: value '' for answered, '=' + a chosen
 * value (a multiple choice counts each value once), item '=' level for a
 * problem item; key '|' counts the answer itself. Answers to background
 * questions are counted in the total only. Text questions are never counted.
 */
import { PROBLEM_LEVELS, type Question } from './types.ts';

/** Separates a breakdown from its group in a group name; the total is SEPARATOR alone. */
export const GROUP_SEPARATOR = '\u001f';

export interface CountParts {
  /** The answer's groups, `dimension SEPARATOR group`, the total first. */
  groups: string[];
  /** Keys counted in every one of the groups. */
  keys: string[];
  /** Keys counted in the total only (answers to the background questions). */
  own: string[];
}

const BREAKDOWNS = new Set(['area', 'gender', 'age_band']);
const LEVELS = new Set<string>(PROBLEM_LEVELS);

/** survey_answer_given(): a non-empty string, list or object. */
function given(v: unknown): boolean {
  if (typeof v === 'string') return v !== '';
  if (Array.isArray(v)) return v.length > 0;
  if (v !== null && typeof v === 'object') {
    for (const _ in v) return true;
  }
  return false;
}

function valueKeys(q: Question, v: unknown, into: string[]): void {
  into.push(`${q.id}|`);
  if (q.kind === 'problem') {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
    for (const [item, level] of Object.entries(v)) {
      if (typeof level === 'string' && LEVELS.has(level)) into.push(`${q.id}|${item}=${level}`);
    }
  } else if (typeof v === 'string') into.push(`${q.id}|=${v}`);
  else if (Array.isArray(v)) {
    for (const x of new Set(v.filter((x): x is string => typeof x === 'string'))) into.push(`${q.id}|=${x}`);
  }
}

/** The count parts of one answer under the survey's questions. */
export function countParts(questions: readonly Question[], answers: Readonly<Record<string, unknown>>): CountParts {
  const groups = [GROUP_SEPARATOR];
  const keys = ['|'];
  const own: string[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    const v = answers[q.id];
    if (BREAKDOWNS.has(q.kind) && !seen.has(q.kind)) {
      seen.add(q.kind);
      if (!given(v)) groups.push(`${q.kind}${GROUP_SEPARATOR}`);
      else if (typeof v === 'string') groups.push(`${q.kind}${GROUP_SEPARATOR}${v}`);
    }
    if (q.kind !== 'text' && given(v)) valueKeys(q, v, BREAKDOWNS.has(q.kind) ? own : keys);
  }
  return { groups, keys, own };
}
