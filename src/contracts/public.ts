/**
 * Contract of the forms on the public pages, which work without
 * JavaScript: subscribing to a kommun's news, confirming and ending a
 * subscription, and answering a survey. They are posted as
 * application/x-www-form-urlencoded by a browser (JSON is taken too) and
 * answered with a page in the visitor's language (or a redirect), never
 * JSON. Every field is a string as a form sends it; what the values must be
 * is checked by the use case, which answers with the form and the mistake
 * on it, as a person filling it in needs.
 */
import { z } from 'zod';
import { fileAnswer } from './common.ts';

const field = (what: string) => z.string().optional().describe(what);
const lang = field('sidans språk: sv, en, fi (finska) eller fit (meänkieli)');

/** A public page in HTML: the answer to every form here. */
export const PublicPage = fileAnswer('text/html', 'Sidan / The page');

export const SubscribeForm = z
  .object({
    kommun: field('kommunens adress (slug), t.ex. kalix'),
    email: field('e-postadressen som ska få nyheterna'),
    lang,
  })
  .nullish();
export type SubscribeForm = z.infer<typeof SubscribeForm>;

/** Confirming or ending a subscription: the token from the mailed link, in the form or in the address. */
export const TokenForm = z
  .object({
    token: field('nyckeln från länken i e-posten'),
    lang,
  })
  .nullish();
export type TokenForm = z.infer<typeof TokenForm>;

export const TokenQuery = z.object({
  token: field('nyckeln från länken i e-posten (RFC 8058: avsluta med ett klick)'),
  lang,
});
export type TokenQuery = z.infer<typeof TokenQuery>;

export const SurveyRefParams = z.object({ ref: z.string().describe('enkätens publika id eller adress') });
export const SurveyQuery = z.object({ lang: field('svarsspråk: en av enkätens språk'), kod: field('svarskod') });

/**
 * A survey answer as the form sends it: one field per question, named by
 * the question's id (a choice, a number or a text; several values for a
 * question with many choices), and `code` for a survey answered with codes.
 */
export const SurveyAnswerForm = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .nullish()
  .describe('ett fält per fråga (frågans id), och code för svarskoden');
export type SurveyAnswerForm = z.infer<typeof SurveyAnswerForm>;
