/**
 * Drafts of long forms kept in the browser (localStorage), so a reload, a
 * crash or an expired session does not cost the text typed so far. A draft
 * belongs to one user, one form and one record; it is cleared when the form
 * is saved or the user discards it, and forgotten after DRAFT_DAYS.
 * Storage is passed in, so the rules are tested without a browser.
 */

export interface DraftKey {
  userId: string;
  /** The form, e.g. "follow-up" or "survey-questions". */
  form: string;
  /** The record the form edits ("new" for a form that creates one). */
  record: string;
}

export interface StoredDraft<T> {
  /** When the draft was last written (ISO). */
  savedAt: string;
  data: T;
}

/** Drafts older than this are dropped when drafts are read: a forgotten draft should not come back months later. */
export const DRAFT_DAYS = 14;
const PREFIX = 'lofte.draft.v1:';

export function draftStorageKey(key: DraftKey): string {
  return `${PREFIX}${encodeURIComponent(key.userId)}:${encodeURIComponent(key.form)}:${encodeURIComponent(key.record)}`;
}

function isStored(value: unknown): value is StoredDraft<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { savedAt?: unknown }).savedAt === 'string' &&
    'data' in value
  );
}

function tooOld(savedAt: string, now: Date): boolean {
  const at = Date.parse(savedAt);
  return !Number.isFinite(at) || now.getTime() - at > DRAFT_DAYS * 86_400_000;
}

/**
 * The draft, if there is a readable one that `accept` takes (the form's shape may have changed
 * since it was written); an unreadable or too old draft is removed.
 */
export function readDraft<T>(
  storage: Storage,
  key: DraftKey,
  accept: (data: unknown) => data is T,
  now: Date = new Date(),
): StoredDraft<T> | null {
  const name = draftStorageKey(key);
  let parsed: unknown;
  try {
    const raw = storage.getItem(name);
    if (raw === null) return null;
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  if (isStored(parsed) && !tooOld(parsed.savedAt, now) && accept(parsed.data)) {
    return { savedAt: parsed.savedAt, data: parsed.data };
  }
  clearDraft(storage, key);
  return null;
}

/** Writes the draft; a full or forbidden storage only means there is no draft. */
export function writeDraft<T>(storage: Storage, key: DraftKey, data: T, now: Date = new Date()): void {
  try {
    storage.setItem(draftStorageKey(key), JSON.stringify({ savedAt: now.toISOString(), data }));
  } catch {
    // Quota or private browsing: the form still works, only without a draft.
  }
}

export function clearDraft(storage: Storage, key: DraftKey): void {
  try {
    storage.removeItem(draftStorageKey(key));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Removes every draft older than DRAFT_DAYS, of any user (run once when the app starts a form). */
export function pruneDrafts(storage: Storage, now: Date = new Date()): void {
  try {
    const names: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (name?.startsWith(PREFIX)) names.push(name);
    }
    for (const name of names) {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(storage.getItem(name) ?? 'null');
      } catch {
        parsed = null;
      }
      if (!isStored(parsed) || tooOld(parsed.savedAt, now)) storage.removeItem(name);
    }
  } catch {
    // Storage not available: there are no drafts to prune.
  }
}

/** Whether two form states are the same (plain data: strings, numbers, booleans, arrays, objects). */
export function sameData(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
