/**
 * Phone-first quick entry: my commitments as large buttons; tap one, tap
 * "+1 idag", done. The result is announced in a live region with "Ångra".
 */
import { useState } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import {
  useDeleteActivity,
  useLogActivity,
  useMyCommitments,
  type Activity,
  type MyCommitment,
} from '../api/activities.ts';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { todayIso } from '../ui/dates.ts';
import { useFocusLater } from '../ui/useFocusLater.ts';
import { QuickSheet } from './QuickSheet.tsx';
import { discardWaiting, useWaitingEntries } from '../offline/waiting.ts';
import type { WaitingEntry } from '../offline/store.ts';

/** The last "+1": sent (undo deletes it on the server) or kept on the phone (undo removes it there). */
type Saved =
  | { kind: 'sent'; activity: Activity; total: number; text: string }
  | { kind: 'waiting'; entry: WaitingEntry; total: number; waiting: number; text: string };

/** What waits (not refused) per commitment for today, as a quantity like "done today": counted on the phone, marked as not yet sent. */
function waitingToday(entries: readonly WaitingEntry[] | undefined, today: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries ?? [])
    if (!e.refusal && e.input.date === today)
      counts.set(e.input.commitmentId, (counts.get(e.input.commitmentId) ?? 0) + (e.input.quantity ?? 1));
  return counts;
}

function TodayCount({ done, waiting }: { done: string; waiting: string | null }) {
  return (
    <span className="quick-count">
      <span>{done}</span>
      {waiting ? <span className="quick-waiting"> {waiting}</span> : null}
    </span>
  );
}

function CommitmentButtons({
  commitments,
  todayText,
  onOpen,
}: {
  commitments: readonly MyCommitment[];
  todayText: (c: MyCommitment) => { done: string; waiting: string | null };
  onOpen: (c: MyCommitment) => void;
}) {
  const sets = [...new Map(commitments.map((c) => [c.promiseSetId, c])).values()];
  return (
    <>
      {sets.map((s) => (
        <section key={s.promiseSetId} aria-labelledby={`quick-${s.promiseSetId}`} className="quick-set">
          <h3 id={`quick-${s.promiseSetId}`} className="ds-heading" data-size="2xs">
            {s.promiseSetTitle ?? s.municipalities.join(', ')}
          </h3>
          <ul className="quick-list">
            {commitments
              .filter((c) => c.promiseSetId === s.promiseSetId)
              .map((c) => (
                <li key={c.id}>
                  <button type="button" id={`quick-${c.id}`} className="quick-button" onClick={() => onOpen(c)}>
                    <span className="quick-text">{c.text}</span>
                    <TodayCount {...todayText(c)} />
                  </button>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function QuickEntry() {
  const { t, lang, pick } = useI18n();
  const mine = useMyCommitments();
  const log = useLogActivity();
  const remove = useDeleteActivity();
  const waiting = useWaitingEntries();
  const [open, setOpen] = useState<MyCommitment | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [message, setMessage] = useState<Localized | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const closeSheet = (c: MyCommitment) => {
    setOpen(null);
    focusLater(`quick-${c.id}`);
  };
  const today = todayIso();
  const kept = waitingToday(waiting.data, today);
  const todayText = (c: MyCommitment) => {
    const n = kept.get(c.id) ?? 0;
    return { done: t.activities.todayCount(c.doneToday + n), waiting: n ? t.offline.waitingToday(n) : null };
  };
  const plusOne = (c: MyCommitment) =>
    log.mutate(
      { input: { commitmentId: c.id, date: today, quantity: 1 }, commitmentText: c.text },
      {
        onSuccess: (logged) => {
          const before = c.doneToday + (kept.get(c.id) ?? 0);
          setSaved(
            logged.kind === 'sent'
              ? { kind: 'sent', activity: logged.activity, total: before + 1, text: c.text }
              : {
                  kind: 'waiting',
                  entry: logged.entry,
                  total: before + 1,
                  waiting: (kept.get(c.id) ?? 0) + 1,
                  text: c.text,
                },
          );
          setMessage(null);
          closeSheet(c);
        },
        onError: (error) => setSheetError(error instanceof ApiError ? pick(error) : t.unexpectedError),
      },
    );
  const undo = (s: Saved) => {
    if (s.kind === 'waiting') {
      void discardWaiting(s.entry.key).then(() => {
        setSaved(null);
        setMessage((): Localized => (t) => t.activities.undone);
        return waiting.refetch();
      });
      return;
    }
    remove.mutate(s.activity.id, {
      onSuccess: () => {
        setSaved(null);
        setMessage((): Localized => (t) => t.activities.undone);
      },
      onError: (error) =>
        setMessage((): Localized => () => (error instanceof ApiError ? pick(error) : t.unexpectedError)),
    });
  };
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <LoadError error={mine.error} />;
  return (
    <>
      <div role="status" className="notice-region quick-status">
        {saved && (
          <div className="ds-alert" data-color={saved.kind === 'sent' ? 'success' : 'info'}>
            <p>
              <strong>
                {saved.kind === 'sent'
                  ? t.activities.savedToday(saved.total)
                  : t.offline.keptToday(saved.total, saved.waiting)}
              </strong>
            </p>
            <p className="quick-saved-text">{saved.text}</p>
            <button
              type="button"
              className="ds-link"
              onClick={() => undo(saved)}
              aria-busy={remove.isPending || undefined}
            >
              {t.activities.undo}
            </button>
          </div>
        )}
        {message && (
          <div className="ds-alert" data-color="info">
            {message(t, lang)}
          </div>
        )}
      </div>
      {mine.data.length === 0 ? (
        <p>{t.activities.noCommitments}</p>
      ) : (
        <CommitmentButtons
          commitments={mine.data}
          todayText={todayText}
          onOpen={(c) => {
            setSheetError(null);
            setOpen(c);
          }}
        />
      )}
      {open && (
        <QuickSheet
          commitment={open}
          todayText={Object.values(todayText(open)).filter(Boolean).join(' · ')}
          pending={log.isPending}
          error={sheetError}
          onPlusOne={() => plusOne(open)}
          onClose={() => closeSheet(open)}
        />
      )}
    </>
  );
}
