/**
 * The answering page as a respondent will see it, for staff building the
 * survey: the same renderer as /enkat/<address>, whatever the survey's
 * status, under a band that says it is a preview. Its button sends
 * nothing, so no answer can come from here.
 */
import type { Survey } from '../../app/surveys/store.ts';
import { textIn, type SurveyLanguage } from '../../domain/surveys/types.ts';
import { longDay, SURVEY_STRINGS } from '../../i18n/surveys.ts';
import { html, raw } from '../public/html.ts';
import { surveyForm } from './form.ts';
import { surveyPage } from './layout.ts';
import { uiMark } from './ui-lang.ts';

const BAND = {
  sv: 'Förhandsvisning för er som bygger enkäten: så här ser svarssidan ut. Svar kan inte skickas härifrån.',
  en: 'Preview for those building the survey: this is how the answering page looks. Answers cannot be sent from here.',
};

export function previewPage(survey: Survey, lang: SurveyLanguage, path: string): string {
  const t = SURVEY_STRINGS[lang];
  const bandLang = lang === 'en' ? 'en' : 'sv';
  const mark = bandLang === lang ? null : raw(` lang="${bandLang}"`);
  const state = { lang, answers: {}, errors: [] };
  const body = html`<p class="privacy preview-band" role="note"${mark}><strong>${BAND[bandLang]}</strong></p>
<h1>${textIn(survey.title, lang)}</h1>
${survey.intro ? html`<p class="lead">${textIn(survey.intro, lang)}</p>` : null}
<p class="privacy"${uiMark(lang)}>${survey.access === 'codes' ? t.privacyCodes : t.privacy}</p>
${survey.closesOn ? html`<p class="deadline"${uiMark(lang)}>${t.openUntil(longDay(survey.closesOn, lang))}</p>` : null}
${surveyForm(survey.questions, state, path, survey.access === 'codes', true)}`;
  return surveyPage({ lang, title: textIn(survey.title, lang), path, languages: survey.languages, body });
}
