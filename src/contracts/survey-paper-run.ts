/**
 * Contract of two builder steps beside the lifecycle: registering a survey
 * that was already run on paper (its answers are keyed in afterwards), and
 * the staff's preview of the answering page.
 */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';
import { SURVEY_LANGUAGES } from '../domain/surveys/types.ts';

export const PaperRunBody = z.object({
  /** The first and last day it was answered; both in the past (the use case checks against today). */
  opensOn: isoDaySchema,
  closesOn: isoDaySchema,
});
export type PaperRunBody = z.infer<typeof PaperRunBody>;

export const PreviewQuery = z.object({ lang: z.enum(SURVEY_LANGUAGES).optional() });
export type PreviewQuery = z.infer<typeof PreviewQuery>;
