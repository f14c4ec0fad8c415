import { PUBLIC_CATALOGUES, PUBLIC_LOCALES, PUBLIC_STRINGS, type PublicLocale } from '../../i18n/public.ts';
import { html, type Raw } from './html.ts';

export interface PageInput {
  locale: PublicLocale;
  title: string;
  /** Path of this page without query, for the language switch. */
  path: string;
  body: Raw;
  /** Extra elements for <head> (feed links, share image). */
  head?: Raw;
  /** The language switch's target when the page needs more of its query than the language (e.g. a token). */
  switchHref?: (locale: PublicLocale) => string;
  /**
   * The languages the page is offered in (the kommun's choice, app/public-languages):
   * all four where the switch is on; Swedish and English (and the reader's own) otherwise.
   */
  languages?: readonly PublicLocale[];
}

/** A link inside the public site in the reader's language: ?lang=en, ?lang=fi, ?lang=fit; Swedish has none. */
export function withLang(path: string, locale: PublicLocale): string {
  if (locale === 'sv') return path;
  const [base, hash] = path.split('#') as [string, string | undefined];
  return `${base}${base.includes('?') ? '&' : '?'}lang=${locale}${hash ? `#${hash}` : ''}`;
}

/** The languages offered, in the switch's order, always with the one being read. */
function offered(locale: PublicLocale, languages: readonly PublicLocale[] = ['sv', 'en']): PublicLocale[] {
  return PUBLIC_LOCALES.filter((l) => l === locale || languages.includes(l));
}

/**
 * The language switch: a list of plain links (works without JavaScript),
 * each language named in itself and marked with its own lang, the one
 * being read marked aria-current.
 */
export function languageSwitch(
  locale: PublicLocale,
  languages: readonly PublicLocale[],
  hrefOf: (l: PublicLocale) => string,
): Raw {
  const t = PUBLIC_STRINGS[locale];
  return html`<nav class="language-switch" aria-label="${t.language}"><ul>${languages.map(
    (l) =>
      html`<li><a href="${hrefOf(l)}" lang="${l}" hreflang="${l}"${l === locale ? html` aria-current="true"` : ''}>${PUBLIC_CATALOGUES[l].languageName}</a></li>`,
  )}</ul></nav>`;
}

/** The same page in every offered language, for search engines and readers' tools. */
export function alternates(languages: readonly PublicLocale[], hrefOf: (l: PublicLocale) => string): Raw {
  return html`${languages.map(
    (l) => html`<link rel="alternate" hreflang="${l}" href="${hrefOf(l)}">
`,
  )}`;
}

export function page({ locale, title, path, body, head, switchHref, languages }: PageInput): string {
  const t = PUBLIC_STRINGS[locale];
  const shown = offered(locale, languages);
  const hrefOf = switchHref ?? ((l: PublicLocale) => withLang(path, l));
  return (
    '<!doctype html>\n' +
    html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${t.siteName}</title>
<link rel="stylesheet" href="/static/public.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${switchHref ? '' : alternates(shown, hrefOf)}${head}
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="${withLang('/', locale)}">${t.siteName}</a>
    <nav aria-label="${t.mainNav}">
      <ul>
        <li><a href="${withLang('/', locale)}">${t.start}</a></li>
        <li><a href="${withLang('/sverige', locale)}">${t.national}</a></li>
        <li><a href="${withLang('/oppna-data', locale)}">${t.openData}</a></li>
        <li><a href="/app/">${t.staffLogin}</a></li>
      </ul>
    </nav>
    ${languageSwitch(locale, shown, hrefOf)}
  </div>
</header>
<main id="main" class="wrap">
${body}
</main>
<footer class="site-footer"><div class="wrap"><p>${t.footer}</p></div></footer>
</body>
</html>`.value
  );
}

/** A page without the site's header and footer, for an iframe on the kommun's own website. */
export function embedPage({ locale, title, body }: Pick<PageInput, 'locale' | 'title' | 'body'>): string {
  const t = PUBLIC_STRINGS[locale];
  return (
    '<!doctype html>\n' +
    html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${t.siteName}</title>
<link rel="stylesheet" href="/static/public.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body class="embed">
<a class="skip" href="#main">${t.skipToContent}</a>
<main id="main">
${body}
</main>
</body>
</html>`.value
  );
}

export function notFoundPage(locale: PublicLocale): string {
  const t = PUBLIC_STRINGS[locale];
  return page({
    locale,
    title: t.notFoundTitle,
    path: '/',
    body: html`<h1>${t.notFoundTitle}</h1><p>${t.notFoundText}</p><p><a href="${withLang('/', locale)}">${t.backHome}</a></p>`,
  });
}

/** Shown when a form sent text that cannot be stored (NUL, a lone surrogate; HTTP 400). */
export function badTextPage(locale: PublicLocale): string {
  const t = PUBLIC_STRINGS[locale];
  return page({
    locale,
    title: t.badTextTitle,
    path: '/',
    body: html`<h1>${t.badTextTitle}</h1><p>${t.badTextText}</p><p><a href="${withLang('/', locale)}">${t.backHome}</a></p>`,
  });
}

/** Shown instead of a page while the database cannot be reached (HTTP 503). */
export function unavailablePage(locale: PublicLocale): string {
  const t = PUBLIC_STRINGS[locale];
  return page({
    locale,
    title: t.unavailableTitle,
    path: '/',
    body: html`<h1>${t.unavailableTitle}</h1><p>${t.unavailableText}</p>`,
  });
}
