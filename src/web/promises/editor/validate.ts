/** What must be right before a promise set is saved; each error links to its field. */
import type { FormError } from '../../ui/form-errors.ts';
import { isValidDay } from '../../ui/dates.ts';
import { parseNumber, type CommitmentDraft, type EditorDraft } from './draft-model.ts';

export const FIELD_IDS = {
  title: 'ed-title',
  municipalities: 'ed-kommun',
  periodFrom: 'ed-period-from',
  periodTo: 'ed-period-to',
  reason: 'ed-reason',
};

export const cellId = (c: CommitmentDraft, field: string) => `${c.key}-${field}`;

function periodErrors(d: EditorDraft): FormError[] {
  const errors: FormError[] = [];
  const from = d.periodFrom.trim();
  const to = d.periodTo.trim();
  if (from && !isValidDay(from))
    errors.push({ fieldId: FIELD_IDS.periodFrom, message: (t) => t.editor.invalidDate(t.editor.periodFrom) });
  if (to && !isValidDay(to))
    errors.push({ fieldId: FIELD_IDS.periodTo, message: (t) => t.editor.invalidDate(t.editor.periodTo) });
  if (to && !from) errors.push({ fieldId: FIELD_IDS.periodFrom, message: (t) => t.editor.periodFromRequired });
  if (from && to && isValidDay(from) && isValidDay(to) && to < from) {
    errors.push({ fieldId: FIELD_IDS.periodTo, message: (t) => t.editor.periodOrder });
  }
  return errors;
}

function targetErrors(c: CommitmentDraft, n: number): FormError[] {
  const d = c.target;
  if (d.kind === 'share') {
    const p = parseNumber(d.percent);
    return p === null || p > 100 ? [{ fieldId: cellId(c, 'percent'), message: (t) => t.editor.percentInvalid(n) }] : [];
  }
  if (d.kind !== 'count') return [];
  const errors: FormError[] = [];
  const count = parseNumber(d.count);
  if (count === null) errors.push({ fieldId: cellId(c, 'count'), message: (t) => t.editor.countInvalid(n) });
  if (d.max.trim() !== '') {
    const max = parseNumber(d.max);
    if (max === null || (count !== null && max < count))
      errors.push({ fieldId: cellId(c, 'max'), message: (t) => t.editor.maxInvalid(n) });
  }
  const every = parseNumber(d.every || '1');
  if (every === null || every < 1 || !Number.isInteger(every)) {
    errors.push({ fieldId: cellId(c, 'every'), message: (t) => t.editor.everyInvalid(n) });
  }
  return errors;
}

export function validateDraft(d: EditorDraft, options: { reasonRequired: boolean; reason: string }): FormError[] {
  const errors: FormError[] = [];
  if (!d.title.trim()) errors.push({ fieldId: FIELD_IDS.title, message: (t) => t.required(t.editor.title) });
  if (!d.municipalities.length)
    errors.push({ fieldId: FIELD_IDS.municipalities, message: (t) => t.editor.kommunRequired });
  errors.push(...periodErrors(d));
  let n = 0;
  for (const area of d.focusAreas) {
    for (const c of area.commitments) {
      const number = ++n;
      if (!c.text.trim()) errors.push({ fieldId: cellId(c, 'text'), message: (t) => t.editor.textRequired(number) });
      errors.push(...targetErrors(c, number));
    }
  }
  if (options.reasonRequired && !options.reason.trim()) {
    errors.push({ fieldId: FIELD_IDS.reason, message: (t) => t.editor.reasonRequired });
  }
  return errors;
}
