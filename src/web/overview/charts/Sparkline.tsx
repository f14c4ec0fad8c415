/** Activities per week over the last 26 weeks as a small line; the text alternative says the same in words. */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useEChart } from './useEChart.ts';

export function Sparkline({ weekly }: { weekly: readonly number[] }) {
  const { t } = useI18n();
  const total = weekly.reduce((a, b) => a + b, 0);
  const max = Math.max(0, ...weekly);
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: weekly.map((_, i) => i) },
      yAxis: { type: 'value', show: false, min: 0, max: Math.max(1, max) },
      series: [
        {
          type: 'line',
          data: [...weekly],
          symbol: 'none',
          lineStyle: { width: 2, color: '#1d3f7e' },
          areaStyle: { color: 'rgba(29, 63, 126, 0.12)' },
        },
      ],
    }),
    [weekly, max],
  );
  const ref = useEChart(option);
  return <div ref={ref} className="sparkline" role="img" aria-label={t.overview.sparkline(total, max)} />;
}
