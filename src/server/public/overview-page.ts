/** The national page and the LPO page: every kommun's promises and how they stand, and what is most often promised. */
import { statusWord } from '../../domain/progress/status.ts';
import type { OverviewView } from '../../app/public/overview.ts';
import type { CommitmentStatus } from '../../domain/progress/index.ts';
import { PUBLIC_STRINGS, type PublicLocale } from '../../i18n/public.ts';
import { html, type Raw } from './html.ts';
import { page, withLang } from './layout.ts';
import { longDate } from './promise-section.ts';

const STATUS_ORDER: CommitmentStatus[] = ['met', 'on_track', 'at_risk', 'missed', 'not_measurable'];

function statusTable(view: OverviewView, locale: PublicLocale): Raw {
  const t = PUBLIC_STRINGS[locale];
  const rows = view.rows.map((r) => {
    const name =
      r.kommun.active || r.set
        ? html`<a href="${withLang(`/kommun/${r.kommun.slug}`, locale)}">${r.kommun.name}</a>`
        : html`${r.kommun.name}`;
    if (!r.set) {
      // A kommun whose promise ended says so, not "nothing published", and never shows the old numbers as current.
      const none = r.lastEnded
        ? html`${t.noCurrentSet}${r.lastEnded.endedOn ? html` (${t.lastEnded(longDate(r.lastEnded.endedOn, locale))})` : ''}`
        : t.noPublishedSet;
      return html`<tr><th scope="row">${name}</th><td colspan="${STATUS_ORDER.length + 2}">${none}</td></tr>`;
    }
    return html`<tr><th scope="row">${name}</th><td>${r.set.title ?? t.promisesHeading}</td><td>${r.commitments}</td>${STATUS_ORDER.map(
      (s) => html`<td>${r.counts[s]}</td>`,
    )}</tr>`;
  });
  return html`<div class="table-wrap" role="region" aria-labelledby="status-caption" tabindex="0"><table class="status-table">
<caption id="status-caption">${t.tableCaption}</caption>
<thead><tr><th scope="col">${t.kommunCol}</th><th scope="col">${t.setCol}</th><th scope="col">${t.countCol}</th>${STATUS_ORDER.map(
    (s) => html`<th scope="col">${statusWord(s, locale)}</th>`,
  )}</tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

function themesTable(view: OverviewView, locale: PublicLocale): Raw {
  const t = PUBLIC_STRINGS[locale];
  if (!view.themes.length) return html`<p>${t.noThemes}</p>`;
  return html`<p>${t.themesExplain}</p>
<div class="table-wrap" role="region" aria-labelledby="themes-caption" tabindex="0"><table class="themes-table">
<caption id="themes-caption">${t.themesCaption}</caption>
<thead><tr><th scope="col">${t.themeCol}</th><th scope="col">${t.themeCount}</th><th scope="col">${t.themeKommuner}</th><th scope="col">${t.themeWords}</th></tr></thead>
<tbody>${view.themes.map((c) => html`<tr><th scope="row"${locale === 'en' || locale === 'sv' ? '' : html` lang="sv"`}>${locale === 'en' ? c.theme.en : c.theme.sv}</th><td>${c.commitments}</td><td>${c.kommuner}</td><td lang="sv">${c.theme.stems.join(', ')}</td></tr>`)}</tbody>
</table></div>`;
}

export function overviewPage(input: {
  view: OverviewView;
  locale: PublicLocale;
  path: string;
  title: string;
  intro: string;
  extra?: Raw;
}): string {
  const { view, locale } = input;
  const t = PUBLIC_STRINGS[locale];
  const body = html`<h1>${input.title}</h1>
<p class="lead">${input.intro}</p>
<p>${t.totalsLine(view.totals.kommuner, view.totals.commitments)}</p>
<section aria-labelledby="kommuner"><h2 id="kommuner">${t.promisesHeading}</h2>${statusTable(view, locale)}</section>
<section aria-labelledby="vanligast"><h2 id="vanligast">${t.mostPromised}</h2>${themesTable(view, locale)}</section>
${input.extra}`;
  return page({ locale, title: input.title, path: input.path, body });
}

export function policeAreaLinks(areas: { name: string; slug: string }[], locale: PublicLocale): Raw {
  const t = PUBLIC_STRINGS[locale];
  if (!areas.length) return html``;
  return html`<section aria-labelledby="lpo"><h2 id="lpo">${t.policeAreas}</h2>
<ul>${areas.map((a) => html`<li><a href="${withLang(`/lpo/${a.slug}`, locale)}">${a.name}</a></li>`)}</ul></section>`;
}
