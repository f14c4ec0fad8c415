/**
 * The state of a long form, kept as a draft in the browser while it differs
 * from what is saved (drafts.ts). On the next visit the draft comes back,
 * with the time it was written, until the form is saved or the draft is
 * discarded.
 */
import { useEffect, useMemo, useState } from 'react';
import { useCurrentUser } from '../auth/session.tsx';
import { clearDraft, pruneDrafts, readDraft, sameData, writeDraft, type DraftKey } from './drafts.ts';

export interface FormDraft<T> {
  /** When the restored draft was written (ISO); null when the form shows what is saved. */
  restoredAt: string | null;
  /** Whether the form differs from what is saved. */
  dirty: boolean;
  /** The form was saved; `next` (what the form shows now, if it changed on saving) is the new starting point. */
  saved: (next?: T) => void;
  /** Throws the draft away and shows what is saved. */
  discard: () => void;
}

interface Options<T> {
  form: string;
  record: string;
  /** What is saved, as the form's state. */
  initial: () => T;
  /** Whether stored data still has the form's shape (a draft written by an older version may not). */
  accept: (data: unknown) => data is T;
  /** Makes a restored draft fit this page view (e.g. fresh React keys). */
  revive?: (data: T) => T;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function useDraftState<T>({
  form,
  record,
  initial,
  accept,
  revive,
}: Options<T>): [T, (next: T) => void, FormDraft<T>] {
  const userId = useCurrentUser().id;
  const key = useMemo<DraftKey>(() => ({ userId, form, record }), [userId, form, record]);
  // Read once, before the first render, so the form never shows the saved text and then jumps.
  const [start] = useState(() => {
    const base = initial();
    const store = storage();
    if (!store) return { base, draft: null };
    pruneDrafts(store);
    const found = readDraft(store, key, accept);
    return { base, draft: found && !sameData(found.data, base) ? found : null };
  });
  const [baseline, setBaseline] = useState<T>(start.base);
  const [value, setValue] = useState<T>(() =>
    start.draft ? (revive ? revive(start.draft.data) : start.draft.data) : start.base,
  );
  const [restoredAt, setRestoredAt] = useState<string | null>(start.draft?.savedAt ?? null);
  const dirty = !sameData(value, baseline);
  useEffect(() => {
    const store = storage();
    if (!store) return;
    if (dirty) writeDraft(store, key, value);
    else clearDraft(store, key);
  }, [key, value, dirty]);
  const forget = () => {
    setRestoredAt(null);
    const store = storage();
    if (store) clearDraft(store, key);
  };
  const draft: FormDraft<T> = {
    restoredAt,
    dirty,
    // What was sent becomes the saved state; anything typed while saving stays, and stays a draft.
    saved: (next) => {
      setBaseline(next ?? value);
      if (next !== undefined) setValue(next);
      forget();
    },
    discard: () => {
      setValue(baseline);
      forget();
    },
  };
  return [value, setValue, draft];
}
