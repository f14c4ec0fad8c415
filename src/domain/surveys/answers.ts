/**
 * Checking one respondent's answers against the questions. The same check
 * serves the public form (after `answersFromForm`) and paper answers keyed
 * in by staff through the API. Problems come back as codes; the page or the
 * API puts them into words.
 */
import { PROBLEM_LEVELS, type Answers, type AnswerValue, type ProblemLevel, type Question } from './types.ts';

export type AnswerErrorCode = 'required' | 'invalid' | 'too_long' | 'exclusive' | 'empty';

export interface AnswerError {
  /** null for the form as a whole ("empty"). */
  questionId: string | null;
  itemId?: string;
  code: AnswerErrorCode;
}

export interface CheckedAnswers {
  answers: Answers;
  errors: AnswerError[];
}

type FormBody = Record<string, string | string[] | undefined>;

/** Form field of a question, and of one item of a problem question. */
export const fieldName = (questionId: string, itemId?: string): string =>
  itemId ? `q.${questionId}.${itemId}` : `q.${questionId}`;

const first = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const all = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? [v] : []);

/** Reads the public form's fields into answers; nothing is checked here. */
export function answersFromForm(questions: readonly Question[], body: FormBody): Answers {
  const out: Answers = {};
  for (const q of questions) {
    if (q.kind === 'problem') {
      const levels: Record<string, ProblemLevel> = {};
      for (const item of q.items) {
        const v = first(body[fieldName(q.id, item.id)]);
        if (v) levels[item.id] = v as ProblemLevel;
      }
      if (Object.keys(levels).length) out[q.id] = levels;
    } else if (q.kind === 'multiple') {
      const vs = all(body[fieldName(q.id)]).filter(Boolean);
      if (vs.length) out[q.id] = vs;
    } else {
      const v = first(body[fieldName(q.id)]);
      const value = q.kind === 'text' ? v.replace(/\r\n/g, '\n').trim() : v;
      if (value) out[q.id] = value;
    }
  }
  return out;
}

function checkOne(q: Question, value: AnswerValue): AnswerError | null {
  const err = (code: AnswerErrorCode): AnswerError => ({ questionId: q.id, code });
  switch (q.kind) {
    case 'single':
    case 'area':
    case 'age_band':
    case 'gender':
      return typeof value === 'string' && q.options.some((o) => o.value === value) ? null : err('invalid');
    case 'multiple': {
      if (!Array.isArray(value) || !value.every((v) => q.options.some((o) => o.value === v))) return err('invalid');
      return q.exclusive && value.includes(q.exclusive) && value.length > 1 ? err('exclusive') : null;
    }
    case 'scale': {
      const n = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : NaN;
      return n >= q.min && n <= q.max ? null : err('invalid');
    }
    case 'text':
      if (typeof value !== 'string') return err('invalid');
      return value.length > q.maxLength ? err('too_long') : null;
    case 'problem':
      return null; // checked per item in checkProblem
  }
}

function checkProblem(
  q: Extract<Question, { kind: 'problem' }>,
  value: AnswerValue | undefined,
  errors: AnswerError[],
): Answers[string] | undefined {
  if (value === undefined) {
    if (q.required) errors.push({ questionId: q.id, itemId: q.items[0]?.id, code: 'required' });
    return undefined;
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.push({ questionId: q.id, code: 'invalid' });
    return undefined;
  }
  const clean: Record<string, ProblemLevel> = {};
  for (const item of q.items) {
    const level = value[item.id];
    if (level === undefined) {
      if (q.required) errors.push({ questionId: q.id, itemId: item.id, code: 'required' });
    } else if (!PROBLEM_LEVELS.includes(level)) errors.push({ questionId: q.id, itemId: item.id, code: 'invalid' });
    else clean[item.id] = level;
  }
  if (Object.keys(value).some((k) => !q.items.some((i) => i.id === k)))
    errors.push({ questionId: q.id, code: 'invalid' });
  return Object.keys(clean).length ? clean : undefined;
}

/** Keeps only answers to the survey's questions, in their clean form, and lists what is wrong. */
export function checkAnswers(questions: readonly Question[], raw: Answers): CheckedAnswers {
  const answers: Answers = {};
  const errors: AnswerError[] = [];
  for (const q of questions) {
    const value = raw[q.id];
    if (q.kind === 'problem') {
      const clean = checkProblem(q, value, errors);
      if (clean) answers[q.id] = clean;
      continue;
    }
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if (q.required) errors.push({ questionId: q.id, code: 'required' });
      continue;
    }
    const problem = checkOne(q, value);
    if (problem) errors.push(problem);
    else answers[q.id] = value;
  }
  const unknown = Object.keys(raw).filter((id) => !questions.some((q) => q.id === id));
  for (const id of unknown) errors.push({ questionId: id, code: 'invalid' });
  if (!errors.length && Object.keys(answers).length === 0) errors.push({ questionId: null, code: 'empty' });
  return { answers, errors };
}
