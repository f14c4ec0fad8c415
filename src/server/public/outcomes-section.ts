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
import type { PublicLocale } from '../../i18n/public.ts';
import { html, type Raw } from './html.ts';

function seriesTable(o: OutcomeView, locale: PublicLocale, id: string): Raw {
  const t = PUBLIC_OUTCOME_STRINGS[locale];
  if (!o.series.length) return html``;
  return html`<div class="table-scroll" role="region" aria-labelledby="${id}-cap" tabindex="0"><table>
<caption id="${id}-cap">${t.table(o.title)}</caption>
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
<p class="meta">${t.intro}</p>
<ul class="outcome-list">${outcomes.map(
    (
      o,
      i,
    ) => html`<li><h${sub}>${o.title} <span class="verdict" data-verdict="${o.verdict}">${t.verdict[o.verdict]}</span>${
      o.demo ? html` <span class="verdict">${t.demo}</span>` : ''
    }</h${sub}>
<p>${o.sentence}</p>${
      o.caveats.length
        ? html`<p class="meta">${t.caveats}:</p><ul>${o.caveats.map((c) => html`<li>${c}</li>`)}</ul>`
        : ''
    }
<details><summary>${t.table(o.title)}</summary>${seriesTable(o, locale, `${id}-${i}`)}</details></li>`,
  )}</ul></section>`;
}
