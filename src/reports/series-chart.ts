/**
 * Time-series charts for the reports: lines over the years (a kommun, its
 * län and the country) or bars over the months (stacked by type), drawn by
 * Apache ECharts on the server as SVG like the bar charts in charts.ts,
 * whose text measuring (the report font's widths) they share. Lines differ in
 * dash pattern and marker as well as colour, so they read in black and
 * white and for readers who do not see the colours.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_FONT, type ChartSvg } from './charts.ts';
import { COLORS, pdfSafe } from './pdf-common.ts';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, SVGRenderer]);

export type TimeSeries = {
  name: string;
  color: string;
  /** One value per x label; null leaves a gap. */
  values: (number | null)[];
  line?: 'solid' | 'dashed' | 'dotted';
  symbol?: 'circle' | 'rect' | 'triangle' | 'diamond';
};

export type TimeChartSpec = {
  kind: 'line' | 'stacked-bars';
  /** The x axis, left to right: years or months. */
  labels: string[];
  series: TimeSeries[];
  width: number;
  height: number;
  /** The value axis' name, e.g. "per 100 000 invånare". */
  axisName: string;
  title: string;
  /** The chart in words, for readers who cannot see it. */
  description: string;
};

const LABEL_SIZE = 9;

const axisNumber = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

function seriesOption(spec: TimeChartSpec, s: TimeSeries): Record<string, unknown> {
  const data = s.values.map((v) => (v === null ? '-' : v));
  if (spec.kind === 'stacked-bars') {
    return {
      type: 'bar',
      name: pdfSafe(s.name),
      stack: 'total',
      barMaxWidth: 22,
      itemStyle: { color: s.color },
      emphasis: { disabled: true },
      data,
    };
  }
  return {
    type: 'line',
    name: pdfSafe(s.name),
    color: s.color,
    symbol: s.symbol ?? 'circle',
    symbolSize: 6,
    connectNulls: false,
    lineStyle: { color: s.color, width: 2, type: s.line ?? 'solid' },
    itemStyle: { color: s.color },
    emphasis: { disabled: true },
    data,
  };
}

function chartOption(spec: TimeChartSpec): Record<string, unknown> {
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT, fontSize: LABEL_SIZE, color: COLORS.text },
    legend: {
      top: 4,
      left: 0,
      itemWidth: spec.kind === 'line' ? 22 : 12,
      itemHeight: 10,
      textStyle: { fontSize: LABEL_SIZE, color: COLORS.text },
      data: spec.series.map((s) => pdfSafe(s.name)),
    },
    grid: { left: 8, right: 24, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: spec.labels.map(pdfSafe),
      boundaryGap: spec.kind !== 'line',
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLORS.rule } },
      axisLabel: { fontSize: LABEL_SIZE - 0.5, color: COLORS.muted },
    },
    yAxis: {
      type: 'value',
      name: pdfSafe(spec.axisName),
      nameTextStyle: { fontSize: LABEL_SIZE - 0.5, color: COLORS.muted, align: 'left' },
      minInterval: 1,
      axisLabel: {
        fontSize: LABEL_SIZE - 0.5,
        color: COLORS.muted,
        formatter: (v: number) => axisNumber.format(v).replace(/\u00A0/g, ' '),
      },
      splitLine: { lineStyle: { color: '#d5dbe2' } },
    },
    series: spec.series.map((s) => seriesOption(spec, s)),
  };
}

/** The chart as a standalone SVG string, without ECharts' hover styles (a printed page has no pointer). */
export function renderTimeChartSvg(spec: TimeChartSpec): ChartSvg {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(chartOption(spec));
    const svg = chart.renderToSVGString().replace(/<style[\s\S]*?<\/style>/g, '');
    return { svg, width: spec.width, height: spec.height, title: spec.title, description: spec.description };
  } finally {
    chart.dispose();
  }
}
