/** The frame of the public survey pages: the site header, a switch between the survey's languages, the page. */
import { PUBLIC_STRINGS } from '../../i18n/public.ts';
import type { SurveyLanguage } from '../../domain/surveys/types.ts';
import { html, type Raw } from '../public/html.ts';
import { alternates, languageSwitch as publicLanguageSwitch } from '../public/layout.ts';

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

/** The switch between the survey's languages (the public site's switch), when it has more than one. */
function languageSwitch(input: SurveyPageInput): Raw | null {
  if (input.languages.length < 2) return null;
  return publicLanguageSwitch(input.lang, input.languages, (l) => withLang(input.path, l));
}

export function surveyPage(input: SurveyPageInput): string {
  // The site's own words exist in all four languages (i18n/public/), so none needs a lang of its own.
  const site = PUBLIC_STRINGS[input.lang];
  const others = input.languages.length > 1 ? alternates(input.languages, (l) => withLang(input.path, l)) : '';
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
${others}</head>
<body>
<a class="skip" href="#main">${site.skipToContent}</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/">${site.siteName}</a>
    ${languageSwitch(input)}
  </div>
</header>
<main id="main" class="wrap survey">
${input.body}
</main>
<footer class="site-footer"><div class="wrap"><p>${site.footer}</p></div></footer>
</body>
</html>`.value
  );
}
