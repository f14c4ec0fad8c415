/**
 * Leaving a form with unsaved changes asks first: a link or button inside
 * the app opens a modal question (useBlocker), a reload or closing the tab
 * gets the browser's own question (beforeunload).
 */
import { useCallback, useEffect, useId, useRef, type ReactNode } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';

export interface UnsavedChanges {
  /** The question; render it once in the form's page. */
  dialog: ReactNode;
  /** Lets the next move go without asking: the form was just saved and the app moves on. */
  release: () => void;
}

export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const { t } = useI18n();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  // Read through the ref: a save followed by navigate() in the same tick must not be stopped.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirtyRef.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [],
  );
  const blocker = useBlocker(shouldBlock);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (blocker.state === 'blocked' && dialog && !dialog.open) dialog.showModal();
    if (blocker.state !== 'blocked' && dialog?.open) dialog.close();
  }, [blocker.state]);
  const stay = () => {
    dialogRef.current?.close();
    if (blocker.state === 'blocked') blocker.reset();
  };
  const leave = () => {
    dialogRef.current?.close();
    if (blocker.state === 'blocked') blocker.proceed();
  };
  const dialog = (
    <dialog
      ref={dialogRef}
      className="ds-dialog confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      onClose={() => blocker.state === 'blocked' && blocker.reset()}
    >
      <h2 id={headingId} className="ds-heading" data-size="xs">
        {t.forms.leaveTitle}
      </h2>
      <p id={textId}>{t.forms.leaveQuestion}</p>
      <div className="button-row">
        <button type="button" className="ds-button" data-variant="primary" onClick={stay}>
          {t.forms.stay}
        </button>
        <button type="button" className="ds-button" data-variant="secondary" data-color="danger" onClick={leave}>
          {t.forms.leave}
        </button>
      </div>
    </dialog>
  );
  return {
    dialog,
    release: () => {
      dirtyRef.current = false;
    },
  };
}
