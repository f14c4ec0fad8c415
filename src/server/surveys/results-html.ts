/**
 * Published survey results as HTML: plain tables that a screen reader
 * reads cell by cell, with decorative bars beside the numbers. No
 * JavaScript; small groups arrive suppressed and say so.
 */
import type { PublicSurveyResults } from '../../app/surveys/results.ts';
import { INDEX_MAX } from '../../domain/surveys/scoring.ts';
import type { PublishedChart } from '../../domain/surveys/public-charts.ts';
import type { GroupResult } from '../../domain/surveys/results.ts';
import type { ChoiceStats, ProblemStats, QuestionStats } from '../../domain/surveys/stats.ts';
import { textIn, type SurveyLanguage } from '../../domain/surveys/types.ts';
import { SURVEY_STRINGS, type SurveyStrings } from '../../i18n/surveys.ts';
import { html, raw, type Raw } from '../public/html.ts';
import { ui, uiMark } from './ui-lang.ts';

interface Ctx {
  lang: SurveyLanguage;
  t: SurveyStrings;
  fmt: Intl.NumberFormat;
  mark: Raw | null;
}

function bar(fraction: number): Raw {
  const width = Math.max(0, Math.min(100, Math.round(fraction * 1000) / 10));
  return html`<span class="bar" aria-hidden="true"><span style="${raw(`width: ${width}%`)}"></span></span>`;
}

/** A table that may scroll sideways on a narrow screen must be reachable by keyboard, so the wrapper is a named, focusable region. */
const scroller = (caption: string): Raw =>
  html`<div class="table-scroll" role="region" aria-label="${caption}" tabindex="0">`;

const percent = (share: number, ctx: Ctx) => `${ctx.fmt.format(Math.round(share * 1000) / 10)} %`;

function indexCell(index: number | null, ctx: Ctx): Raw {
  return index === null
    ? html`<td class="suppressed"${ctx.mark}>${ctx.t.tooFew}</td>`
    : html`<td class="num">${bar(index / INDEX_MAX)}<span class="value">${ctx.fmt.format(Math.round(index * 10) / 10)}</span></td>`;
}

function problemTable(stats: ProblemStats, caption: string, ctx: Ctx): Raw {
  return html`${scroller(caption)}<table><caption>${caption}</caption>
<thead><tr><th scope="col"${ctx.mark}>${ctx.t.option}</th><th scope="col"${ctx.mark}>${ctx.t.index}</th><th scope="col"${ctx.mark}>${ctx.t.answered}</th></tr></thead>
<tbody>${stats.items.map((i) => html`<tr><th scope="row">${textIn(i.label, ctx.lang)}</th>${indexCell(i.index, ctx)}<td class="num">${i.counted}</td></tr>`)}
<tr class="overall"><th scope="row"${ctx.mark}>${ctx.t.overall}</th>${indexCell(stats.overall, ctx)}<td class="num">${stats.answered}</td></tr></tbody></table></div>`;
}

function choiceTable(stats: ChoiceStats, caption: string, ctx: Ctx): Raw {
  return html`${scroller(caption)}<table><caption>${caption}</caption>
<thead><tr><th scope="col"${ctx.mark}>${ctx.t.option}</th><th scope="col"${ctx.mark}>${ctx.t.share}</th><th scope="col"${ctx.mark}>${ctx.t.answered}</th></tr></thead>
<tbody>${stats.options.map(
    (o) => html`<tr><th scope="row">${textIn(o.label, ctx.lang)}</th>
<td class="num">${bar(o.share)}<span class="value">${percent(o.share, ctx)}</span></td><td class="num">${o.count}</td></tr>`,
  )}</tbody></table></div>`;
}

function statsTable(stats: QuestionStats, caption: string, ctx: Ctx): Raw {
  return 'items' in stats ? problemTable(stats, caption, ctx) : choiceTable(stats, caption, ctx);
}

function groupSection(chart: PublishedChart, g: GroupResult, ctx: Ctx): Raw {
  const label = textIn(g.label, ctx.lang);
  if (!g.stats)
    return html`<section class="group"><h3>${label}</h3><p class="suppressed"${ctx.mark}>${ctx.t.tooFew}</p></section>`;
  return html`<section class="group"><h3>${label}</h3>${statsTable(g.stats, `${textIn(chart.text, ctx.lang)} – ${label}`, ctx)}</section>`;
}

function chartSection(chart: PublishedChart, ctx: Ctx): Raw {
  const question = textIn(chart.text, ctx.lang);
  const by = { none: '', area: ctx.t.byArea, gender: ctx.t.byGender, age_band: ctx.t.byAge }[chart.breakdown];
  const heading = chart.kind === 'text' ? `${question} – ${ctx.t.codedAs}` : by ? `${question} (${by})` : question;
  const shown =
    chart.kind === 'text'
      ? html`${question} – ${ui(ctx.lang, ctx.t.codedAs)}`
      : by
        ? html`${question} (${ui(ctx.lang, by)})`
        : question;
  const note = chart.kind === 'problem' ? html`<p class="hint"${ctx.mark}>${ctx.t.indexExplained}</p>` : null;
  const content = chart.groups
    ? html`${chart.groups.map((g) => groupSection(chart, g, ctx))}`
    : chart.total
      ? statsTable(chart.total, heading, ctx)
      : html`<p class="suppressed"${ctx.mark}>${ctx.t.tooFew}</p>`;
  return html`<section class="chart"><h2>${shown}</h2>${note}${content}</section>`;
}

export function resultsBody(results: PublicSurveyResults, lang: SurveyLanguage): Raw {
  const t = SURVEY_STRINGS[lang];
  const ctx: Ctx = {
    lang,
    t,
    mark: uiMark(lang),
    fmt: new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang === 'fi' ? 'fi-FI' : 'sv-SE', {
      maximumFractionDigits: 1,
    }),
  };
  return html`<h1>${ui(lang, `${t.resultsTitle}:`)} ${textIn(results.title, lang)}</h1>
<p class="lead"${ctx.mark}>${t.responses(results.responses)}</p>
${results.charts.length ? results.charts.map((c) => chartSection(c, ctx)) : html`<p${ctx.mark}>${t.noResults}</p>`}`;
}
