/**
 * The survey (enkät) model: questions, their texts per language and the
 * answers a respondent gives. Texts are stored per language; Swedish is
 * required, English, Finnish and Meänkieli ('fit') are optional.
 */
import { z } from 'zod';
import { BACKGROUND, LIMITS, questionShapeProblems, type Problem } from './rules.ts';

export const SURVEY_LANGUAGES = ['sv', 'en', 'fi', 'fit'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

export const localizedTextSchema = z.object({
  sv: z.string().trim().min(1).max(LIMITS.text),
  en: z.string().trim().max(LIMITS.text).optional(),
  fi: z.string().trim().max(LIMITS.text).optional(),
  fit: z.string().trim().max(LIMITS.text).optional(),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in the wanted language, or the Swedish one when that language is missing. */
export function textIn(text: LocalizedText, lang: SurveyLanguage): string {
  return (lang !== 'sv' && text[lang]) || text.sv;
}

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'problem', 'text', 'area', 'age_band', 'gender'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Background questions are never required: nobody has to state their age or gender. */
export const BACKGROUND_KINDS: readonly QuestionKind[] = BACKGROUND;

/** The trygghetsmätning problem scale; "vet inte" never counts in the index. */
export const PROBLEM_LEVELS = ['none', 'small', 'fairly_big', 'very_big', 'dont_know'] as const;
export type ProblemLevel = (typeof PROBLEM_LEVELS)[number];
export type ScoredLevel = Exclude<ProblemLevel, 'dont_know'>;

const key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'a–z, 0–9, _ och -, högst 40 tecken');

export const optionSchema = z.object({ value: key, label: localizedTextSchema });
export type QuestionOption = z.infer<typeof optionSchema>;

const base = {
  id: key,
  text: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean().default(false),
};

const opts = (kind: keyof typeof LIMITS.options) =>
  z.array(optionSchema).min(LIMITS.options[kind]![0]).max(LIMITS.options[kind]![1]);

export const questionSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('single'), options: opts('single') }),
  z.object({
    ...base,
    kind: z.literal('multiple'),
    options: opts('multiple'),
    /** An option that excludes all others ("Nej, inget av detta"). */
    exclusive: key.optional(),
  }),
  z.object({
    ...base,
    kind: z.literal('scale'),
    min: z.number().int().min(LIMITS.scaleMin[0]).max(LIMITS.scaleMin[1]),
    max: z.number().int().min(LIMITS.scaleMax[0]).max(LIMITS.scaleMax[1]),
    minLabel: localizedTextSchema,
    maxLabel: localizedTextSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('problem'),
    items: z
      .array(z.object({ id: key, text: localizedTextSchema }))
      .min(LIMITS.items[0])
      .max(LIMITS.items[1]),
  }),
  z.object({
    ...base,
    kind: z.literal('text'),
    maxLength: z.number().int().min(LIMITS.answerLength[0]).max(LIMITS.answerLength[1]).default(2000),
  }),
  z.object({
    ...base,
    kind: z.literal('area'),
    /** Filled from the kommun's areas (value = area id) when the survey is saved and published. */
    options: z
      .array(z.object({ value: z.string().min(1).max(60), label: localizedTextSchema }))
      .max(300)
      .default([]),
  }),
  z.object({ ...base, kind: z.literal('age_band'), options: opts('age_band') }),
  z.object({ ...base, kind: z.literal('gender'), options: opts('gender') }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;

/** A ready-made survey (template.ts). Declared once: the API lists the templates in this shape. */
export const surveyTemplateSchema = z.object({
  key: z.string(),
  title: localizedTextSchema,
  intro: localizedTextSchema,
  questions: z.array(questionSchema),
});
export type SurveyTemplate = z.infer<typeof surveyTemplateSchema>;

/** An answer: one value, several values, or one level per problem item. */
export type AnswerValue = string | string[] | Record<string, ProblemLevel>;
export type Answers = Record<string, AnswerValue>;

export const answerValueSchema = z.union([
  z.string().max(4000),
  z.array(z.string().max(60)).max(30),
  z.record(z.string(), z.enum(PROBLEM_LEVELS)),
]);
export const answersSchema = z.record(z.string(), answerValueSchema);

/** Problems in questions that zod cannot see: duplicate ids or texts, a missing exclusive option, a required background question. */
export function questionListProblems(questions: readonly Question[]): Problem[] {
  return questionShapeProblems(questions);
}

/** Texts missing in a language the survey is offered in, as "fråga/fält" paths. */
export function missingTranslations(questions: Question[], lang: SurveyLanguage): string[] {
  const missing: string[] = [];
  const check = (t: LocalizedText | undefined, path: string) => {
    if (t && !t[lang]) missing.push(path);
  };
  for (const q of questions) {
    check(q.text, `${q.id}/text`);
    check(q.help, `${q.id}/help`);
    if (q.kind === 'area') continue; // area names are proper names, the same in every language
    if ('options' in q) for (const o of q.options) check(o.label, `${q.id}/${o.value}`);
    if (q.kind === 'problem') for (const i of q.items) check(i.text, `${q.id}/${i.id}`);
    if (q.kind === 'scale') {
      check(q.minLabel, `${q.id}/minLabel`);
      check(q.maxLabel, `${q.id}/maxLabel`);
    }
  }
  return missing;
}

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type SurveyAccess = 'link' | 'codes';
