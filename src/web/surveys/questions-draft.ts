/** The question editor's draft as the browser keeps it (ui/drafts.ts): checked on the way back, given fresh keys. */
import { SURVEY_LANGUAGES } from '../api/surveys.ts';
import { ALL_KINDS, withFreshKey, type QuestionDraft } from './question-model.ts';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string';
const isTexts = (v: unknown) =>
  isObject(v) && Object.entries(v).every(([l, t]) => (SURVEY_LANGUAGES as readonly string[]).includes(l) && isText(t));

function isQuestionDraft(d: unknown): d is QuestionDraft {
  return (
    isObject(d) &&
    isText(d.key) &&
    isText(d.id) &&
    (ALL_KINDS as readonly unknown[]).includes(d.kind) &&
    typeof d.saved === 'boolean' &&
    typeof d.required === 'boolean' &&
    (d.base === null || isObject(d.base)) &&
    [d.text, d.help, d.lines, d.minLabel, d.maxLabel].every(isTexts) &&
    [d.exclusive, d.min, d.max, d.maxLength].every(isText)
  );
}

export function isQuestionDrafts(data: unknown): data is QuestionDraft[] {
  return Array.isArray(data) && data.every(isQuestionDraft);
}

export const reviveQuestionDrafts = (drafts: QuestionDraft[]): QuestionDraft[] => drafts.map(withFreshKey);
