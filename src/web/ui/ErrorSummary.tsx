/** The list of what is wrong in a form; it takes focus when it appears and links to each field. */
import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { FormError } from './form-errors.ts';

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({ errors }: { errors: readonly FormError[] }) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors]);
  if (!errors.length) return null;
  return (
    <div ref={ref} className="ds-error-summary error-summary" tabIndex={-1} aria-labelledby={headingId} role="group">
      <h2 id={headingId}>{t.errorSummaryHeading}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.fieldId ?? 'form'}-${i}`}>
            {e.fieldId ? (
              <a href={`#${e.fieldId}`} onClick={(ev) => focusField(ev, e.fieldId!)}>
                {e.message(t, lang)}
              </a>
            ) : (
              e.message(t, lang)
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
