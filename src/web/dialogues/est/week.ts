/** ISO weeks as the EST API writes them ("2026-W07"): the week of a day, and checking what a user typed. */

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO week that holds the day (the week belongs to the year of its Thursday). */
export function isoWeekOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - weekday + 3);
  const year = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${pad(week)}`;
}

/** "2026-W7", "2026 v 7", "2026-w07" → "2026-W07"; null when it is not a week. */
export function normaliseWeek(text: string): string | null {
  const m = /^(\d{4})\s*[-\s]?\s*[wWvV]\s*\.?\s*(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  const value = `${m[1]}-W${pad(week)}`;
  // Week 53 exists only in some years: its Monday must still lie in a week 53.
  if (week === 53 && isoWeekOf(`${m[1]}-12-28`) !== value) return null;
  return value;
}

/** Periods for the EST summary: the quarters, tertials and halves of a year, and the year. */
export function periodsOf(year: number): string[] {
  return [
    `${year}`,
    `${year}-H1`,
    `${year}-H2`,
    `${year}-T1`,
    `${year}-T2`,
    `${year}-T3`,
    `${year}-Q1`,
    `${year}-Q2`,
    `${year}-Q3`,
    `${year}-Q4`,
  ];
}
