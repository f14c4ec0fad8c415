/** /oppna-data: what the open data is, where it lives, what its fields mean, and the licence. */
import { PUBLIC_CATALOGUES, sharedLocale, type PublicLocale } from '../../i18n/public.ts';
import { PUBLIC_STRINGS } from '../../i18n/public.ts';
import { OPEN_DATA_LICENCE } from '../../app/public/open-data.ts';
import { html, type Raw } from './html.ts';
import { page } from './layout.ts';

type Kommun = { name: string; code: string; slug: string };

const W = {
  sv: {
    intro: 'Det som polisen och kommunerna publicerar här är öppna data. Du får använda dem fritt, till vad som helst.',
    licence: 'Licens: CC0 1.0 – ingen upphovsrätt. Du behöver inte ange källan, men gör det gärna.',
    urls: 'Stabila adresser',
    json: 'det medborgarlöfte som gäller nu (finns inget, det kommande eller det senast avslutade) i formatet medborgarlofte/v1 (med id för fokusområden och åtaganden), med timing (current: gäller nu, coming: har inte börjat, ended: avslutat) och progress per åtagande-id: status, doneToDate (gjort hittills), requiredToDate (krav hittills), lastActivityDate och buckets (varje period med krav och utfall).',
    csv: 'samma löfte, en rad per åtagande: fokusområde; åtagande; ansvarig; mål; status; gjort; krav; räknat; senast gjort; id; löftet (gäller, kommande eller avslutat). Status, gjort och krav är det som står på kommunens sida; räknat säger vilken tid siffrorna gäller (till exempel ”under andra halvåret 2019” eller ”hittills i år”). UTF-8 med byte order mark och semikolon, så att Excel öppnar filen direkt.',
    feed: 'nyheter om kommunens löften och uppföljningar (Atom 1.0).',
    index: 'alla kommuner som har öppna data, med adresserna ovan.',
    cors: 'Alla adresser svarar med access-control-allow-origin: *, så att de kan läsas direkt från en annan webbplats.',
    statusHeading: 'Status',
    statuses: [
      ['met', 'uppfyllt'],
      ['on_track', 'i fas'],
      ['at_risk', 'ligger efter'],
      ['missed', 'ej uppfyllt'],
      ['not_measurable', 'följs upp i text, utan ett antal att räkna'],
    ],
    notHeading: 'Det här finns inte med',
    not: 'Bara publicerade medborgarlöften och publicerade uppföljningar. Aldrig anteckningar om enskilda insatser, vem som gjorde dem, personuppgifter eller sekretessbelagda uppgifter. Progress räknas fram till dagens datum.',
    listHeading: 'Kommuner med öppna data',
    none: 'Ingen kommun har publicerat ett medborgarlöfte ännu.',
    kommun: 'Kommun',
    code: 'Kommunkod',
    caption: 'Kommuner med öppna data och deras adresser',
  },
  en: {
    intro: 'What the police and the municipalities publish here is open data. You may use it freely, for anything.',
    licence: 'Licence: CC0 1.0 – no copyright. You need not name the source, but please do.',
    urls: 'Stable addresses',
    json: 'the citizen promise in force now (without one, the coming one or the one that ended last) in the format medborgarlofte/v1 (with ids of focus areas and commitments), with timing (current, coming or ended) and progress per commitment id: status, doneToDate, requiredToDate, lastActivityDate and buckets (each period with what was required and done).',
    csv: 'the same promise, one row per commitment: fokusområde; åtagande; ansvarig; mål; status; gjort; krav; räknat; senast gjort; id; löftet (focus area; commitment; responsible; target; status; done; required; the span they count; last done; id; the promise: gäller = in force, kommande = coming, avslutat = ended). Status, done and required are what the municipality’s page shows; the span says which time they count (for example “under andra halvåret 2019” or “hittills i år”). UTF-8 with a byte order mark and semicolons, so Excel opens it directly.',
    feed: 'news about the municipality’s promises and follow-ups (Atom 1.0).',
    index: 'every municipality with open data, with the addresses above.',
    cors: 'Every address answers with access-control-allow-origin: *, so it can be read directly from another website.',
    statusHeading: 'Status',
    statuses: [
      ['met', 'met'],
      ['on_track', 'on track'],
      ['at_risk', 'behind'],
      ['missed', 'not met'],
      ['not_measurable', 'followed up in writing, no number to count'],
    ],
    notHeading: 'What is not included',
    not: 'Only published citizen promises and published follow-ups. Never notes about single activities, who did them, personal data or confidential information. Progress is counted up to today.',
    listHeading: 'Municipalities with open data',
    none: 'No municipality has published a citizen promise yet.',
    kommun: 'Municipality',
    code: 'Municipality code',
    caption: 'Municipalities with open data and their addresses',
  },
};

function kommunTable(kommuner: Kommun[], locale: PublicLocale): Raw {
  const w = W[sharedLocale(locale)];
  if (!kommuner.length) return html`<p>${w.none}</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="od-caption" tabindex="0"><table>
<caption id="od-caption">${w.caption}</caption>
<thead><tr><th scope="col">${w.kommun}</th><th scope="col">${w.code}</th><th scope="col">JSON</th><th scope="col">CSV</th><th scope="col">Atom</th></tr></thead>
<tbody>${kommuner.map(
    (k) => html`<tr><th scope="row">${k.name}</th><td>${k.code}</td>
<td><a href="/oppna-data/kommun/${k.code}/medborgarlofte.json">JSON<span class="visually-hidden"> ${k.name}</span></a></td>
<td><a href="/oppna-data/kommun/${k.code}/medborgarlofte.csv">CSV<span class="visually-hidden"> ${k.name}</span></a></td>
<td><a href="/kommun/${k.slug}/flode.atom">Atom<span class="visually-hidden"> ${k.name}</span></a></td></tr>`,
  )}</tbody>
</table></div>`;
}

export function openDataPage(kommuner: Kommun[], locale: PublicLocale, base: string): string {
  const w = W[sharedLocale(locale)];
  const t = PUBLIC_STRINGS[locale];
  // This technical page is written in Swedish and English only: on a Finnish or Meänkieli page it is the Swedish, marked so.
  const swedish = sharedLocale(locale) !== locale;
  const body = html`<h1>${t.openData}</h1>${swedish ? html`\n<p class="only-in-swedish">${PUBLIC_CATALOGUES[locale].onlyInSwedish}</p>\n<div lang="sv">` : ''}
<p class="lead">${w.intro}</p>
<p><a href="${OPEN_DATA_LICENCE.url}">${w.licence}</a></p>
<h2>${w.urls}</h2>
<dl class="urls">
<dt><code>${base}/oppna-data/kommun/&lt;kommunkod&gt;/medborgarlofte.json</code></dt><dd>${w.json}</dd>
<dt><code>${base}/oppna-data/kommun/&lt;kommunkod&gt;/medborgarlofte.csv</code></dt><dd>${w.csv}</dd>
<dt><code>${base}/kommun/&lt;namn&gt;/flode.atom</code></dt><dd>${w.feed}</dd>
<dt><code>${base}/oppna-data/kommuner.json</code></dt><dd>${w.index}</dd>
</dl>
<p>${w.cors}</p>
<h2>${w.statusHeading}</h2>
<dl>${w.statuses.map(([code, words]) => html`<dt><code>${code}</code></dt><dd>${words}</dd>`)}</dl>
<h2>${w.notHeading}</h2>
<p>${w.not}</p>
<h2>${w.listHeading}</h2>
${kommunTable(kommuner, locale)}${swedish ? html`</div>` : ''}`;
  return page({ locale, title: t.openData, path: '/oppna-data', body });
}
