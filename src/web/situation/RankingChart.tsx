/**
 * The ranking as stacked horizontal bars, one colour and pattern per source.
 * The chart is hidden from screen readers: the sentence above it and the
 * table below say the same in words and numbers.
 */
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { Problem } from '../api/situation.ts';
import { useEChart } from '../overview/charts/useEChart.ts';
import { formatScore, scoreOf, SOURCE_COLOURS, sourcesIn } from './sources.ts';

export function RankingChart({ problems }: { problems: readonly Problem[] }) {
  const { t, lang } = useI18n();
  const sources = sourcesIn(problems);
  const labelOf = (p: Problem) => `${p.rank}. ${t.categoryNames[p.category] ?? p.label}`;
  const option = useMemo(() => {
    const rows = [...problems].reverse();
    return {
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, data: sources.map((s) => t.situation.sources[s]) },
      grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: t.situation.score },
      yAxis: { type: 'category', data: rows.map(labelOf) },
      series: sources.map((s) => ({
        name: t.situation.sources[s],
        type: 'bar',
        stack: 'score',
        color: SOURCE_COLOURS[s],
        data: rows.map((p) => scoreOf(p, s)),
      })),
    };
  }, [problems, t]);
  const ref = useEChart(option);
  const top = problems
    .slice(0, 3)
    .map((p) => t.situation.topItem(t.categoryNames[p.category] ?? p.label, formatScore(p.score, lang)));
  return (
    <>
      <p>{t.situation.chartSummary(top.join(', '), problems.length)}</p>
      <div
        ref={ref}
        className="ranking-chart"
        aria-hidden="true"
        style={{ height: `${Math.max(160, 72 + problems.length * 36)}px` }}
      />
    </>
  );
}
