/**
 * "Har det gjort skillnad?" as report blocks for the follow-up (PDF and
 * Word walk the same list): per outcome indicator its verdict, the sentence
 * with counts and interval, the caveats, a time-series chart with the
 * comparison window and the current window marked, and its numbers.
 */
import type { OutcomeView } from '../contracts/outcomes.ts';
import { formatNumberSv } from '../domain/reader-text.ts';
import { shownValue, windowLabel } from '../domain/outcomes/display.ts';
import { CHART_WIDTH, type ReportBlock } from './report-blocks.ts';
import { renderTimeChartSvg } from './series-chart.ts';

export const VERDICT_SV: Record<OutcomeView['verdict'], string> = {
  improved: 'Bättre',
  worsened: 'Sämre',
  no_clear_change: 'Ingen tydlig förändring',
  too_little_data: 'För lite underlag',
  not_tested: 'Visas, prövas inte',
};

const VALUE_SV: Record<OutcomeView['kind'], string> = {
  crime: 'per 100 000 invånare och år',
  survey_share: 'andel (%)',
  survey_index: 'index 0–6',
  activity_outcome: 'summa',
};

const inside = (s: { from: string; to: string }, w: { from: string; to: string } | null) =>
  !!w && s.from >= w.from && s.to <= w.to;

function chartBlock(o: OutcomeView): ReportBlock | null {
  if (o.series.length < 2) return null;
  const values = o.series.map((s) => shownValue(o.kind, s.value));
  const chart = renderTimeChartSvg({
    kind: 'line',
    labels: o.series.map(windowLabel),
    series: [
      { name: o.title, color: '#6b7785', values, line: 'dotted' },
      {
        name: 'Före (jämförelse)',
        color: '#4a4f55',
        values: values.map((v, i) => (inside(o.series[i]!, o.baseline) ? v : null)),
        symbol: 'rect',
      },
      {
        name: 'Nu',
        color: '#0b3a6e',
        values: values.map((v, i) => (inside(o.series[i]!, o.current) ? v : null)),
        symbol: 'diamond',
      },
    ],
    width: CHART_WIDTH,
    height: 200,
    axisName: VALUE_SV[o.kind],
    title: o.title,
    description: `${o.title} över tid, ${VALUE_SV[o.kind]}: ${o.series
      .map((s, i) => `${windowLabel(s)} ${values[i] === null ? 'uppgift saknas' : formatNumberSv(values[i]!)}`)
      .join(', ')}.`,
  });
  return { kind: 'chart', chart, caption: `${o.title}: jämförelseperioden och perioden nu är markerade.` };
}

export function outcomeBlocks(outcomes: readonly OutcomeView[]): ReportBlock[] {
  if (!outcomes.length) return [];
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: 'Har det gjort skillnad?' },
    {
      kind: 'paragraph',
      tone: 'muted',
      text: 'Effektmåtten jämför perioden före löftena med perioden nu, med 95 procents osäkerhetsintervall. "Bättre" och "Sämre" sägs bara när hela intervallet ligger på samma sida om ingen förändring.',
    },
  ];
  for (const o of outcomes) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `${o.title}: ${VERDICT_SV[o.verdict]}${o.demo ? ' (demodata)' : ''}`,
    });
    blocks.push({ kind: 'paragraph', tone: 'normal', text: o.sentence });
    for (const c of o.caveats) blocks.push({ kind: 'bullet', text: c });
    const chart = chartBlock(o);
    if (chart) blocks.push(chart);
  }
  return blocks;
}
