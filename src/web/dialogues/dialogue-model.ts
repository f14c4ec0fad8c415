/**
 * The working copy of participants (count by group) and findings as the
 * user types them, their checks, and the API bodies they become. Shared by
 * the dialogue form and the trygghetsvandring's walk step.
 */
import type { Finding, FindingEditInput } from '../api/dialogues.ts';
import type { FormError } from '../ui/form-errors.ts';
import { isValidDay } from '../ui/dates.ts';

export interface ParticipantRow {
  key: string;
  group: string;
  count: string;
}
export interface FindingRow {
  key: string;
  text: string;
  category: string;
  seriousness: string;
  areaName: string;
  /** A stored finding being corrected. */
  id?: string;
  /** It has an action (owner, action, due date or done), which removing it would lose. */
  locked?: boolean;
}

let next = 0;
export const newKey = (prefix: string) => `${prefix}${++next}`;

export function participantRow(group = '', count = ''): ParticipantRow {
  return { key: newKey('p'), group, count };
}

export function findingRow(): FindingRow {
  return { key: newKey('f'), text: '', category: '', seriousness: '3', areaName: '' };
}

/** A stored finding as a row of the edit form. */
export function findingRowOf(f: Finding): FindingRow {
  return {
    key: newKey('f'),
    id: f.id,
    text: f.text,
    category: f.category,
    seriousness: String(f.seriousness),
    areaName: f.area?.name ?? '',
    locked: Boolean(f.owner || f.action || f.dueDate || f.doneAt),
  };
}

const isCount = (s: string) => /^\d{1,6}$/.test(s.trim());

export function validateParticipants(rows: readonly ParticipantRow[]): FormError[] {
  const errors: FormError[] = [];
  rows.forEach((r, i) => {
    const n = i + 1;
    if (!r.group.trim() && !r.count.trim()) return;
    if (!r.group.trim()) errors.push({ fieldId: `${r.key}-group`, message: (t) => t.participants.groupRequired(n) });
    if (!isCount(r.count)) errors.push({ fieldId: `${r.key}-count`, message: (t) => t.participants.countInvalid(n) });
  });
  return errors;
}

export function toParticipants(rows: readonly ParticipantRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    if (r.group.trim() && isCount(r.count)) out[r.group.trim()] = (out[r.group.trim()] ?? 0) + Number(r.count.trim());
  }
  return out;
}

export function participantTotal(rows: readonly ParticipantRow[]): number {
  return Object.values(toParticipants(rows)).reduce((a, b) => a + b, 0);
}

export function validateFindings(rows: readonly FindingRow[]): FormError[] {
  const errors: FormError[] = [];
  rows.forEach((r, i) => {
    const n = i + 1;
    if (!r.text.trim()) errors.push({ fieldId: `${r.key}-text`, message: (t) => t.findings.textRequired(n) });
    if (!r.category) errors.push({ fieldId: `${r.key}-category`, message: (t) => t.findings.categoryRequired(n) });
  });
  return errors;
}

export function toFindings(rows: readonly FindingRow[]): FindingEditInput[] {
  return rows.map((r) => ({
    ...(r.id ? { id: r.id } : {}),
    text: r.text.trim(),
    category: r.category,
    seriousness: Number(r.seriousness),
    areaName: r.areaName.trim() || null,
  }));
}

/** A required day that may not lie after `latest` (when given). */
export function dayError(value: string, fieldId: string, latest?: string): FormError | null {
  if (!isValidDay(value)) return { fieldId, message: (t) => t.dialogueForm.dateInvalid };
  if (latest && value > latest) return { fieldId, message: (t) => t.dialogueForm.dateFuture };
  return null;
}

/** An optional day: empty is fine, anything else must be a real day. */
export function optionalDayError(value: string, fieldId: string): FormError | null {
  return value && !isValidDay(value) ? { fieldId, message: (t) => t.dialogueForm.dateInvalid } : null;
}
