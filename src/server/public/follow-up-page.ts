/** One published follow-up as its own page: the verdict per promise in words, summary and next steps. */
import type { PublicFollowUp, PublicFollowUpItem } from '../../app/public/follow-ups.ts';
import type { PublicKommun } from '../../app/public/published.ts';
import type { Verdict } from '../../domain/follow-up.ts';
import { followUpHeadline, statusWord } from '../../domain/progress/status.ts';
import { PUBLIC_STRINGS, type PublicLocale } from '../../i18n/public.ts';
import { joinTitle } from '../../domain/reader-text.ts';
import { figureText } from '../../domain/progress/figure.ts';
import { html, raw, type Raw } from './html.ts';
import { page, withLang } from './layout.ts';
import { longDate } from './promise-section.ts';
import { followUpLabel } from '../../app/public/words.ts';
import { paragraphs } from './kommun-page.ts';
import { itemKey, shownText, type Translations } from '../../domain/translations/index.ts';
import { SectionTexts } from './translated.ts';

export const verdictWord = (v: Verdict, locale: PublicLocale) => statusWord(v, locale);

function item(i: PublicFollowUpItem, locale: PublicLocale, texts: SectionTexts): Raw {
  const t = PUBLIC_STRINGS[locale];
  return html`<li class="commitment verdict-${i.verdict}"><p>${texts.text(itemKey.what(i.commitmentId), i.text)}</p>
<p class="status"><strong>${t.verdict}: ${verdictWord(i.verdict, locale)}</strong></p>
<p class="meta">${figureText(i, i.target, locale)}</p>
${i.comment ? html`<p class="meta">${t.comment}: ${texts.text(itemKey.comment(i.commitmentId), i.comment)}</p>` : ''}</li>`;
}

/** A focus area is named by its title here: its translation is the one written for that Swedish title. */
function focusAreaKeys(translations: Translations): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [item, byLang] of translations) {
    if (!item.startsWith('focusArea:')) continue;
    for (const t of Object.values(byLang)) if (t) keys.set(t.source.trim(), item);
  }
  return keys;
}

/** The promises under their focus areas, in the reader's language where translated; the note once if any is in Swedish. */
function perPromise(f: PublicFollowUp, locale: PublicLocale): Raw {
  const texts = new SectionTexts(new Map([...f.translations.promiseSet, ...f.translations.followUp]), locale);
  const areaKeys = focusAreaKeys(f.translations.promiseSet);
  const areas = [...new Set(f.items.map((i) => i.focusArea))];
  const list = html`${areas.map(
    (
      area,
    ) => html`<h3>${area ? texts.text(areaKeys.get(area.trim()) ?? `focusArea:${area}`, area) : PUBLIC_STRINGS[locale].ourPromises}</h3>
<ul class="commitments">${f.items.filter((i) => i.focusArea === area).map((i) => item(i, locale, texts))}</ul>`,
  )}`;
  const t = PUBLIC_STRINGS[locale];
  return html`<section aria-labelledby="lofte-for-lofte"><h2 id="lofte-for-lofte">${t.perPromise}</h2>${texts.note()}${list}</section>`;
}

function textSection(
  id: string,
  heading: string,
  text: string | null,
  item: string,
  f: PublicFollowUp,
  locale: PublicLocale,
): Raw {
  if (!text?.trim()) return html``;
  const texts = new SectionTexts(f.translations.followUp, locale);
  const shown = texts.shown(item, text.trim());
  const body = shown.swedish ? html`<div lang="sv">${paragraphs(shown.text)}</div>` : paragraphs(shown.text);
  return html`<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${texts.note()}${body}</section>`;
}

export function followUpPage(
  kommun: PublicKommun,
  f: PublicFollowUp,
  locale: PublicLocale,
  baseUrl: string,
  pdf: boolean,
  languages?: readonly PublicLocale[],
): string {
  const t = PUBLIC_STRINGS[locale];
  // The promise's title as translated by staff, else its Swedish (a name: marked, no note).
  const setTitle = f.promiseSetTitle ? shownText(f.translations.promiseSet, 'title', f.promiseSetTitle, locale) : null;
  const label = followUpLabel(f, locale);
  const path = `/kommun/${kommun.slug}/uppfoljning/${f.id}`;
  const sharePath = `/kommun/${kommun.slug}/dela/uppfoljning/${f.id}`;
  const title = `${t.followUpTitle(label)} – ${kommun.name}`;
  const head = html`<meta property="og:title" content="${title}">
<meta property="og:image" content="${baseUrl}${sharePath}.png">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">`;
  const body = html`<p class="breadcrumb"><a href="${withLang(`/kommun/${kommun.slug}`, locale)}">${t.backTo(kommun.name)}</a></p>
<h1>${t.followUpTitle(label)}</h1>
<p class="lead"${setTitle?.swedish ? raw(' lang="sv"') : null}>${joinTitle([kommun.name, setTitle?.text])}</p>
<p class="period">${t.period}: ${longDate(f.period.from, locale)} – ${longDate(f.period.to, locale)}. ${t.published} ${longDate(f.publishedAt, locale)}.</p>
<p class="result"><strong>${followUpHeadline(f.counts, locale)}</strong></p>
${textSection('sammanfattning', t.summary, f.summary, 'summary', f, locale)}
${textSection('ni-sa', t.citizensSaid, f.citizensSaid, 'citizensSaid', f, locale)}
${perPromise(f, locale)}
${textSection('nasta-steg', t.nextSteps, f.nextSteps, 'nextSteps', f, locale)}
<ul class="links">
<li><a href="${withLang(sharePath, locale)}">${t.shareLink}</a></li>
${pdf ? html`<li><a href="${path}.pdf">${label} ${t.asPdf}</a></li>` : ''}
</ul>`;
  return page({ locale, title, path, head, languages, body });
}
