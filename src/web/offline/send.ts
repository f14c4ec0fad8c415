/**
 * Sending waiting entries: each with its own Idempotency-Key, oldest first,
 * one at a time. Used by the page (at opening, when the connection returns,
 * every half minute while something waits) and by the service worker (the
 * browser's background sync), never both at once (a Web Lock). What an
 * answer means for an entry is decided by `outcomeOf`.
 */
import { putWaiting, removeWaiting, waitingEntries, type Refusal, type WaitingEntry } from './store.ts';

export type SendOutcome = { kind: 'sent' } | { kind: 'retry' } | { kind: 'refused'; refusal: Refusal };

const FALLBACK: Omit<Refusal, 'status'> = {
  code: 'refused',
  message: 'Servern tog inte emot aktiviteten.',
  messageEn: 'The server did not accept the activity.',
};

function refusalOf(status: number, body: unknown): Refusal {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Partial<Refusal>;
  if (typeof b.code === 'string' && typeof b.message === 'string' && typeof b.messageEn === 'string')
    return { status, code: b.code, message: b.message, messageEn: b.messageEn };
  return { status, ...FALLBACK };
}

/**
 * What an answer means for a waiting entry (status 0: no answer at all).
 * Stored (2xx): done. No answer, a timeout, too many requests, a server
 * error, a session that has to be signed in again (401) or a stale CSRF
 * token: send again later, unchanged. Any other refusal (the commitment was
 * closed meanwhile: 409; access lost: 403/404; a bad value: 400) will not
 * change by sending again: the entry stays on the phone with the reason.
 */
export function outcomeOf(status: number, body: unknown): SendOutcome {
  if (status >= 200 && status < 300) return { kind: 'sent' };
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return { kind: 'retry' };
  const refusal = refusalOf(status, body);
  if (status === 403 && refusal.code === 'csrf_failed') return { kind: 'retry' };
  return { kind: 'refused', refusal };
}

async function post(entry: WaitingEntry, csrfToken: string, fetchFn: typeof fetch): Promise<SendOutcome> {
  let res: Response;
  try {
    res = await fetchFn('/api/v1/activities', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'x-csrf-token': csrfToken,
        'idempotency-key': entry.key,
      },
      body: JSON.stringify(entry.input),
    });
  } catch {
    return { kind: 'retry' };
  }
  const text = await res.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  return outcomeOf(res.status, body);
}

export interface SendReport {
  sent: number;
  refused: number;
  /** Entries still waiting to be sent (not counting refused ones). */
  waiting: number;
}

async function sendAll(userId: string, csrfToken: string, fetchFn: typeof fetch): Promise<SendReport> {
  const report: SendReport = { sent: 0, refused: 0, waiting: 0 };
  const entries = (await waitingEntries(userId)).filter((e) => !e.refusal);
  for (const [i, entry] of entries.entries()) {
    const outcome = await post(entry, csrfToken, fetchFn);
    if (outcome.kind === 'retry') {
      // No connection or the server is down: the rest would fare the same; keep them in their order.
      report.waiting = entries.length - i;
      break;
    }
    if (outcome.kind === 'sent') {
      await removeWaiting(entry.key);
      report.sent++;
    } else {
      await putWaiting({ ...entry, refusal: outcome.refusal });
      report.refused++;
    }
  }
  return report;
}

/** Sends the user's waiting entries; one sender at a time across the app's pages and its service worker. */
export async function sendWaiting(
  userId: string,
  csrfToken: string,
  fetchFn: typeof fetch = fetch,
): Promise<SendReport> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return sendAll(userId, csrfToken, fetchFn);
  return locks.request('lofte-waiting-entries', () => sendAll(userId, csrfToken, fetchFn));
}
