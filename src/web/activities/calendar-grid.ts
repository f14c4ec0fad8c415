/** The weeks (Monday first) of a month view, with the days outside the month left empty. */
import { addDaysIso, monthBounds, weekdayIndex } from '../ui/dates.ts';

export function monthWeeks(anyDayInMonth: string): (string | null)[][] {
  const { from, to } = monthBounds(anyDayInMonth);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = new Array<string | null>(weekdayIndex(from)).fill(null);
  for (let day = from; day <= to; day = addDaysIso(day, 1)) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...new Array<string | null>(7 - week.length).fill(null)]);
  return weeks;
}
