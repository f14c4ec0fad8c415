/** A problem from the builder's shared rules (Swedish and English) as text in the app's language. */
import type { Localized } from '../i18n/i18n.tsx';
import type { Problem } from '../../domain/surveys/rules.ts';

export const fromProblem =
  (p: Problem): Localized =>
  (_t, lang) =>
    lang === 'en' ? p.en : p.sv;
