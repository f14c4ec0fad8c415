/** Errors of one form: per field (linked from the summary) or for the whole form. */
import { ApiError } from '../api/client.ts';
import { fromApi, type Localized } from '../i18n/i18n.tsx';

export interface FormError {
  /** The id of the input the error is about; absent for errors about the whole form. */
  fieldId?: string;
  message: Localized;
}

const unexpected: Localized = (t) => t.unexpectedError;

/**
 * Turns a failed API call into form errors. A validation error names the
 * bad body fields in `details` (paths like "/email"); `fields` maps those
 * names (or whole paths, "items.2.comment") to input ids so the summary can
 * link to them.
 */
export function apiFormErrors(error: unknown, fields: Record<string, string> = {}): FormError[] {
  if (!(error instanceof ApiError)) return [{ message: unexpected }];
  const main: FormError = { message: fromApi({ message: error.message, messageEn: error.messageEn }) };
  // A rule the server checks itself names one field: { field: "date" } or { field: "actions.0.dueDate" };
  // so may a conflict about one field (an address already taken).
  const field = (error.details as { field?: unknown } | null)?.field;
  if (typeof field === 'string') {
    const fieldId = fields[field] ?? fields[field.split('.')[0]!];
    return [fieldId ? { fieldId, message: main.message } : main];
  }
  if (error.code !== 'validation_failed' || !Array.isArray(error.details)) return [main];
  const linked: FormError[] = [];
  for (const detail of error.details as ValidationDetail[]) {
    // A whole path ("items.2.comment") names one input of a list; its first part names the field.
    const parts = typeof detail.path === 'string' ? detail.path.replace(/^\//, '').split('/') : [];
    const fieldId = parts[0] ? (fields[parts.join('.')] ?? fields[parts[0]]) : undefined;
    if (fieldId && !linked.some((e) => e.fieldId === fieldId))
      linked.push({ fieldId, message: detailText(detail, main) });
  }
  return linked.length ? linked : [main];
}

/** One schema issue as the server words it for the field (errors.ts); older answers carry only the general message. */
interface ValidationDetail {
  path?: unknown;
  messageSv?: unknown;
  messageEn?: unknown;
}

function detailText(detail: ValidationDetail, fallback: FormError): Localized {
  const { messageSv, messageEn } = detail;
  if (typeof messageSv !== 'string' || !messageSv) return fallback.message;
  return (_t, lang) => (lang === 'en' && typeof messageEn === 'string' && messageEn ? messageEn : messageSv);
}

/** The error message of one field, if any. */
export function fieldError(errors: readonly FormError[], fieldId: string): Localized | null {
  return errors.find((e) => e.fieldId === fieldId)?.message ?? null;
}
