/**
 * Contract of the translations of staff-written content (issue 18): the
 * texts of a promise set or a follow-up with the Swedish as it stands and
 * what has been written in Finnish, Meänkieli and English;
 * /api/v1/promise-sets/{id}/translations and /api/v1/follow-ups/{id}/translations.
 */
import { z } from 'zod';
import { CONTENT_LANGUAGES, TRANSLATION_MAX } from '../domain/translations/index.ts';

export const TranslationParams = z.object({ id: z.uuid() });

export const ContentLanguageSchema = z.enum(CONTENT_LANGUAGES).describe('fi (finska), fit (meänkieli) eller en');

const TranslationPartSchema = z.enum([
  'title',
  'focusArea',
  'what',
  'when',
  'condition',
  'followUp',
  'summary',
  'citizensSaid',
  'nextSteps',
  'comment',
]);

export const StoredTranslationView = z.object({
  text: z.string(),
  /** Written from a Swedish text that has since changed: not shown to readers until saved again. */
  outdated: z.boolean(),
  /** The Swedish it was written from, when outdated (so staff see what changed). */
  source: z.string().nullable(),
});

export const TranslatableTextView = z.object({
  item: z.string(),
  part: TranslationPartSchema,
  promiseNo: z.number().int().positive().nullable(),
  sv: z.string(),
  translations: z.object({
    fi: StoredTranslationView.optional(),
    fit: StoredTranslationView.optional(),
    en: StoredTranslationView.optional(),
  }),
});
export type TranslatableTextView = z.infer<typeof TranslatableTextView>;

export const TranslationsView = z.object({
  /** Whether the actor may save translations here. */
  mayEdit: z.boolean(),
  texts: z.array(TranslatableTextView),
});
export type TranslationsView = z.infer<typeof TranslationsView>;

/** One language at a time; an empty text removes that translation. Texts not named stay as they are. */
export const SaveTranslationsBody = z.object({
  lang: ContentLanguageSchema,
  texts: z
    .array(z.object({ item: z.string().min(1).max(80), text: z.string().max(TRANSLATION_MAX) }))
    .min(1)
    .max(2000),
});
export type SaveTranslationsBody = z.infer<typeof SaveTranslationsBody>;

export const SaveTranslationsResult = TranslationsView.extend({
  /** How many translations were added or changed, and how many removed. */
  saved: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
});
export type SaveTranslationsResult = z.infer<typeof SaveTranslationsResult>;
