/** The activity form's state as typed, its checks, and the API body it becomes. */
import type { Activity, ActivityInput } from '../api/activities.ts';
import type { FormError } from '../ui/form-errors.ts';
import { isValidDay } from '../ui/dates.ts';
import { parseNumber, splitList } from '../promises/editor/draft-model.ts';
import type { Target } from '../api/promises.ts';
import { countsWhole } from '../../domain/reader-text.ts';

export interface ActivityFormState {
  commitmentId: string;
  date: string;
  time: string;
  duration: string;
  quantity: string;
  people: string;
  note: string;
  outcomes: Record<string, string>;
}

export const fieldId = (prefix: string, field: string) => `${prefix}-${field}`;

export function emptyActivityForm(date: string, commitmentId = ''): ActivityFormState {
  return { commitmentId, date, time: '', duration: '', quantity: '1', people: '', note: '', outcomes: {} };
}

export function fromActivity(a: Activity): ActivityFormState {
  return {
    commitmentId: a.commitmentId,
    date: a.date,
    time: a.time ?? '',
    duration: a.durationMinutes === null ? '' : String(a.durationMinutes),
    quantity: String(a.quantity),
    people: a.people.join(', '),
    note: a.note ?? '',
    outcomes: Object.fromEntries(Object.entries(a.outcomes).map(([k, v]) => [k, String(v)])),
  };
}

/** A waiting entry's body back in the form, to be changed before it is sent again. */
export function fromInput(i: ActivityInput): ActivityFormState {
  return {
    commitmentId: i.commitmentId,
    date: i.date,
    time: i.time ?? '',
    duration: i.durationMinutes === null || i.durationMinutes === undefined ? '' : String(i.durationMinutes),
    quantity: String(i.quantity ?? 1),
    people: (i.people ?? []).join(', '),
    note: i.note ?? '',
    outcomes: Object.fromEntries(Object.entries(i.outcomes ?? {}).map(([k, v]) => [k, String(v)])),
  };
}

export function validateActivity(
  s: ActivityFormState,
  today: string,
  prefix: string,
  needsCommitment: boolean,
  /** The chosen commitment's target: counted things (insatser, gånger) take whole numbers only. */
  target?: Target,
): FormError[] {
  const errors: FormError[] = [];
  const id = (f: string) => fieldId(prefix, f);
  if (needsCommitment && !s.commitmentId) {
    errors.push({ fieldId: id('commitment'), message: (t) => t.chooseRequired(t.activityForm.commitment) });
  }
  if (!isValidDay(s.date)) errors.push({ fieldId: id('date'), message: (t) => t.activityForm.dateRequired });
  else if (s.date > today) errors.push({ fieldId: id('date'), message: (t) => t.activityForm.dateFuture });
  if (s.time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(s.time))
    errors.push({ fieldId: id('time'), message: (t) => t.activityForm.timeInvalid });
  const duration = s.duration.trim() ? parseNumber(s.duration) : 0;
  if (duration === null || !Number.isInteger(duration))
    errors.push({ fieldId: id('duration'), message: (t) => t.activityForm.durationInvalid });
  const quantity = parseNumber(s.quantity);
  if (quantity === null) errors.push({ fieldId: id('quantity'), message: (t) => t.activityForm.quantityInvalid });
  else if (target && !Number.isInteger(quantity) && countsWhole(target)) {
    const unit = target.kind === 'count' ? target.unit : null;
    errors.push({ fieldId: id('quantity'), message: (t) => t.activityForm.quantityWhole(unit) });
  }
  Object.entries(s.outcomes).forEach(([name, value], i) => {
    if (value.trim() && parseNumber(value) === null) {
      errors.push({ fieldId: id(`outcome-${i}`), message: (t) => t.activityForm.outcomeInvalid(name) });
    }
  });
  return errors;
}

/** The body for POST /activities (PATCH takes the same without commitmentId). */
export function toActivityInput(s: ActivityFormState): ActivityInput {
  const outcomes: Record<string, number> = {};
  for (const [name, value] of Object.entries(s.outcomes)) {
    const n = parseNumber(value);
    if (value.trim() && n !== null) outcomes[name] = n;
  }
  return {
    commitmentId: s.commitmentId,
    date: s.date,
    time: s.time || null,
    durationMinutes: s.duration.trim() ? parseNumber(s.duration) : null,
    quantity: parseNumber(s.quantity) ?? 1,
    people: splitList(s.people),
    outcomes,
    note: s.note.trim() || null,
  };
}
