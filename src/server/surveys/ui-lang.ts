/**
 * Marking the page's own words with their language where it differs from
 * the page's (a Meänkieli page whose buttons are still in Swedish), so
 * screen readers pronounce them right (WCAG 3.1.2, language of parts).
 */
import type { SurveyLanguage } from '../../domain/surveys/types.ts';
import { UI_LANG } from '../../i18n/surveys.ts';
import { html, raw, type Raw } from '../public/html.ts';

/** ` lang="sv"` when the page's own words are not in the page language; nothing otherwise. */
export function uiMark(lang: SurveyLanguage): Raw | null {
  return UI_LANG[lang] === lang ? null : raw(` lang="${UI_LANG[lang]}"`);
}

/** A phrase of the page's own words, wrapped in a marked span only when it needs one. */
export function ui(lang: SurveyLanguage, text: string): Raw | string {
  const mark = uiMark(lang);
  return mark ? html`<span${mark}>${text}</span>` : text;
}
