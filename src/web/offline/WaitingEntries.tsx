/**
 * "Väntar på att skickas": the activities kept on this phone for the
 * signed-in user. The count is announced politely whenever it changes; the
 * entries are listed, marked as not sent, with "Skicka nu". Entries the
 * server refused for good are listed apart with the reason in words, to be
 * changed (in the full form) or removed.
 */
import { useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useMyCommitments } from '../api/activities.ts';
import { ConfirmButton } from '../ui/ConfirmButton.tsx';
import { formatNumberSv } from '../../domain/reader-text.ts';
import type { WaitingEntry } from './store.ts';
import { discardWaiting, useSendWaiting, useWaitingEntries } from './waiting.ts';

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser believes it has a connection. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

function EntryLine({ entry, text }: { entry: WaitingEntry; text: string }) {
  const { t } = useI18n();
  return (
    <>
      <span className="waiting-text">{text}</span>{' '}
      <span className="muted">{t.offline.entry(entry.input.date, formatNumberSv(entry.input.quantity ?? 1))}</span>
    </>
  );
}

interface RefusedProps {
  entries: WaitingEntry[];
  textOf: (e: WaitingEntry) => string;
  onDiscarded: () => void;
}

function Refused({ entries, textOf, onDiscarded }: RefusedProps) {
  const { t, pick } = useI18n();
  const waiting = useWaitingEntries();
  return (
    <section aria-labelledby="refused-heading" className="waiting-refused">
      <h3 id="refused-heading" className="ds-heading" data-size="2xs">
        {t.offline.refusedHeading}
      </h3>
      <p>{t.offline.refusedIntro}</p>
      <ul className="waiting-list">
        {entries.map((e) => (
          <li key={e.key}>
            <EntryLine entry={e} text={textOf(e)} />
            <p>
              {t.offline.reasons[e.refusal!.code] ?? ''} {t.offline.serverSaid(pick(e.refusal!))}
            </p>
            <div className="button-row">
              <Link
                className="ds-link"
                to={`/aktiviteter/ny?vantande=${encodeURIComponent(e.key)}`}
                aria-label={t.offline.changeLabel(textOf(e), e.input.date)}
              >
                {t.offline.change}
              </Link>
              <ConfirmButton
                label={t.offline.discardLabel(textOf(e), e.input.date)}
                question={t.offline.discardConfirm}
                onConfirm={() =>
                  void discardWaiting(e.key).then(() => {
                    onDiscarded();
                    return waiting.refetch();
                  })
                }
              >
                {t.offline.discard}
              </ConfirmButton>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function WaitingEntries() {
  const { t } = useI18n();
  const online = useOnline();
  const waiting = useWaitingEntries();
  const mine = useMyCommitments();
  const send = useSendWaiting();
  const [sending, setSending] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const entries = waiting.data ?? [];
  const pending = entries.filter((e) => !e.refusal);
  const refused = entries.filter((e) => e.refusal);
  const texts = new Map((mine.data ?? []).map((c) => [c.id, c.text]));
  const textOf = (e: WaitingEntry) =>
    texts.get(e.input.commitmentId) ?? (e.commitmentText || t.offline.unknownCommitment);
  const sendNow = async () => {
    setSending(true);
    const report = await send().finally(() => setSending(false));
    if (report) setResult(report.waiting ? t.offline.stillWaiting : t.offline.sent(report.sent));
  };
  return (
    <>
      {/* Always in the page, so screen readers hear the count change. */}
      <div role="status" className="notice-region">
        {!online ? (
          <div className="ds-alert" data-color="info">
            {t.offline.noConnection}
          </div>
        ) : null}
        {pending.length ? <p className="waiting-count">{t.offline.count(pending.length)}</p> : null}
        {result && !pending.length ? <p>{result}</p> : null}
      </div>
      {pending.length > 0 && (
        <section aria-labelledby="waiting-heading" className="waiting">
          <h3 id="waiting-heading" className="ds-heading" data-size="2xs">
            {t.offline.heading}
          </h3>
          <p>{t.offline.intro}</p>
          <ul className="waiting-list">
            {pending.map((e) => (
              <li key={e.key}>
                <EntryLine entry={e} text={textOf(e)} /> <span className="ds-tag">{t.offline.notSent}</span>
              </li>
            ))}
          </ul>
          {result && pending.length ? <p>{result}</p> : null}
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            aria-busy={sending || undefined}
            onClick={() => {
              if (!sending) void sendNow();
            }}
          >
            {t.offline.sendNow}
          </button>
        </section>
      )}
      {refused.length > 0 && (
        <Refused entries={refused} textOf={textOf} onDiscarded={() => setResult(t.offline.discarded)} />
      )}
    </>
  );
}
