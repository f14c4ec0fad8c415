/** A month as a table: each day says in words how much was planned and done (never colour alone). */
import { useI18n } from '../i18n/i18n.tsx';
import type { CalendarData } from '../api/activities.ts';
import { TableScroll } from '../ui/TableScroll.tsx';
import { todayIso } from '../ui/dates.ts';
import { monthWeeks } from './calendar-grid.ts';

export function MonthCalendar({
  month,
  monthLabel,
  data,
}: {
  month: string;
  monthLabel: string;
  data: CalendarData | undefined;
}) {
  const { t } = useI18n();
  const p = t.plan;
  const byDay = new Map((data?.days ?? []).map((d) => [d.date, d]));
  const today = todayIso();
  return (
    <TableScroll label={p.calendarCaption(monthLabel)}>
      <table className="ds-table month-calendar" data-border>
        <caption>{p.calendarCaption(monthLabel)}</caption>
        <thead>
          <tr>
            {p.weekdays.map((name, i) => (
              <th scope="col" key={name}>
                <abbr title={name}>{p.weekdaysShort[i]}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => {
                if (!day) return <td key={i} className="empty-day" />;
                const d = byDay.get(day);
                return (
                  <td
                    key={day}
                    className="day-cell"
                    data-planned={d?.planned ? 'yes' : undefined}
                    data-done={d?.done ? 'yes' : undefined}
                    aria-current={day === today ? 'date' : undefined}
                  >
                    <span className="day-number">{Number(day.slice(8))}</span>
                    {day === today && <span className="ds-sr-only"> ({p.today})</span>}
                    {d?.planned ? <span className="day-line planned">{p.planned(d.planned)}</span> : null}
                    {d?.done ? <span className="day-line done">{p.done(d.done)}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
