/**
 * The crime section's charts: a category's yearly series (the kommun, its
 * län and the country per 100 000 invånare, or the kommun's counts) and
 * Polisen's events per month, stacked by type. Each chart is hidden from
 * screen readers: the sentence above it and the table below it say the
 * same in words and numbers. Lines differ in dash and marker as well as
 * colour.
 */
import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { CrimeCategory, PoliceEventsByMonth, RegionSeries } from '../api/situation-crime.ts';
import { useEChart } from '../overview/charts/useEChart.ts';
import { formatNumber } from '../statistics/trend-text.ts';

const STYLE: Record<RegionSeries['level'], { color: string; type: string; symbol: string }> = {
  kommun: { color: '#0b3a6e', type: 'solid', symbol: 'circle' },
  lan: { color: '#2f6aa8', type: 'dashed', symbol: 'rect' },
  riket: { color: '#8a5700', type: 'dotted', symbol: 'triangle' },
};
const EVENT_COLOURS = ['#0b3a6e', '#2f6aa8', '#4d7a2e', '#8a5700', '#8a1c1c', '#5c6168'];
/** Types drawn one by one; the rest are summed. */
export const EVENT_TYPES_DRAWN = 5;

export function regionsOf(category: CrimeCategory): RegionSeries[] {
  return [category.kommun, category.lan, category.riket].filter((r): r is RegionSeries => r !== null);
}

export function yearsOf(category: CrimeCategory): number[] {
  return [...new Set(regionsOf(category).flatMap((r) => r.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/** Rates when the kommun has them, so the areas compare; the kommun's counts otherwise. */
export function chartRegions(category: CrimeCategory): { byRate: boolean; regions: RegionSeries[] } {
  const byRate = category.kommun.points.some((p) => p.ratePer100k !== null);
  const regions = byRate
    ? regionsOf(category).filter((r) => r.points.some((p) => p.ratePer100k !== null))
    : [category.kommun];
  return { byRate, regions };
}

export function CategoryChart({
  category,
  placeName,
}: {
  category: CrimeCategory;
  placeName: (r: RegionSeries) => string;
}) {
  const { t, lang } = useI18n();
  const option = useMemo(() => {
    const years = yearsOf(category);
    const { byRate, regions } = chartRegions(category);
    return {
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 48, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
      yAxis: {
        type: 'value',
        name: byRate ? t.crime.perRate : t.crime.perCount,
        nameTextStyle: { align: 'left' },
        axisLabel: { formatter: (v: number) => formatNumber(v, lang, 0) },
      },
      series: regions.map((r) => ({
        name: placeName(r),
        type: 'line',
        color: STYLE[r.level].color,
        symbol: STYLE[r.level].symbol,
        symbolSize: 8,
        lineStyle: { type: STYLE[r.level].type, width: 2 },
        data: years.map((y) => {
          const p = r.points.find((x) => x.year === y);
          return (byRate ? p?.ratePer100k : p?.count) ?? null;
        }),
      })),
    };
  }, [category, t, lang, placeName]);
  const ref = useEChart(option);
  return <div ref={ref} className="line-chart crime-chart" aria-hidden="true" />;
}

export function EventsChart({ events }: { events: PoliceEventsByMonth }) {
  const { t, lang } = useI18n();
  const option = useMemo(() => {
    const drawn = events.types.slice(0, EVENT_TYPES_DRAWN);
    const rest = events.types.slice(EVENT_TYPES_DRAWN);
    const series = drawn.map((type, i) => ({ name: type.type, colour: EVENT_COLOURS[i]!, data: type.counts }));
    if (rest.length)
      series.push({
        name: t.crime.otherTypes,
        colour: EVENT_COLOURS[EVENT_COLOURS.length - 1]!,
        data: events.months.map((_, m) => rest.reduce((s, type) => s + (type.counts[m] ?? 0), 0)),
      });
    return {
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 56, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: { type: 'category', data: t.crime.months },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, lang, 0) } },
      series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'events', color: s.colour, data: s.data })),
    };
  }, [events, t, lang]);
  const ref = useEChart(option);
  return <div ref={ref} className="line-chart crime-chart" aria-hidden="true" />;
}
