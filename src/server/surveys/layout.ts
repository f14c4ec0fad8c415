/** The frame of the public survey pages: the site header, a switch between the survey's languages, the page. */
import { PUBLIC_STRINGS } from '../../i18n/public.ts';
import { SURVEY_STRINGS } from '../../i18n/surveys.ts';
import type { SurveyLanguage } from '../../domain/surveys/types.ts';
import { html, raw, type Raw } from '../public/html.ts';

export interface SurveyPageInput {
  lang: SurveyLanguage;
  title: string;
  /** Path of this page without query, for the language switch. */
  path: string;
  /** The survey's languages; the switch is shown when there is more than one. */
  languages: readonly SurveyLanguage[];
  body: Raw;
}

const withLang = (path: string, lang: SurveyLanguage) => (lang === 'sv' ? path : `${path}?lang=${lang}`);

function languageSwitch(input: SurveyPageInput): Raw | null {
  if (input.languages.length < 2) return null;
  const t = SURVEY_STRINGS[input.lang];
  return html`<nav aria-label="${t.languages}" class="language-switch"><ul>${input.languages.map((l) =>
    l === input.lang
      ? html`<li><a href="${withLang(input.path, l)}" lang="${l}" hreflang="${l}" aria-current="page">${SURVEY_STRINGS[l].languageName}</a></li>`
      : html`<li><a href="${withLang(input.path, l)}" lang="${l}" hreflang="${l}">${SURVEY_STRINGS[l].languageName}</a></li>`,
  )}</ul></nav>`;
}

export function surveyPage(input: SurveyPageInput): string {
  const site = PUBLIC_STRINGS[input.lang === 'en' ? 'en' : 'sv'];
  // The site's own words exist in Swedish and English; on a Finnish or Meänkieli page they are marked as Swedish.
  const siteLang = input.lang === 'en' ? 'en' : 'sv';
  const mark = siteLang === input.lang ? null : raw(` lang="${siteLang}"`);
  return (
    '<!doctype html>\n' +
    html`<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${input.title} – ${site.siteName}</title>
<link rel="stylesheet" href="/static/public.css">
<link rel="stylesheet" href="/static/survey.css">
</head>
<body>
<a class="skip" href="#main"${mark}>${site.skipToContent}</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/"${mark}>${site.siteName}</a>
    ${languageSwitch(input)}
  </div>
</header>
<main id="main" class="wrap survey">
${input.body}
</main>
<footer class="site-footer"><div class="wrap"><p${mark}>${site.footer}</p></div></footer>
</body>
</html>`.value
  );
}
