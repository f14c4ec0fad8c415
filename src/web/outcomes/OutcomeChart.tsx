/**
 * One indicator over time: every year, month or survey round, with the
 * comparison window and the current window shaded. Hidden from screen
 * readers: the sentence above and the table below say the same.
 */
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { OutcomeView } from '../api/outcomes.ts';
import { useEChart } from '../overview/charts/useEChart.ts';
import { shownValue, windowLabel } from '../../domain/outcomes/display.ts';

export function OutcomeChart({ outcome }: { outcome: OutcomeView }) {
  const { t } = useI18n();
  const o = t.outcomes;
  const option = useMemo(() => {
    const labels = outcome.series.map(windowLabel);
    const inside = (w: { from: string; to: string } | null) => {
      if (!w) return null;
      const idx = outcome.series.map((s, i) => (s.from >= w.from && s.to <= w.to ? i : -1)).filter((i) => i >= 0);
      return idx.length ? [labels[idx[0]!]!, labels[idx.at(-1)!]!] : null;
    };
    const areas = [
      [outcome.baseline, o.baselineMark, 'rgba(120,120,120,0.15)'],
      [outcome.current, o.currentMark, 'rgba(0,90,160,0.15)'],
    ] as const;
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', name: o.valueOf[outcome.kind], min: 0 },
      series: [
        {
          type: 'line',
          name: outcome.title,
          color: '#1e4f8a',
          data: outcome.series.map((s) => shownValue(outcome.kind, s.value)),
          markArea: {
            data: areas.flatMap(([w, name, color]) => {
              const span = inside(w);
              return span ? [[{ name, xAxis: span[0], itemStyle: { color } }, { xAxis: span[1] }]] : [];
            }),
          },
        },
      ],
    };
  }, [outcome, o]);
  const ref = useEChart(option);
  if (outcome.series.length < 2) return null;
  return <div ref={ref} className="outcome-chart" aria-hidden="true" style={{ height: '220px' }} />;
}
