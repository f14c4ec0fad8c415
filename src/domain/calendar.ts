/**
 * The calendar day in Sweden. Users log "today" in Swedish time; a server
 * in UTC would otherwise call a just-after-midnight entry a future date.
 */
const SWEDISH_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** 'YYYY-MM-DD' of the instant in Europe/Stockholm. */
export function swedishDay(instant: Date): string {
  return SWEDISH_DAY.format(instant);
}
