/**
 * Horizontal bar charts for the reports, drawn by Apache ECharts on the
 * server as SVG (the one chart library of the product). The SVG is then
 * drawn into the PDF as vector paths (charts-pdf.ts) and embedded in Word
 * as SVG with a PNG fallback (charts-docx.ts).
 *
 * Text is measured with the metrics of Arimo, the font the PDF draws the
 * labels in (Arial, which Word uses, has the same widths), so labels are
 * cut and placed where they will really end up.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import PDFDocument from 'pdfkit';
import { COLORS, FONT, pdfSafe, registerFonts } from './pdf-common.ts';

echarts.use([BarChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export type BarSeries = {
  name: string;
  color: string;
  /** One value per category; null leaves the category without a bar in this series. */
  values: (number | null)[];
  /** Text after the bar, per category; null for none. */
  labels?: (string | null)[];
};

export type BarChartSpec = {
  /** Category names, top to bottom. */
  categories: string[];
  series: BarSeries[];
  stacked: boolean;
  /** Width in points (PDF) or pixels (SVG); the height follows from the number of bars. */
  width: number;
  /** Suffix on the value axis, e.g. " %". */
  unit?: string;
  max?: number;
  /** Distance between the value axis' ticks; ECharts chooses when left out. */
  interval?: number;
  /** A vertical reference line, e.g. the target at 100 %. */
  reference?: { value: number; label: string };
  /** A short name, e.g. "Andel av målet per löfte". */
  title: string;
  /** The chart in words, for readers who cannot see it. */
  description: string;
};

export type ChartSvg = { svg: string; width: number; height: number; title: string; description: string };

export const CHART_FONT = 'Arial, Helvetica, sans-serif';
const LABEL_SIZE = 9;
const ROW_HEIGHT = 24;
const COMPACT_ROW_HEIGHT = 17;
const LEGEND_HEIGHT = 30;
const AXIS_HEIGHT = 26;
const MAX_LABEL_SHARE = 0.36;
/** Right of the plot: room for the value labels after the longest bars. */
const GRID_RIGHT = 64;
/** ECharts' gap between a bar's end and its label ('right' position). */
const LABEL_DISTANCE = 5;
/** Clear space kept between a value label and the reference line. */
const LINE_GAP = 4;
const VALUE_LABEL_SIZE = LABEL_SIZE - 0.5;
/**
 * Room left of the labels for fonts wider than Helvetica: the PNG fallback
 * in Word is drawn with Inter. Labels are right-aligned, so the slack is
 * invisible in the PDF.
 */
const LABEL_SLACK = 1.14;

let metrics: InstanceType<typeof PDFDocument> | null = null;

/** A document that is never written, used only for the report font's widths. */
function metricsDoc(): InstanceType<typeof PDFDocument> {
  metrics ??= registerFonts(new PDFDocument({ autoFirstPage: false }));
  return metrics;
}

export function measureTextWidth(text: string, size: number, bold = false): number {
  return metricsDoc()
    .font(bold ? FONT.bold : FONT.regular)
    .fontSize(size)
    .widthOfString(pdfSafe(text));
}

echarts.setPlatformAPI({
  measureText(text: string, font?: string) {
    const spec = font ?? '';
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(spec)?.[1] ?? 12);
    return { width: measureTextWidth(text ?? '', size, /bold|[6-9]00/.test(spec)) };
  },
});

/** Shortens a label with "…" so it fits `width` at the label size. */
export function fitLabel(text: string, width: number): string {
  const clean = pdfSafe(text).replace(/\s+/g, ' ').trim();
  if (measureTextWidth(clean, LABEL_SIZE) <= width) return clean;
  let end = clean.length;
  while (end > 1 && measureTextWidth(`${clean.slice(0, end).trimEnd()}…`, LABEL_SIZE) > width) end -= 1;
  return `${clean.slice(0, end).trimEnd()}…`;
}

/** Many bars get narrower rows, so a long list of promises still fits beside the summary. */
function rowHeight(categoryCount: number): number {
  return categoryCount > 12 ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
}

export function chartHeight(categoryCount: number): number {
  return LEGEND_HEIGHT + Math.max(1, categoryCount) * rowHeight(categoryCount) + AXIS_HEIGHT;
}

function seriesOption(spec: BarChartSpec, series: BarSeries, shifts: (number | null)[]): Record<string, unknown> {
  const labels = series.labels;
  return {
    type: 'bar',
    name: pdfSafe(series.name),
    stack: spec.stacked ? 'total' : undefined,
    barMaxWidth: rowHeight(spec.categories.length) - 10,
    barGap: '15%',
    itemStyle: { color: series.color },
    emphasis: { disabled: true },
    // A label moved past the reference line carries its own offset.
    data: series.values.map((value, i) =>
      value === null ? '-' : shifts[i] ? { value, label: { offset: [shifts[i], 0] } } : value,
    ),
    label: labels
      ? {
          show: true,
          position: 'right',
          distance: LABEL_DISTANCE,
          fontSize: VALUE_LABEL_SIZE,
          color: COLORS.text,
          formatter: (params: { dataIndex: number }) => pdfSafe(labels[params.dataIndex] ?? ''),
        }
      : { show: false },
  };
}

/** Where the plot lies across the chart, in the chart's units (points in the PDF). */
type PlotBox = { left: number; right: number; max: number };

const xOf = (box: PlotBox, value: number) => box.left + (Math.min(value, box.max) / box.max) * (box.right - box.left);

/** Where each value label starts and ends, before any shift: after its bar (after the stack below it when stacked). */
function labelSpans(spec: BarChartSpec, box: PlotBox): ({ start: number; end: number } | null)[][] {
  const below = spec.categories.map(() => 0);
  return spec.series.map((series) =>
    series.values.map((value, i) => {
      if (value === null) return null;
      const end = spec.stacked ? (below[i] = (below[i] ?? 0) + value) : value;
      const text = series.labels?.[i];
      if (!text) return null;
      const start = xOf(box, end) + LABEL_DISTANCE;
      return { start, end: start + measureTextWidth(pdfSafe(text), VALUE_LABEL_SIZE) };
    }),
  );
}

/**
 * Keeps value labels off the reference line: a label that would cross the
 * line (a bar ending just short of the target, "54 av 57") starts just after
 * it instead. The plot's right margin grows until every label fits inside
 * the chart. Returns the margin and the shift of every label (null: none).
 */
export function placeValueLabels(spec: BarChartSpec, plotLeft: number): { right: number; shifts: (number | null)[][] } {
  let right = GRID_RIGHT;
  for (;;) {
    const box = { left: plotLeft, right: spec.width - right, max: spec.max ?? 0 };
    if (!spec.reference || !box.max) return { right, shifts: spec.series.map((s) => s.values.map(() => null)) };
    const line = xOf(box, spec.reference.value);
    let overflow = 0;
    const shifts = labelSpans(spec, box).map((row) =>
      row.map((span) => {
        if (!span) return null;
        const crosses = span.start < line + LINE_GAP && span.end > line - LINE_GAP;
        const shift = crosses ? line + LINE_GAP - span.start : 0;
        overflow = Math.max(overflow, span.end + shift - spec.width);
        return shift || null;
      }),
    );
    if (overflow <= 0 || right > spec.width / 2) return { right, shifts };
    right += Math.ceil(overflow) + 1;
  }
}

function chartOption(spec: BarChartSpec, labelWidth: number): Record<string, unknown> {
  const unit = spec.unit ?? '';
  const left = Math.ceil(labelWidth * LABEL_SLACK) + 8;
  const placed = placeValueLabels(spec, left);
  const series = spec.series.map((s, i) => seriesOption(spec, s, placed.shifts[i] ?? []));
  const first = series[0];
  if (spec.reference && first) {
    first.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { color: COLORS.text, type: 'dashed', width: 1 },
      label: {
        formatter: pdfSafe(spec.reference.label),
        fontSize: LABEL_SIZE - 1,
        color: COLORS.text,
        position: 'start',
        distance: 3,
      },
      data: [{ xAxis: spec.reference.value }],
    };
  }
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT, fontSize: LABEL_SIZE, color: COLORS.text },
    legend: {
      top: 4,
      left: 0,
      itemWidth: 12,
      itemHeight: 10,
      icon: 'rect',
      textStyle: { fontSize: LABEL_SIZE, color: COLORS.text },
      data: spec.series.map((s) => pdfSafe(s.name)),
    },
    grid: { left, right: placed.right, top: LEGEND_HEIGHT, bottom: AXIS_HEIGHT },
    xAxis: {
      type: 'value',
      max: spec.max,
      interval: spec.interval,
      minInterval: 1,
      axisLabel: { fontSize: LABEL_SIZE - 0.5, color: COLORS.muted, formatter: `{value}${unit}` },
      splitLine: { lineStyle: { color: '#d5dbe2' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: spec.categories,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: COLORS.rule } },
      axisLabel: { fontSize: LABEL_SIZE, color: COLORS.text, margin: 6 },
    },
    series,
  };
}

/**
 * The chart as a standalone SVG string. The hover styles ECharts adds are
 * left out: a printed page has no pointer, and the PDF drawing ignores CSS.
 */
export function renderBarChartSvg(spec: BarChartSpec): ChartSvg {
  const height = chartHeight(spec.categories.length);
  const longest = Math.max(0, ...spec.categories.map((name) => measureTextWidth(name, LABEL_SIZE)));
  const labelWidth = Math.ceil(Math.min(longest, spec.width * MAX_LABEL_SHARE));
  const categories = spec.categories.map((name) => fitLabel(name, labelWidth));
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height });
  try {
    chart.setOption(chartOption({ ...spec, categories }, labelWidth));
    const svg = chart.renderToSVGString().replace(/<style[\s\S]*?<\/style>/g, '');
    return { svg, width: spec.width, height, title: spec.title, description: spec.description };
  } finally {
    chart.dispose();
  }
}
