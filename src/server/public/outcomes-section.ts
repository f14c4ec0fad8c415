/**
 * The public "Har det gjort skillnad?" under a current promise: per outcome
 * indicator the verdict word, the sentence with counts and uncertainty, the
 * caveats and the numbers as a table (works without JavaScript; the table is
 * the chart for everyone).
 */
import type { OutcomeView } from '../../contracts/outcomes.ts';
import { formatNumber } from '../../domain/reader-text.ts';
import { shownValue } from '../../domain/outcomes/display.ts';
import { PUBLIC_OUTCOME_STRINGS } from '../../i18n/public-outcomes.ts';
import { PUBLIC_CATALOGUES, type PublicLocale } from '../../i18n/public.ts';
import { html, raw, type Raw } from './html.ts';

/**
 * The indicators' own words (title, sentence, caveats) exist in Swedish and
 * English; on a Finnish or Meänkieli page they are the Swedish, marked
 * lang="sv" so a screen reader switches voice, under the only-in-Swedish note.
 */
const inSwedish = (locale: PublicLocale) => locale === 'fi' || locale === 'fit';
const mark = (locale: PublicLocale) => (inSwedish(locale) ? raw(' lang="sv"') : null);
const own = (text: string, locale: PublicLocale): Raw | string =>
  inSwedish(locale) ? html`<span lang="sv">${text}</span>` : text;

/** "<title>: every year and survey" with the title marked as Swedish where it is. */
function tableTitle(o: OutcomeView, locale: PublicLocale): Raw {
  const [before, after] = PUBLIC_OUTCOME_STRINGS[locale].table('\u0000').split('\u0000') as [string, string];
  return html`${before}${own(o.title, locale)}${after}`;
}

function seriesTable(o: OutcomeView, locale: PublicLocale, id: string): Raw {
  const t = PUBLIC_OUTCOME_STRINGS[locale];
  if (!o.series.length) return html``;
  return html`<div class="table-scroll" role="region" aria-labelledby="${id}-cap" tabindex="0"><table>
<caption id="${id}-cap">${tableTitle(o, locale)}</caption>
<thead><tr><th scope="col">${t.period}</th><th scope="col">${t.value[o.kind]}</th><th scope="col">${t.n[o.kind]}</th></tr></thead>
<tbody>${o.series.map((s) => {
    const v = shownValue(o.kind, s.value);
    return html`<tr><th scope="row">${s.from === s.to ? s.from : `${s.from} – ${s.to}`}</th><td>${v === null ? '–' : formatNumber(v, locale)}</td><td>${formatNumber(s.n, locale)}</td></tr>`;
  })}</tbody></table></div>`;
}

export function outcomesSection(
  setId: string,
  outcomes: readonly OutcomeView[] | undefined,
  locale: PublicLocale,
  level: 3 | 4 = 4,
): Raw {
  if (!outcomes?.length) return html``;
  const t = PUBLIC_OUTCOME_STRINGS[locale];
  const h = String(level);
  const sub = String(level + 1);
  const id = `effekt-${setId}`;
  return html`<section class="outcomes" aria-labelledby="${id}"><h${h} id="${id}">${t.heading}</h${h}>
<p class="meta">${t.intro}</p>${inSwedish(locale) ? html`\n<p class="meta only-in-swedish">${PUBLIC_CATALOGUES[locale].onlyInSwedish}</p>` : ''}
<ul class="outcome-list">${outcomes.map(
    (
      o,
      i,
    ) => html`<li><h${sub}>${own(o.title, locale)} <span class="verdict" data-verdict="${o.verdict}">${t.verdict[o.verdict]}</span>${
      o.demo ? html` <span class="verdict">${t.demo}</span>` : ''
    }</h${sub}>
<p${mark(locale)}>${o.sentence}</p>${
      o.caveats.length
        ? html`<p class="meta">${t.caveats}:</p><ul${mark(locale)}>${o.caveats.map((c) => html`<li>${c}</li>`)}</ul>`
        : ''
    }
<details><summary>${tableTitle(o, locale)}</summary>${seriesTable(o, locale, `${id}-${i}`)}</details></li>`,
  )}</ul></section>`;
}
