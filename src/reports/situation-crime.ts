/**
 * The printed lägesbild's statistics on the extent of crime, under the
 * analyst's own text: the last year against the mean of the three before
 * for every category and area, a time-series chart and a table per
 * category (the kommun, its län and the country per 100 000 invånare),
 * Polisen's events per month and type, and the sources with their import
 * dates. The figures are public statistics, in both versions.
 */
import {
  changeSv,
  eventsParagraphSv,
  POLICE_INITIATED_SV,
  regionNameSv,
  sourcesSv,
} from '../domain/situation/crime-draft.ts';
import type {
  CrimeCategory,
  CrimeSection,
  PoliceEventsByMonth,
  RegionSeries,
} from '../domain/situation/crime-section.ts';
import { formatNumberSv } from '../domain/reader-text.ts';
import { MONTH_NAMES_SV } from '../domain/progress/labels.ts';
import { CHART_WIDTH, type ReportBlock } from './report-blocks.ts';
import { renderTimeChartSvg, type TimeSeries } from './series-chart.ts';

/** A long BRÅ table has many categories: charts for the first ones, tables for all. */
export const MAX_CATEGORY_CHARTS = 8;
/** Types drawn one by one in the events chart; the rest are summed as "Övriga typer". */
const EVENT_TYPES_DRAWN = 5;

export const REGION_STYLE = {
  kommun: { color: '#0b3a6e', line: 'solid', symbol: 'circle' },
  lan: { color: '#4a86c5', line: 'dashed', symbol: 'rect' },
  riket: { color: '#a86a00', line: 'dotted', symbol: 'triangle' },
} as const;
const EVENT_COLORS = ['#0b3a6e', '#4a86c5', '#5f8f3e', '#c08a1e', '#8a1c1c', '#7a7f87'];

/** "Kalix kommun", "Norrbottens län", "Hela landet": as a legend or a column names an area. */
const placeLabel = (r: Pick<RegionSeries, 'level' | 'name'>) => {
  const name = regionNameSv(r);
  return name.charAt(0).toLocaleUpperCase('sv-SE') + name.slice(1);
};

const n0 = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formatNumberSv(Math.round(n)));
const n1 = (n: number | null | undefined) =>
  n === null || n === undefined ? '–' : formatNumberSv(Math.round(n * 10) / 10);

function regionsOf(category: CrimeCategory): RegionSeries[] {
  return [category.kommun, category.lan, category.riket].filter((r): r is RegionSeries => r !== null);
}

function comparisonRow(category: CrimeCategory, region: RegionSeries): string[] {
  const c = region.lastVsMean;
  const place = placeLabel(region);
  if (!c) return [category.label, place, '–', '–', region.noComparison?.message ?? 'Ingen jämförelse.'];
  const span = `${c.previousYears[0]}–${c.previousYears[c.previousYears.length - 1]}`;
  const rate = (r: number | null) => (r === null ? '' : `\n${n1(r)} per 100 000`);
  return [
    category.label,
    place,
    `${c.year}: ${n0(c.count)} brott${rate(c.ratePer100k)}`,
    `${span}: i snitt ${n0(c.meanCount)} brott${rate(c.meanRatePer100k)}`,
    c.changePercent === null
      ? 'Snittet är 0'
      : `${changeSv(c.changePercent).replace(/ än$/, '')} (${c.basis === 'ratePer100k' ? 'per 100 000 invånare' : 'antal'})`,
  ];
}

function comparisonTable(categories: CrimeCategory[]): ReportBlock {
  return {
    kind: 'table',
    columns: [
      { title: 'Brottskategori', share: 0.2 },
      { title: 'Område', share: 0.17 },
      { title: 'Senaste året', share: 0.19 },
      { title: 'Tre år före', share: 0.22 },
      { title: 'Förändring', share: 0.22 },
    ],
    rows: categories.flatMap((c) => regionsOf(c).map((r) => comparisonRow(c, r))),
  };
}

function yearsOf(category: CrimeCategory): number[] {
  return [...new Set(regionsOf(category).flatMap((r) => r.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/** Rates when the kommun has them (the areas can then be compared); the kommun's counts otherwise. */
function categoryChart(category: CrimeCategory): ReportBlock | null {
  const years = yearsOf(category);
  if (years.length < 2) return null;
  const byRate = category.kommun.points.some((p) => p.ratePer100k !== null);
  const regions = byRate
    ? regionsOf(category).filter((r) => r.points.some((p) => p.ratePer100k !== null))
    : [category.kommun];
  const series: TimeSeries[] = regions.map((r) => ({
    name: placeLabel(r),
    ...REGION_STYLE[r.level],
    values: years.map((y) => {
      const p = r.points.find((x) => x.year === y);
      return (byRate ? p?.ratePer100k : p?.count) ?? null;
    }),
  }));
  const unit = byRate ? 'anmälda brott per 100 000 invånare' : 'anmälda brott';
  const words = series.map((s) => `${s.name}: ${s.values.map((v, i) => `${years[i]} ${n1(v)}`).join(', ')}`).join('; ');
  const chart = renderTimeChartSvg({
    kind: 'line',
    labels: years.map(String),
    series,
    width: CHART_WIDTH,
    height: 190,
    axisName: byRate ? 'per 100 000 invånare' : 'antal',
    title: `${category.label}: ${unit} per år`,
    description: `${category.label}, ${unit} per år. ${words}.`,
  });
  return { kind: 'chart', chart, caption: `${category.label}: ${unit} per år.` };
}

/** A row per year, a column per area: the count and, under it, the rate. */
function yearTable(category: CrimeCategory): ReportBlock {
  const regions = regionsOf(category);
  const cell = (r: RegionSeries, year: number) => {
    const p = r.points.find((x) => x.year === year);
    if (!p) return '–';
    const count = p.count === null ? 'uppgift saknas' : `${n0(p.count)} brott${p.dash ? ' ("-" i källan)' : ''}`;
    return p.ratePer100k === null ? count : `${count}\n${n1(p.ratePer100k)} per 100 000`;
  };
  return {
    kind: 'table',
    columns: [
      { title: 'År', share: 0.1 },
      ...regions.map((r) => ({ title: placeLabel(r), share: 0.9 / regions.length })),
    ],
    rows: yearsOf(category).map((y) => [String(y), ...regions.map((r) => cell(r, y))]),
  };
}

const monthShort = (month: string) => MONTH_NAMES_SV[Number(month.slice(5, 7)) - 1]!.slice(0, 3);

function eventsChart(events: PoliceEventsByMonth): ReportBlock {
  const drawn = events.types.slice(0, EVENT_TYPES_DRAWN);
  const rest = events.types.slice(EVENT_TYPES_DRAWN);
  const series: TimeSeries[] = drawn.map((t, i) => ({ name: t.type, color: EVENT_COLORS[i]!, values: t.counts }));
  if (rest.length)
    series.push({
      name: 'Övriga typer',
      color: EVENT_COLORS[EVENT_COLORS.length - 1]!,
      values: events.months.map((_, m) => rest.reduce((s, t) => s + (t.counts[m] ?? 0), 0)),
    });
  const words = events.months
    .map((month, m) => `${monthShort(month)} ${series.reduce((s, x) => s + (x.values[m] ?? 0), 0)}`)
    .join(', ');
  const chart = renderTimeChartSvg({
    kind: 'stacked-bars',
    labels: events.months.map(monthShort),
    series,
    width: CHART_WIDTH,
    height: 210,
    axisName: 'händelser',
    title: `Polisens händelser per månad ${events.year}`,
    description: `Polisens händelser per månad ${events.year}, uppdelat på typ: ${words}.`,
  });
  return { kind: 'chart', chart, caption: `Polisens händelser per månad ${events.year}, uppdelat på händelsetyp.` };
}

function eventsBlocks(events: PoliceEventsByMonth, kommunName: string): ReportBlock[] {
  return [
    { kind: 'heading', level: 2, text: `Polisens händelser ${events.year}` },
    {
      kind: 'paragraph',
      tone: 'normal',
      text: eventsParagraphSv(events, regionNameSv({ level: 'kommun', name: kommunName })),
    },
    eventsChart(events),
    {
      kind: 'table',
      columns: [
        { title: 'Händelsetyp', share: 0.5 },
        { title: 'Kategori', share: 0.3 },
        { title: 'Antal', share: 0.2 },
      ],
      rows: events.types.map((t) => [t.type, t.category, n0(t.total)]),
    },
  ];
}

export function crimeStatisticsBlocks(section: CrimeSection | null | undefined): ReportBlock[] {
  if (!section || (section.categories.length === 0 && !section.events)) {
    return [{ kind: 'paragraph', tone: 'muted', text: 'Ingen statistik är inläst för kommunen.' }];
  }
  const blocks: ReportBlock[] = [];
  if (section.categories.length) {
    blocks.push(
      { kind: 'heading', level: 2, text: 'Anmälda brott: senaste året mot snittet av de tre åren före' },
      comparisonTable(section.categories),
    );
    section.categories.forEach((category, i) => {
      const chart = i < MAX_CATEGORY_CHARTS ? categoryChart(category) : null;
      blocks.push(
        { kind: 'heading', level: 2, text: `${category.label} per år` },
        ...(category.policeInitiated ? [{ kind: 'paragraph', tone: 'muted', text: POLICE_INITIATED_SV } as const] : []),
        ...(chart ? [chart] : []),
        yearTable(category),
      );
    });
    if (section.categories.length > MAX_CATEGORY_CHARTS) {
      const text = `Diagram visas för de ${MAX_CATEGORY_CHARTS} första kategorierna; tabellerna visar alla.`;
      blocks.push({ kind: 'paragraph', tone: 'muted', text });
    }
  }
  if (section.events) blocks.push(...eventsBlocks(section.events, section.kommun.name));
  blocks.push({ kind: 'paragraph', tone: 'muted', text: sourcesSv(section.sources) });
  return blocks;
}
