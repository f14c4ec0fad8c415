/** Values of a version diff in words: a period, a list, a target, a status; the same in both languages' shape. */
import type { Messages } from '../../i18n/sv.ts';
import type { PromiseStatus, Target } from '../../api/promises.ts';
import { targetText } from '../target-text.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function itemText(item: unknown, t: Messages): string {
  if (typeof item === 'string') return item;
  if (isRecord(item) && typeof item.name === 'string') {
    return typeof item.role === 'string' ? `${item.name} (${item.role})` : item.name;
  }
  if (isRecord(item) && isRecord(item.target)) {
    const text = targetText(item.target as Target, t);
    return typeof item.place === 'string' ? `${text} (${item.place})` : text;
  }
  return JSON.stringify(item);
}

/** A value of field `field` as a reader would say it; '' for nothing. */
export function valueText(field: string, value: unknown, t: Messages): string {
  if (value === null || value === undefined || value === '') return '';
  if (field === 'status' && typeof value === 'string') return t.promiseStatus[value as PromiseStatus] ?? value;
  if (field === 'period' && isRecord(value)) {
    return `${String(value.from)} – ${value.to ? String(value.to) : t.versions.untilFurther}`;
  }
  if (field === 'target' && isRecord(value)) return targetText(value as Target, t);
  if (Array.isArray(value)) return value.map((v) => itemText(v, t)).join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function fieldName(field: string, t: Messages): string {
  return t.versions.fields[field] ?? field;
}
