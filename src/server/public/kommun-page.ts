/** The public kommun page: ni sa – vi lovade – vi gjorde, the follow-ups, and ways to follow the work. */
import type { EndedPromise, KommunPageView } from '../../app/public/kommun.ts';
import { periodYears } from '../../domain/promise-timing.ts';
import type { CitizenVoice } from '../../app/public/citizen-voices.ts';
import type { PublicFollowUpSummary } from '../../app/public/follow-ups.ts';
import { PUBLIC_STRINGS, sharedLocale, type PublicLocale } from '../../i18n/public.ts';
import { followUpHeadline } from '../../domain/progress/status.ts';
import { html, type Raw } from './html.ts';
import { page, withLang } from './layout.ts';
import { commitmentList, longDate, promiseHeader, promiseSection } from './promise-section.ts';
import { followUpLabel } from '../../app/public/words.ts';
import type { Translations } from './translated.ts';
import { outcomesSection } from './outcomes-section.ts';

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
<figcaption>${locale === 'en' ? v.titleEn : locale === 'sv' ? v.title : html`<span lang="sv">${v.title}</span>`}${v.date ? html`, ${longDate(v.date, locale)}` : ''}${
          v.href ? html` – <a href="${withLang(v.href, locale)}">${t.readMore}</a>` : ''
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
  level: 3 | 4 = 3,
): Raw {
  const t = PUBLIC_STRINGS[locale];
  if (!followUps.length) return html`<p>${t.noFollowUps}</p>`;
  const h = String(level);
  return html`<ul class="followups">${followUps.map((f) => {
    const path = `/kommun/${slug}/uppfoljning/${f.id}`;
    return html`<li><h${h}><a href="${withLang(path, locale)}">${followUpLabel(f, locale)}</a></h${h}>
<p>${followUpHeadline(f.counts, locale)}. ${t.published} ${longDate(f.publishedAt, locale)}.</p>${
      pdf ? html`<p><a href="${path}.pdf">${followUpLabel(f, locale)} ${t.asPdf}</a></p>` : ''
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

/** What is promised now: the current promise(s) with progress, or a plain statement that there is none. */
function currentSection(view: KommunPageView, locale: PublicLocale): Raw {
  const t = PUBLIC_STRINGS[locale];
  const sets = view.current.map(
    (p) =>
      html`${promiseSection(p.set, locale, {
        progress: view.progress,
        at: view.at,
        headingLevel: 3,
        translations: view.translations.get(p.set.id),
      })}${outcomesSection(p.set.id, view.outcomes.get(p.set.id)?.[sharedLocale(locale)], locale)}`,
  );
  const none = html`<p class="no-current">${t.noCurrentPromise(view.kommun.name)}${
    view.coming.length ? html` ${t.noCurrentSeeComing}` : ''
  }${view.ended.length ? html` ${t.noCurrentSeeEarlier}` : ''}</p>`;
  return html`<section aria-labelledby="vi-lovade"><h2 id="vi-lovade">${t.promisedHeading}</h2>
${sets.length ? sets : none}
</section>`;
}

function comingSection(view: KommunPageView, locale: PublicLocale): Raw {
  const t = PUBLIC_STRINGS[locale];
  if (!view.coming.length) return html``;
  return html`<section aria-labelledby="kommande"><h2 id="kommande">${t.comingHeading}</h2>
${view.coming.map(
  // Folded, like an ended promise's, so the promise in force stays what the page is about.
  (p) => html`<section class="promise-set coming" aria-labelledby="ps-${p.set.id}">
${promiseHeader(p.set, locale, 3, 'coming', view.translations.get(p.set.id))}
<details><summary>${t.whatWePromise(countCommitments(p.set))}</summary>
${commitmentList(p.set, locale, 3, undefined, undefined, view.translations.get(p.set.id))}
</details>
</section>`,
)}
</section>`;
}

const countCommitments = (set: EndedPromise['published']['set']) =>
  set.focusAreas.reduce((n, a) => n + a.commitments.length, 0);

/** An ended promise: its period in the past tense, its final result, its follow-ups, and what it promised (folded). */
function endedPromise(
  e: EndedPromise,
  slug: string,
  locale: PublicLocale,
  pdf: boolean,
  translations?: Translations,
): Raw {
  const t = PUBLIC_STRINGS[locale];
  const { set } = e.published;
  const { result } = e;
  const years = periodYears(set.period ?? null);
  const source =
    result.source === 'follow-up' && result.followUp
      ? html`${t.finalFromFollowUp} <a href="${withLang(`/kommun/${slug}/uppfoljning/${result.followUp.id}`, locale)}">${
          locale === 'sv' || locale === 'en'
            ? followUpLabel(result.followUp, locale).toLowerCase()
            : followUpLabel(result.followUp, locale)
        }</a>.`
      : html`${t.finalCounted}`;
  return html`<section class="promise-set ended" aria-labelledby="ps-${set.id}">
${promiseHeader(set, locale, 3, 'ended', translations)}
<p class="final-result"><strong>${t.finalResult(years, followUpHeadline(result.counts, locale))}</strong></p>
<p class="meta">${source}</p>
${e.followUps.length ? followUpList(slug, e.followUps, locale, pdf, 4) : ''}
<details><summary>${t.whatWePromised(countCommitments(set))}</summary>
${commitmentList(set, locale, 3, undefined, undefined, translations)}
</details>
</section>`;
}

function earlierSection(view: KommunPageView, locale: PublicLocale, pdf: boolean): Raw {
  const t = PUBLIC_STRINGS[locale];
  if (!view.ended.length) return html``;
  return html`<section aria-labelledby="tidigare"><h2 id="tidigare">${t.earlierHeading}</h2>
${view.ended.map((e) => endedPromise(e, view.kommun.slug, locale, pdf, view.translations.get(e.published.set.id)))}
</section>`;
}

function activeBody(view: KommunPageView, locale: PublicLocale, baseUrl: string, pdf: boolean): Raw {
  const t = PUBLIC_STRINGS[locale];
  const { kommun } = view;
  const toc: [string, string][] = [
    ['ni-sa', t.citizensHeading],
    ['vi-lovade', t.promisedHeading],
    ...(view.coming.length ? [['kommande', t.comingHeading] as [string, string]] : []),
    ['uppfoljningar', t.followUpsHeading],
    ...(view.ended.length ? [['tidigare', t.earlierHeading] as [string, string]] : []),
    ['folj', t.followHeading],
  ];
  return html`<h1>${kommun.name}</h1>
<p class="tagline">${t.tagline}</p>
<p class="lead">${t.kommunIntro(kommun.name)}</p>
${view.lastUpdated ? html`<p class="updated">${t.lastUpdated}: <time datetime="${view.lastUpdated}">${longDate(view.lastUpdated, locale)}</time></p>` : ''}
<nav class="toc" aria-label="${t.onThisPage}"><ul>${toc.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
${voicesSection(view.voices, locale)}
${currentSection(view, locale)}
${comingSection(view, locale)}
<section aria-labelledby="uppfoljningar"><h2 id="uppfoljningar">${t.followUpsHeading}</h2>
${followUpList(kommun.slug, view.followUps, locale, pdf)}
</section>
${earlierSection(view, locale, pdf)}
${followSection(view, locale, baseUrl)}`;
}

/** `languages`: what the kommun's pages are offered in (app/public-languages: the switch on or off). */
export function kommunPage(
  view: KommunPageView,
  locale: PublicLocale,
  baseUrl: string,
  pdf: boolean,
  languages?: readonly PublicLocale[],
): string {
  const t = PUBLIC_STRINGS[locale];
  const { kommun } = view;
  const path = `/kommun/${kommun.slug}`;
  if (!kommun.active) {
    return page({
      locale,
      title: kommun.name,
      path,
      languages,
      body: html`<h1>${kommun.name}</h1><p class="lead">${t.notUsing(kommun.name)}</p><p><a href="${withLang('/', locale)}">${t.backHome}</a></p>`,
    });
  }
  const head = html`<link rel="alternate" type="application/atom+xml" title="${t.feedLink} ${kommun.name}" href="${path}/flode.atom">`;
  return page({ locale, title: kommun.name, path, head, languages, body: activeBody(view, locale, baseUrl, pdf) });
}
