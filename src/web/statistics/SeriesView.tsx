/**
 * A kommun's yearly series for one crime category: the trend in words (or
 * why there is none), a line chart (hidden from screen readers) and the
 * table, where a year the source wrote as "-" (zero) is marked.
 */
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useSeries, useStatCategories, type Series } from '../api/statistics.ts';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { useEChart } from '../overview/charts/useEChart.ts';
import { formatNumber, trendText } from './trend-text.ts';

function Chart({ series }: { series: Series }) {
  const { t } = useI18n();
  const s = t.statistics;
  const rate = series.trend?.basis !== 'count' && series.points.some((p) => p.ratePer100k !== null);
  const option = useMemo(
    () => ({
      animation: false,
      aria: { enabled: true, decal: { show: true } },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: series.points.map((p) => String(p.year)) },
      yAxis: { type: 'value', name: rate ? s.rate : s.count },
      series: [
        {
          name: rate ? s.rate : s.count,
          type: 'line',
          color: '#1d3f7e',
          symbol: 'circle',
          symbolSize: 8,
          // A year written "-" in the source is drawn as an empty diamond, as the table marks it.
          data: series.points.map((p) => ({
            value: rate ? p.ratePer100k : p.count,
            ...(p.dash ? { symbol: 'emptyDiamond', symbolSize: 12 } : {}),
          })),
        },
        ...(series.trend
          ? [
              {
                name: s.trendLine,
                type: 'line',
                color: '#b35900',
                symbol: 'none',
                lineStyle: { type: 'dashed' },
                data: series.points.map((p) => series.trend!.series.find((x) => x.year === p.year)?.fitted ?? null),
              },
            ]
          : []),
      ],
    }),
    [series, rate, s],
  );
  const ref = useEChart(option);
  return <div ref={ref} className="line-chart" aria-hidden="true" />;
}

function SeriesTable({ series }: { series: Series }) {
  const { t, lang } = useI18n();
  const s = t.statistics;
  const n = (v: number | null, d = 0) => (v === null ? t.none : formatNumber(v, lang, d));
  return (
    <TableScroll label={s.tableCaption(series.kommun.name, series.label)}>
      <table className="ds-table series-table" data-border>
        <caption>{s.tableCaption(series.kommun.name, series.label)}</caption>
        <thead>
          <tr>
            {[s.yearColumn, s.count, s.population, s.rate].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              <td>
                {n(p.count)}
                {p.dash && <span className="muted small"> ({s.dashNote})</span>}
              </td>
              <td>{n(p.population)}</td>
              <td>{n(p.ratePer100k, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function SeriesView({ kommun }: { kommun: string }) {
  const { t, lang, pick } = useI18n();
  const s = t.statistics;
  const categories = useStatCategories(kommun);
  const [category, setCategory] = useState('');
  const chosen = categories.data?.some((c) => c.category === category)
    ? category
    : (categories.data?.[0]?.category ?? '');
  const series = useSeries(kommun, chosen);
  return (
    <>
      {(categories.data?.length ?? 0) > 1 && (
        <div className="filters">
          <SelectField
            id="stat-series-category"
            label={s.category}
            value={chosen}
            onChange={(e) => setCategory(e.target.value)}
          >
            {categories.data!.map((c) => (
              <option key={c.category} value={c.category}>
                {c.label}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {series.isPending ? (
        <Loading />
      ) : series.isError ? (
        <LoadError error={series.error} />
      ) : !series.data.points.length ? (
        <p>{s.noSeries}</p>
      ) : (
        <>
          <p className="lead">
            {series.data.noTrend ? pick(series.data.noTrend) : trendText(series.data.trend, t, lang)}
          </p>
          <Chart series={series.data} />
          <SeriesTable series={series.data} />
        </>
      )}
    </>
  );
}
