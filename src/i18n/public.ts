/**
 * Words on the public pages: one catalogue per language in public/
 * (Swedish first, then English, Finnish and Meänkieli). Swedish is the
 * source every other catalogue is typed by; test/public/catalogue.test.ts
 * checks that no language lacks a key or has one too many.
 */
import { en } from './public/en.ts';
import { fi } from './public/fi.ts';
import { fit } from './public/fit.ts';
import { type PublicCatalogue, sv } from './public/sv.ts';

/** The languages of the public side, in the order the language switch lists them. */
export const PUBLIC_LOCALES = ['sv', 'en', 'fi', 'fit'] as const;
export type PublicLocale = (typeof PUBLIC_LOCALES)[number];
export type { PublicCatalogue };

export const PUBLIC_CATALOGUES: Readonly<Record<PublicLocale, PublicCatalogue>> = Object.freeze({ sv, en, fi, fit });

export type PublicStrings = PublicCatalogue['page'];
export type SubscriptionStrings = PublicCatalogue['subscription'];

export const PUBLIC_STRINGS: Record<PublicLocale, PublicStrings> = {
  sv: sv.page,
  en: en.page,
  fi: fi.page,
  fit: fit.page,
};

/** The e-mail subscription pages. */
export const SUBSCRIPTION_STRINGS: Record<PublicLocale, SubscriptionStrings> = {
  sv: sv.subscription,
  en: en.subscription,
  fi: fi.subscription,
  fit: fit.subscription,
};

export function isPublicLocale(raw: unknown): raw is PublicLocale {
  return typeof raw === 'string' && (PUBLIC_LOCALES as readonly string[]).includes(raw);
}

/** The language asked for in ?lang=; Swedish when none or an unknown one is asked for. */
export function publicLocale(raw: unknown): PublicLocale {
  return isPublicLocale(raw) ? raw : 'sv';
}

/**
 * The language of words that so far exist only in Swedish and English
 * (status words, figures, outcome titles): Finnish and Meänkieli pages show
 * them in Swedish, marked lang="sv" (see langAttr).
 */
export function sharedLocale(locale: PublicLocale): 'sv' | 'en' {
  return locale === 'en' ? 'en' : 'sv';
}
