/** Errors of the areas page: the shared name rule checked before sending, and API answers tied to the field they are about. */
import { ApiError } from '../api/client.ts';
import { fromApi } from '../i18n/i18n.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { areaNameProblem, normaliseAreaName } from '../../domain/areas/areas.ts';

/** The name as it will be stored, or the error to show at `fieldId`. */
export function checkName(raw: string, fieldId: string): { name: string; errors: FormError[] } {
  const name = normaliseAreaName(raw);
  const problem = areaNameProblem(name);
  return {
    name,
    errors: problem ? [{ fieldId, message: (_t, lang) => (lang === 'en' ? problem.en : problem.sv) }] : [],
  };
}

/** A refused change: a name clash (409 about "name") or a bad field links to the input; anything else is about the form. */
export function areaApiErrors(error: unknown, fieldId: string): FormError[] {
  const field = error instanceof ApiError ? (error.details as { field?: unknown } | null)?.field : undefined;
  if (error instanceof ApiError && error.code === 'conflict' && field === 'name') {
    return [{ fieldId, message: fromApi({ message: error.message, messageEn: error.messageEn }) }];
  }
  return apiFormErrors(error, { name: fieldId, intoId: fieldId });
}
