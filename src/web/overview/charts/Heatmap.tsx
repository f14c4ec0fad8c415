/**
 * Activities per day over the last 12 months as an ECharts calendar heat map,
 * for the promise sets in the chosen scope. The summary above it says the
 * essentials in words for everyone, screen reader users included.
 */
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { useActivities } from '../../api/activities.ts';
import { addDaysIso, todayIso } from '../../ui/dates.ts';
import { useEChart } from './useEChart.ts';

function perDay(
  activities: readonly { date: string; quantity: number; promiseSetId: string }[],
  setIds: ReadonlySet<string>,
) {
  const days = new Map<string, number>();
  for (const a of activities) if (setIds.has(a.promiseSetId)) days.set(a.date, (days.get(a.date) ?? 0) + a.quantity);
  return days;
}

function Chart({ days, from, to }: { days: ReadonlyMap<string, number>; from: string; to: string }) {
  const { t } = useI18n();
  const max = Math.max(1, ...days.values());
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: {
        formatter: (p: { value: [string, number] }) => `${p.value[0]}: ${t.overview.heatmapLegend(p.value[1])}`,
      },
      visualMap: { show: false, min: 0, max, inRange: { color: ['#e3ebf7', '#1d3f7e'] } },
      calendar: {
        range: [from, to],
        cellSize: ['auto', 14],
        left: 40,
        right: 10,
        top: 24,
        bottom: 4,
        // ECharts counts weekday names from Sunday.
        dayLabel: {
          firstDay: 1,
          nameMap: [t.plan.weekdaysShort[6]!, ...t.plan.weekdaysShort.slice(0, 6)].map((d) => d.slice(0, 1)),
        },
        monthLabel: { nameMap: t.overview.bucketNames.months.map((m) => m.slice(0, 3)) },
        yearLabel: { show: false },
        itemStyle: { borderColor: '#fff', borderWidth: 2, color: '#f5f5f5' },
        splitLine: { show: false },
      },
      series: [{ type: 'heatmap', coordinateSystem: 'calendar', data: [...days.entries()] }],
    }),
    [days, from, to, max, t],
  );
  const ref = useEChart(option);
  return <div ref={ref} className="heatmap" aria-hidden="true" />;
}

export function ActivityHeatmap({ setIds }: { setIds: ReadonlySet<string> }) {
  const { t } = useI18n();
  const to = todayIso();
  const from = addDaysIso(to, -364);
  const activities = useActivities({ from, to, limit: 5000 });
  const days = useMemo(() => perDay(activities.data ?? [], setIds), [activities.data, setIds]);
  const total = [...days.values()].reduce((a, b) => a + b, 0);
  const busiest = [...days.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return (
    <section aria-labelledby="heatmap-heading" className="heatmap-section">
      <h2 id="heatmap-heading" className="ds-heading" data-size="sm">
        {t.overview.heatmapHeading}
      </h2>
      {activities.isPending ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <p>
            {busiest ? t.overview.heatmapSummary(total, days.size, busiest[1], busiest[0]) : t.overview.heatmapEmpty}
          </p>
          <Chart days={days} from={from} to={to} />
        </>
      )}
    </section>
  );
}
