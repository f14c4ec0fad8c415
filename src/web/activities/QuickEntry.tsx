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

type Saved = { activity: Activity; total: number; text: string };

function CommitmentButtons({
  commitments,
  onOpen,
}: {
  commitments: readonly MyCommitment[];
  onOpen: (c: MyCommitment) => void;
}) {
  const { t } = useI18n();
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
                    <span className="quick-count">{t.activities.todayCount(c.doneToday)}</span>
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
  const [open, setOpen] = useState<MyCommitment | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [message, setMessage] = useState<Localized | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const closeSheet = (c: MyCommitment) => {
    setOpen(null);
    focusLater(`quick-${c.id}`);
  };
  const plusOne = (c: MyCommitment) =>
    log.mutate(
      { commitmentId: c.id, date: todayIso(), quantity: 1 },
      {
        onSuccess: (activity) => {
          setSaved({ activity, total: c.doneToday + 1, text: c.text });
          setMessage(null);
          closeSheet(c);
        },
        onError: (error) => setSheetError(error instanceof ApiError ? pick(error) : t.unexpectedError),
      },
    );
  const undo = (s: Saved) =>
    remove.mutate(s.activity.id, {
      onSuccess: () => {
        setSaved(null);
        setMessage((): Localized => (t) => t.activities.undone);
      },
      onError: (error) =>
        setMessage((): Localized => () => (error instanceof ApiError ? pick(error) : t.unexpectedError)),
    });
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <LoadError error={mine.error} />;
  return (
    <>
      <div role="status" className="notice-region quick-status">
        {saved && (
          <div className="ds-alert" data-color="success">
            <p>
              <strong>{t.activities.savedToday(saved.total)}</strong>
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
          onOpen={(c) => {
            setSheetError(null);
            setOpen(c);
          }}
        />
      )}
      {open && (
        <QuickSheet
          commitment={open}
          pending={log.isPending}
          error={sheetError}
          onPlusOne={() => plusOne(open)}
          onClose={() => closeSheet(open)}
        />
      )}
    </>
  );
}
