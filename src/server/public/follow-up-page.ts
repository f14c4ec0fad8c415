/** One published follow-up as its own page: the verdict per promise in words, summary and next steps. */
import type { PublicFollowUp, PublicFollowUpItem } from '../../app/public/follow-ups.ts';
import type { PublicKommun } from '../../app/public/published.ts';
import type { Verdict } from '../../domain/follow-up.ts';
import { followUpHeadline, statusWord } from '../../domain/progress/status.ts';
import { PUBLIC_STRINGS, type PublicLocale } from '../../i18n/public.ts';
import { joinTitle } from '../../domain/reader-text.ts';
import { figureText } from '../../domain/progress/figure.ts';
import { html, type Raw } from './html.ts';
import { page, withLang } from './layout.ts';
import { longDate } from './promise-section.ts';
import { paragraphs } from './kommun-page.ts';

export const verdictWord = (v: Verdict, locale: PublicLocale) => statusWord(v, locale);

function item(i: PublicFollowUpItem, locale: PublicLocale): Raw {
  const t = PUBLIC_STRINGS[locale];
  return html`<li class="commitment verdict-${i.verdict}"><p>${i.text}</p>
<p class="status"><strong>${t.verdict}: ${verdictWord(i.verdict, locale)}</strong></p>
<p class="meta">${figureText(i, i.target, locale)}</p>
${i.comment ? html`<p class="meta">${t.comment}: ${i.comment}</p>` : ''}</li>`;
}

function itemsByFocusArea(items: PublicFollowUpItem[], locale: PublicLocale): Raw {
  const areas = [...new Set(items.map((i) => i.focusArea))];
  return html`${areas.map(
    (area) => html`<h3>${area || (locale === 'sv' ? 'Våra löften' : 'Our promises')}</h3>
<ul class="commitments">${items.filter((i) => i.focusArea === area).map((i) => item(i, locale))}</ul>`,
  )}`;
}

function textSection(id: string, heading: string, text: string | null): Raw {
  if (!text?.trim()) return html``;
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${paragraphs(text)}</section>`;
}

export function followUpPage(
  kommun: PublicKommun,
  f: PublicFollowUp,
  locale: PublicLocale,
  baseUrl: string,
  pdf: boolean,
): string {
  const t = PUBLIC_STRINGS[locale];
  const label = locale === 'sv' ? f.label : f.labelEn;
  const path = `/kommun/${kommun.slug}/uppfoljning/${f.id}`;
  const sharePath = `/kommun/${kommun.slug}/dela/uppfoljning/${f.id}`;
  const title = `${t.followUpTitle(label)} – ${kommun.name}`;
  const head = html`<meta property="og:title" content="${title}">
<meta property="og:image" content="${baseUrl}${sharePath}.png">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`;
  const body = html`<p class="breadcrumb"><a href="${withLang(`/kommun/${kommun.slug}`, locale)}">${t.backTo(kommun.name)}</a></p>
<h1>${t.followUpTitle(label)}</h1>
<p class="lead">${joinTitle([kommun.name, f.promiseSetTitle])}</p>
<p class="period">${t.period}: ${longDate(f.period.from, locale)} – ${longDate(f.period.to, locale)}. ${t.published} ${longDate(f.publishedAt, locale)}.</p>
<p class="result"><strong>${followUpHeadline(f.counts, locale)}</strong></p>
${textSection('sammanfattning', t.summary, f.summary)}
${textSection('ni-sa', t.citizensSaid, f.citizensSaid)}
<section aria-labelledby="lofte-for-lofte"><h2 id="lofte-for-lofte">${t.perPromise}</h2>${itemsByFocusArea(f.items, locale)}</section>
${textSection('nasta-steg', t.nextSteps, f.nextSteps)}
<ul class="links">
<li><a href="${withLang(sharePath, locale)}">${t.shareLink}</a></li>
${pdf ? html`<li><a href="${path}.pdf">${label} ${t.asPdf}</a></li>` : ''}
</ul>`;
  return page({ locale, title, path, head, body });
}
