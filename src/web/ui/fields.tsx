/**
 * Form fields on the design system's CSS, wired by hand: every input has a
 * <label>, and its hint and error are tied to it with aria-describedby.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useI18n, type Localized } from '../i18n/i18n.tsx';

interface FieldShell {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: Localized | null;
}

function describedBy(id: string, hint: ReactNode, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function HintAndError({ id, hint, error }: { id: string; hint?: ReactNode; error?: Localized | null }) {
  const { t, lang } = useI18n();
  return (
    <>
      {hint && (
        <div data-field="description" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="ds-validation-message" data-field="validation" id={`${id}-error`}>
          {error(t, lang)}
        </p>
      )}
    </>
  );
}

type TextFieldProps = FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

export function TextField({ id, label, hint, error, ...input }: TextFieldProps) {
  return (
    <div className="ds-field field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        {...input}
        id={id}
        className="ds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

type SelectFieldProps = FieldShell &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> & {
    children: ReactNode;
  };

export function SelectField({ id, label, hint, error, children, ...select }: SelectFieldProps) {
  return (
    <div className="ds-field field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        {...select}
        id={id}
        className="ds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {children}
      </select>
    </div>
  );
}

type TextAreaFieldProps = FieldShell & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

export function TextAreaField({ id, label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <div className="ds-field field">
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        {...textarea}
        id={id}
        className="ds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

type SwitchFieldProps = FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'>;

/** An on/off setting: a checkbox with the switch role, label to its right. */
export function SwitchField({ id, label, hint, error, ...input }: SwitchFieldProps) {
  return (
    <div className="ds-field">
      <input
        {...input}
        id={id}
        type="checkbox"
        role="switch"
        className="ds-input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}
