/** What staff send to create and change a survey; the API's schemas. */
import { z } from 'zod';
import { isoDaySchema } from '../iso-day.ts';
import { codingCategorySchema } from './coding.ts';
import { publicChartSchema } from './public-charts.ts';
import { LIMITS } from './rules.ts';
import { scoringInputSchema } from './scoring.ts';
import { answersSchema, localizedTextSchema, questionSchema, SURVEY_LANGUAGES } from './types.ts';

const isoDay = isoDaySchema;
const languages = z
  .array(z.enum(SURVEY_LANGUAGES))
  .min(1)
  .max(4)
  .refine((l) => l.includes('sv'), 'Svenska måste finnas med')
  .refine((l) => new Set(l).size === l.length, 'Ett språk får bara finnas en gång');

export { SLUG_PATTERN } from './rules.ts';

export const createSurveySchema = z.object({
  municipalityId: z.uuid(),
  /** A template key (e.g. "lokal-trygghetsmatning"); without it the survey starts blank. */
  template: z.string().max(60).optional(),
  title: localizedTextSchema.optional(),
  languages: languages.optional(),
});
export type CreateSurveyInput = z.infer<typeof createSurveySchema>;

export const updateSurveySchema = z.object({
  title: localizedTextSchema.optional(),
  intro: localizedTextSchema.nullable().optional(),
  languages: languages.optional(),
  questions: z.array(questionSchema).max(LIMITS.questions).optional(),
  /** Points 0–6 per answer on the problem scale (growing), and items left out of each question's overall index. */
  scoring: scoringInputSchema.optional(),
  /** The free-text coding categories; a category staff have used cannot be removed. */
  categories: z.array(codingCategorySchema).max(LIMITS.categories[1]).optional(),
  access: z.enum(['link', 'codes']).optional(),
  opensOn: isoDay.nullable().optional(),
  closesOn: isoDay.nullable().optional(),
  /** The survey's own address /enkat/<slug> (a–z, 0–9 and hyphens, 3–80); null goes back to the random one. Only before publishing. */
  slug: z.string().max(200).nullable().optional(),
  /** Names added to the kommun's areas (delområden, byar), which the area question offers. */
  addAreas: z.array(z.string().trim().min(1).max(120)).max(200).optional(),
});
export type UpdateSurveyInput = z.infer<typeof updateSurveySchema>;

export const paperAnswerSchema = z.object({ answers: answersSchema });

export const textCodesSchema = z.object({
  items: z
    .array(
      z.object({
        responseId: z.uuid(),
        questionId: z.string().min(1).max(40),
        categories: z.array(z.string().min(1).max(40)).max(20),
      }),
    )
    .min(1)
    .max(2000),
});
export type TextCodesInput = z.infer<typeof textCodesSchema>;

export const publicResultsSchema = z.object({ charts: z.array(publicChartSchema).max(50) });

export const generateCodesSchema = z.object({ count: z.number().int().min(1).max(10000) });
