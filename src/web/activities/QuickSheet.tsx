/**
 * The compact sheet that opens when a commitment is tapped: one big "+1 idag".
 * A modal <dialog>: the browser keeps focus inside, closes it on Escape and
 * gives focus back to the commitment button.
 */
import { useLayoutEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import type { MyCommitment } from '../api/activities.ts';
import { targetText } from '../promises/target-text.ts';

interface Props {
  commitment: MyCommitment;
  /** Done today, with the entries still waiting on the phone marked as such. */
  todayText: string;
  pending: boolean;
  error: string | null;
  onPlusOne: () => void;
  onClose: () => void;
}

export function QuickSheet({ commitment: c, todayText, pending, error, onPlusOne, onClose }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const plusRef = useRef<HTMLButtonElement>(null);
  // A layout effect, so the dialog closes (and gives focus back) before React removes it.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    plusRef.current?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="ds-dialog quick-sheet"
      data-placement="bottom"
      aria-labelledby="sheet-heading"
      onClose={onClose}
    >
      <h2 id="sheet-heading" className="ds-heading sheet-heading" data-size="xs">
        {c.text}
      </h2>
      <p className="muted">
        {t.activities.sheetTarget(targetText(c.target, t))} · {todayText}
      </p>
      {error && (
        <div className="ds-alert" data-color="danger" role="alert">
          {error}
        </div>
      )}
      <button
        ref={plusRef}
        type="button"
        className="ds-button plus-one"
        data-variant="primary"
        aria-busy={pending || undefined}
        onClick={() => {
          if (!pending) onPlusOne();
        }}
      >
        {t.activities.plusOne}
      </button>
      <div className="button-row">
        <Link className="ds-link" to={`/aktiviteter/ny?atagande=${encodeURIComponent(c.id)}`}>
          {t.activities.moreDetails}
        </Link>
        <button type="button" className="ds-button" data-variant="secondary" onClick={() => ref.current?.close()}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
