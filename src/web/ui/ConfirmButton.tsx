/**
 * A button that asks first, in a modal <dialog>. The browser keeps focus
 * inside the dialog, closes it on Escape and returns focus to the button.
 */
import { useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

interface ConfirmButtonProps {
  /** The button's visible text, also the confirm button's text. */
  children: ReactNode;
  /** An accessible name when the visible text alone is ambiguous (e.g. one "Ta bort" per row). */
  label?: string;
  question: string;
  onConfirm: () => void;
  disabled?: boolean;
  danger?: boolean;
}

export function ConfirmButton({ children, label, question, onConfirm, disabled, danger = true }: ConfirmButtonProps) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  const color = danger ? 'danger' : undefined;
  const confirm = () => {
    dialogRef.current?.close();
    onConfirm();
  };
  return (
    <>
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        data-color={color}
        aria-label={label}
        disabled={disabled}
        onClick={() => dialogRef.current?.showModal()}
      >
        {children}
      </button>
      <dialog
        ref={dialogRef}
        className="ds-dialog confirm-dialog"
        aria-labelledby={headingId}
        aria-describedby={textId}
      >
        <h2 id={headingId} className="ds-heading" data-size="xs">
          {t.confirm.title}
        </h2>
        <p id={textId}>{question}</p>
        <div className="button-row">
          <button type="button" className="ds-button" data-variant="primary" data-color={color} onClick={confirm}>
            {children}
          </button>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={() => dialogRef.current?.close()}
          >
            {t.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
