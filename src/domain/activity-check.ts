/**
 * The checks of one activity that need nothing but the activity and today's
 * date: the same for the form, the API (one or a batch) and a CSV file.
 */
import { AppError } from './errors.ts';
import { isAcceptedDay } from './iso-day.ts';
import { ACTIVITY_LIMITS, isClockTime } from './activity-limits.ts';
import { countsWhole, formatNumber } from './reader-text.ts';

/** What the checks read of an activity (the API's ActivityInput has these and more). */
export interface ActivityFields {
  date: string;
  time?: string | null;
  durationMinutes?: number | null;
  quantity?: number;
  areaIds?: string[];
  people?: string[];
  outcomes?: Record<string, number>;
  note?: string | null;
}

const L = ACTIVITY_LIMITS;
const invalid = (sv: string, en: string) => new AppError('validation_failed', sv, en);

/**
 * Rejects what no person could have meant (an impossible date or time, a
 * negative or non-finite amount) and what exceeds the limits every way in
 * shares (ACTIVITY_LIMITS), so a file cannot store what the API refuses.
 */
export function checkActivity(input: ActivityFields, today: string): void {
  if (!isAcceptedDay(input.date)) {
    throw new AppError(
      'validation_failed',
      `Ogiltigt datum: ${input.date} (ÅÅÅÅ-MM-DD, från år 1900)`,
      `Invalid date: ${input.date} (YYYY-MM-DD, from the year 1900)`,
      { field: 'date' },
    );
  }
  if (input.date > today) {
    throw new AppError(
      'validation_failed',
      'En utförd aktivitet kan inte ha ett datum i framtiden; planera den i stället',
      'A performed activity cannot be dated in the future; plan it instead',
    );
  }
  checkLimits(input);
}

function checkLimits(input: ActivityFields): void {
  if (input.time != null && !isClockTime(input.time))
    throw invalid(
      `Ogiltig tid: ${input.time} (TT:MM, 00:00–23:59)`,
      `Invalid time: ${input.time} (HH:MM, 00:00–23:59)`,
    );
  const d = input.durationMinutes;
  if (d != null && (!Number.isInteger(d) || d < 0 || d > L.durationMinutesMax)) {
    throw invalid(
      `Varaktighet måste vara hela minuter, 0–${L.durationMinutesMax}`,
      `Duration must be whole minutes, 0–${L.durationMinutesMax}`,
    );
  }
  const q = input.quantity ?? 1;
  if (!Number.isFinite(q) || q < 0) throw invalid('Antal måste vara 0 eller mer', 'Quantity must be 0 or more');
  if (q > L.quantityMax)
    throw invalid(`Antal får vara högst ${L.quantityMax}`, `Quantity may be at most ${L.quantityMax}`);
  for (const [k, v] of Object.entries(input.outcomes ?? {})) {
    if (!k || k.length > L.outcomeKeyMax)
      throw invalid(
        `Ett utfalls namn måste vara 1–${L.outcomeKeyMax} tecken`,
        `An outcome's name must be 1–${L.outcomeKeyMax} characters`,
      );
    if (!Number.isFinite(v) || v < 0)
      throw invalid(`Utfallet "${k}" måste vara 0 eller mer`, `Outcome "${k}" must be 0 or more`);
    if (v > L.outcomeValueMax)
      throw invalid(
        `Utfallet "${k}" får vara högst ${L.outcomeValueMax}`,
        `Outcome "${k}" may be at most ${L.outcomeValueMax}`,
      );
  }
  if (input.note != null && input.note.length > L.noteMax)
    throw invalid(`Anteckningen får vara högst ${L.noteMax} tecken`, `The note may be at most ${L.noteMax} characters`);
  const people = input.people ?? [];
  if (people.length > L.peopleMax || people.some((p) => p.length > L.personMax)) {
    throw invalid(
      `Högst ${L.peopleMax} personer med högst ${L.personMax} tecken vardera`,
      `At most ${L.peopleMax} people of at most ${L.personMax} characters each`,
    );
  }
  if ((input.areaIds ?? []).length > L.areasMax)
    throw invalid(`Högst ${L.areasMax} områden`, `At most ${L.areasMax} areas`);
}

/**
 * Counted things are whole: 2,5 insatser cannot have been done, so a
 * fractional quantity against a counted unit is refused (with the field
 * named), while 2,5 timmar is accepted. Needs the commitment's target, so it
 * runs beside the commitment checks of the API, the batch and a CSV file.
 */
export function checkWholeQuantity(quantity: number | undefined, target: { kind: string; unit?: string | null }): void {
  const q = quantity ?? 1;
  if (Number.isInteger(q) || !countsWhole(target)) return;
  const unit = target.kind === 'count' && target.unit ? target.unit : null;
  const [low, high] = [Math.floor(q), Math.ceil(q)];
  throw new AppError(
    'validation_failed',
    `Antal: ${formatNumber(q, 'sv')} går inte – ${unit ?? 'åtagandet'} räknas i hela tal. Ange till exempel ${low} eller ${high}.`,
    `Quantity: ${formatNumber(q, 'en')} is not possible – ${unit ?? 'the commitment'} is counted in whole numbers. Enter for example ${low} or ${high}.`,
    { field: 'quantity' },
  );
}
