/**
 * The new token, shown once: a read-only field to select from, a copy
 * button, and a plain warning. Focus moves here so the warning is read first.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';

export function NewTokenNotice({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(token);
      setCopyState('copied');
    } catch {
      inputRef.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <section className="ds-alert new-token" data-color="warning" aria-labelledby="new-token-heading">
      <h2 id="new-token-heading" ref={headingRef} tabIndex={-1} className="ds-heading" data-size="sm">
        {t.tokens.newHeading}
      </h2>
      <p id="new-token-warning">
        <strong>{t.tokens.newWarning}</strong>
      </p>
      <div className="ds-field field">
        <label className="ds-label" htmlFor="new-token">
          {t.tokens.tokenLabel}
        </label>
        <div className="copy-row">
          <input
            ref={inputRef}
            id="new-token"
            className="ds-input token-value"
            readOnly
            value={token}
            aria-describedby="new-token-warning"
            onFocus={(e) => e.target.select()}
          />
          <button type="button" className="ds-button" data-variant="secondary" onClick={copy}>
            {t.tokens.copy}
          </button>
        </div>
      </div>
      <p role="status">
        {copyState === 'copied' ? t.tokens.copied : copyState === 'failed' ? t.tokens.copyFailed : ''}
      </p>
      <button type="button" className="ds-button" data-variant="primary" onClick={onDone}>
        {t.tokens.done}
      </button>
    </section>
  );
}
