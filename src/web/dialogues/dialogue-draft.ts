/**
 * A dialogue form's draft as the browser keeps it (ui/drafts.ts): the form's
 * own fields, the participant rows and the finding rows. Rows get fresh
 * keys when a draft comes back, so they never collide with rows added later.
 */
import { newKey, type FindingRow, type ParticipantRow } from './dialogue-model.ts';

export interface DialogueDraft<S> {
  s: S;
  participants: ParticipantRow[];
  findings: FindingRow[];
}

const isText = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isParticipant(r: unknown): r is ParticipantRow {
  return isObject(r) && isText(r.key) && isText(r.group) && isText(r.count);
}

function isFinding(r: unknown): r is FindingRow {
  return (
    isObject(r) &&
    isText(r.key) &&
    isText(r.text) &&
    isText(r.category) &&
    isText(r.seriousness) &&
    isText(r.areaName) &&
    (r.id === undefined || isText(r.id)) &&
    (r.locked === undefined || typeof r.locked === 'boolean')
  );
}

/** Whether stored data is a draft of a form whose own fields are the string fields `fields`. */
export function isDialogueDraft<S>(fields: readonly (keyof S & string)[]) {
  return (data: unknown): data is DialogueDraft<S> =>
    isObject(data) &&
    isObject(data.s) &&
    fields.every((f) => isText((data.s as Record<string, unknown>)[f])) &&
    Array.isArray(data.participants) &&
    data.participants.every(isParticipant) &&
    Array.isArray(data.findings) &&
    data.findings.every(isFinding);
}

export function reviveDialogueDraft<S>(draft: DialogueDraft<S>): DialogueDraft<S> {
  return {
    s: draft.s,
    participants: draft.participants.map((r) => ({ ...r, key: newKey('p') })),
    findings: draft.findings.map((r) => ({ ...r, key: newKey('f') })),
  };
}
