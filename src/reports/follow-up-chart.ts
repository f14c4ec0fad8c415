/**
 * The uppföljning's chart: how far each promise got towards its target in
 * the period, as a share of the target, coloured by its verdict, with the
 * target marked at 100 %. Shares make a promise of 800 visits and one of
 * two operations comparable on one axis; the bar's label keeps the real
 * numbers ("3 av 4").
 */
import { VERDICTS, VERDICT_SV, type Verdict } from '../domain/follow-up.ts';
import type { FollowUpItemView } from '../app/follow-ups/view.ts';
import { renderBarChartSvg } from './charts.ts';
import { hasRequired, outcomeSv, type FocusAreaGroup } from './follow-up-items.ts';
import type { ReportBlock } from './report-blocks.ts';

export const VERDICT_COLORS: Record<Verdict, string> = {
  uppfyllt: '#2e7d32',
  delvis_uppfyllt: '#b86e00',
  ej_uppfyllt: '#b3261e',
  i_fas: '#4f6f94',
  ligger_efter: '#8a5a00',
  foljs_upp_i_text: '#6b6b6b',
};

/** Bars stop here so one far-exceeded promise does not squeeze the others. */
const CAP = 150;

function percentOf(item: FollowUpItemView): number | null {
  return hasRequired(item) ? Math.round((item.done / item.required) * 100) : null;
}

function shareOf(item: FollowUpItemView): number | null {
  const percent = percentOf(item);
  return percent === null ? null : Math.min(CAP, percent);
}

function barLabel(item: FollowUpItemView): string {
  return hasRequired(item) ? outcomeSv(item, true) : `${outcomeSv(item, true)}, mål utan antal`;
}

function describe(entries: { number: number; item: FollowUpItemView }[]): string {
  const parts = entries.map(({ number, item }) => {
    const percent = percentOf(item);
    // The text alternative has room to say what each number counts, as the table does.
    const label = hasRequired(item) ? outcomeSv(item) : `${outcomeSv(item)}, mål utan antal`;
    const amount = percent === null ? label : `${label} (${percent} %)`;
    return `löfte ${number}: ${amount}, ${VERDICT_SV[item.verdict].toLowerCase()}`;
  });
  return `Andel av målet per löfte: ${parts.join('; ')}.`;
}

/** "under perioden", unless some bar counts from an earlier start ("hittills i år"), which the table then names. */
function spanOfAll(entries: { item: FollowUpItemView }[]): string {
  return entries.every(({ item }) => item.span.kind === 'window') ? 'under perioden' : 'räknat som i tabellen nedan';
}

export function followUpChart(groups: FocusAreaGroup[], width: number): ReportBlock | null {
  const entries = groups.flatMap((group) => group.items);
  if (entries.length === 0) return null;
  const present = VERDICTS.filter((v) => entries.some((e) => e.item.verdict === v));
  const series = present.map((verdict) => ({
    name: VERDICT_SV[verdict],
    color: VERDICT_COLORS[verdict],
    // A promise without a number in its target gets an empty bar that still carries its label.
    values: entries.map(({ item }) => (item.verdict === verdict ? (shareOf(item) ?? 0) : null)),
    labels: entries.map(({ item }) => (item.verdict === verdict ? barLabel(item) : null)),
  }));
  const highest = Math.max(...entries.map((e) => shareOf(e.item) ?? 0));
  const chart = renderBarChartSvg({
    categories: entries.map(({ number, item }) => `${number}. ${item.text}`),
    series,
    stacked: true,
    width,
    unit: ' %',
    max: highest > 100 ? CAP : 100,
    interval: highest > 100 ? 25 : 20,
    reference: { value: 100, label: 'Mål' },
    title: 'Andel av målet per löfte',
    description: describe(entries),
  });
  return {
    kind: 'chart',
    chart,
    caption:
      `Andel av målet per löfte ${spanOfAll(entries)}, färgad efter bedömningen. Staplarna slutar vid 150 %; ` +
      'löften utan antal i målet visar bara hur mycket som gjorts.',
  };
}
