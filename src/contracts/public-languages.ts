/**
 * The kommun's language switch on its public pages (issue 18): whether the
 * pages offer Svenska, English, Suomi and Meänkieli, by default on inside
 * the administrative area for Finnish or Meänkieli and off outside it.
 */
import { z } from 'zod';

export const PUBLIC_LANGUAGE_CODES = ['sv', 'en', 'fi', 'fit'] as const;

export const PublicLanguagesParams = z.object({ id: z.uuid() });

export const PublicLanguagesBody = z.object({
  switchOn: z
    .boolean()
    .nullable()
    .describe('true: visa språkväljaren; false: visa den inte; null: som förvaltningsområdet säger'),
});
export type PublicLanguagesBody = z.infer<typeof PublicLanguagesBody>;

export const PublicLanguagesView = z.object({
  organisationId: z.uuid(),
  kommun: z.string(),
  /** The administrative areas the kommun is in: 'fi' (Finnish), 'fit' (Meänkieli). */
  areas: z.array(z.enum(['fi', 'fit'])),
  /** What the area decides when the kommun has made no choice of its own. */
  defaultOn: z.boolean(),
  /** The kommun's own choice, or null when it follows the default. */
  choice: z.boolean().nullable(),
  /** Whether the switch is shown now. */
  switchOn: z.boolean(),
  /** The languages the public pages offer now. */
  languages: z.array(z.enum(PUBLIC_LANGUAGE_CODES)),
});
export type PublicLanguagesView = z.infer<typeof PublicLanguagesView>;
