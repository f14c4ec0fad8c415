/**
 * The limits of one activity, the same whichever way it arrives (the form,
 * the API one by one or in a batch, a CSV file), so a value the API refuses
 * is never let in by an upload. Pure: the staff app may use them too.
 */
export const ACTIVITY_LIMITS = Object.freeze({
  quantityMax: 1_000_000,
  durationMinutesMax: 100_000,
  noteMax: 5000,
  peopleMax: 50,
  personMax: 200,
  areasMax: 50,
  outcomeKeyMax: 100,
  outcomeValueMax: 1_000_000_000,
});

/**
 * Outcome names every commitment takes besides its follow-up indicators:
 * the part and the whole that share targets are counted from (see
 * src/domain/progress/share.ts).
 */
export const SHARE_OUTCOMES: readonly string[] = Object.freeze(['part', 'whole']);

/** "HH:MM", 00:00–23:59: a clock time, not just four digits. */
export function isClockTime(value: string): boolean {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60;
}

/** Outcome names a commitment does not follow up, in the order given. */
export function unknownOutcomes(outcomes: Record<string, unknown>, followUp: readonly string[]): string[] {
  return Object.keys(outcomes).filter((k) => !followUp.includes(k) && !SHARE_OUTCOMES.includes(k));
}
