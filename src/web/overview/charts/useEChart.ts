/**
 * Draws an ECharts option into a <div>. ECharts is loaded on first use, so
 * pages without charts do not pay for it; the chart follows its box's size
 * (a card that opens wider, a turned phone).
 */
import { useEffect, useRef } from 'react';
import type { EChartsOption } from './echarts.ts';

export function useEChart(option: EChartsOption) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption: (o: EChartsOption) => void; resize: () => void; dispose: () => void } | null = null;
    const observer = new ResizeObserver(() => chart?.resize());
    void import('./echarts.ts').then(({ echarts }) => {
      if (disposed || !ref.current) return;
      chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
      chart.setOption(option);
      observer.observe(ref.current);
    });
    return () => {
      disposed = true;
      observer.disconnect();
      chart?.dispose();
    };
  }, [option]);
  return ref;
}
