/** The public kommun page: ni sa – vi lovade – vi gjorde, the follow-ups, and ways to follow the work. */
import type { KommunPageView } from '../../app/public/kommun.ts';
import type { CitizenVoice } from '../../app/public/citizen-voices.ts';
import type { PublicFollowUpSummary } from '../../app/public/follow-ups.ts';
import { PUBLIC_STRINGS, type PublicLocale } from '../../i18n/public.ts';
import { html, type Raw } from './html.ts';
import { page, withLang } from './layout.ts';
import { longDate, promiseSection } from './promise-section.ts';

/** Text people wrote, paragraph by paragraph. */
export function paragraphs(text: string): Raw {
  return html`${text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)}`;
}

function voicesSection(voices: CitizenVoice[], locale: PublicLocale): Raw {
  const t = PUBLIC_STRINGS[locale];
  const list = voices.length
    ? voices.map(
        (v) => html`<figure class="voice"><blockquote>${paragraphs(v.text)}</blockquote>
<figcaption>${locale === 'sv' ? v.title : v.titleEn}${v.date ? html`, ${longDate(v.date, locale)}` : ''}${
          v.href ? html` – <a href="${withLang(v.href, locale)}">${locale === 'sv' ? 'läs mer' : 'read more'}</a>` : ''
        }</figcaption></figure>`,
      )
    : html`<p>${t.citizensEmpty}</p>`;
  return html`<section aria-labelledby="ni-sa"><h2 id="ni-sa">${t.citizensHeading}</h2>${list}</section>`;
}

export function followUpList(
  slug: string,
  followUps: PublicFollowUpSummary[],
  locale: PublicLocale,
  pdf: boolean,
): Raw {
  const t = PUBLIC_STRINGS[locale];
  if (!followUps.length) return html`<p>${t.noFollowUps}</p>`;
  return html`<ul class="followups">${followUps.map((f) => {
    const path = `/kommun/${slug}/uppfoljning/${f.id}`;
    return html`<li><h3><a href="${withLang(path, locale)}">${locale === 'sv' ? f.label : f.labelEn}</a></h3>
<p>${t.metOf(f.counts.uppfyllt, f.total)}. ${t.published} ${longDate(f.publishedAt, locale)}.</p>${
      pdf ? html`<p><a href="${path}.pdf">${locale === 'sv' ? f.label : f.labelEn} ${t.asPdf}</a></p>` : ''
    }</li>`;
  })}</ul>`;
}

function followSection(view: KommunPageView, locale: PublicLocale, baseUrl: string): Raw {
  const t = PUBLIC_STRINGS[locale];
  const { slug, name, code } = view.kommun;
  const snippet = `<div data-medborgarlofte="${slug}" data-title="${t.promisesHeading}: ${name}"></div>\n<script src="${baseUrl}/inbaddning/lofte.js" async></script>`;
  return html`<section aria-labelledby="folj"><h2 id="folj">${t.followHeading}</h2>
<h3>${t.subscribeHeading}</h3>
<form method="post" action="/prenumeration" class="subscribe">
<input type="hidden" name="kommun" value="${slug}"><input type="hidden" name="lang" value="${locale}">
<label for="sub-email">${t.emailLabel}</label>
<p id="sub-help" class="meta">${t.subscribeHelp}</p>
<input id="sub-email" name="email" type="email" autocomplete="email" required aria-describedby="sub-help">
<button type="submit">${t.subscribeButton}</button>
</form>
<p><a href="/kommun/${slug}/flode.atom">${t.feedLink} ${name}</a></p>
<h3>${t.openData}</h3>
<p>${t.openDataLinks}</p>
<ul>
<li><a href="/oppna-data/kommun/${code}/medborgarlofte.json">medborgarlofte.json</a> (JSON, medborgarlofte/v1)</li>
<li><a href="/oppna-data/kommun/${code}/medborgarlofte.csv">medborgarlofte.csv</a> (CSV)</li>
</ul>
<h3>${t.embedHeading}</h3>
<p>${t.embedHelp}</p>
<pre class="code"><code>${snippet}</code></pre>
</section>`;
}

function activeBody(view: KommunPageView, locale: PublicLocale, baseUrl: string, pdf: boolean): Raw {
  const t = PUBLIC_STRINGS[locale];
  const { kommun, published } = view;
  const toc = [
    ['ni-sa', t.citizensHeading],
    ['vi-lovade', t.promisedHeading],
    ['uppfoljningar', t.followUpsHeading],
    ['folj', t.followHeading],
  ];
  return html`<h1>${kommun.name}</h1>
<p class="tagline">${t.tagline}</p>
<p class="lead">${t.kommunIntro(kommun.name)}</p>
${view.lastUpdated ? html`<p class="updated">${t.lastUpdated}: <time datetime="${view.lastUpdated}">${longDate(view.lastUpdated, locale)}</time></p>` : ''}
<nav class="toc" aria-label="${t.onThisPage}"><ul>${toc.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
${voicesSection(view.voices, locale)}
<section aria-labelledby="vi-lovade"><h2 id="vi-lovade">${t.promisedHeading}</h2>
${published ? promiseSection(published.set, locale, view.progress, view.at, 3) : html`<p>${t.noPromises}</p>`}
</section>
<section aria-labelledby="uppfoljningar"><h2 id="uppfoljningar">${t.followUpsHeading}</h2>
${followUpList(kommun.slug, view.followUps, locale, pdf)}
</section>
${followSection(view, locale, baseUrl)}`;
}

export function kommunPage(view: KommunPageView, locale: PublicLocale, baseUrl: string, pdf: boolean): string {
  const t = PUBLIC_STRINGS[locale];
  const { kommun } = view;
  const path = `/kommun/${kommun.slug}`;
  if (!kommun.active) {
    return page({
      locale,
      title: kommun.name,
      path,
      body: html`<h1>${kommun.name}</h1><p class="lead">${t.notUsing(kommun.name)}</p><p><a href="${withLang('/', locale)}">${t.backHome}</a></p>`,
    });
  }
  const head = html`<link rel="alternate" type="application/atom+xml" title="${t.feedLink} ${kommun.name}" href="${path}/flode.atom">`;
  return page({ locale, title: kommun.name, path, head, body: activeBody(view, locale, baseUrl, pdf) });
}
