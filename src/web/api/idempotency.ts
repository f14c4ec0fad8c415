/**
 * One Idempotency-Key per submission. Sending the same thing again after an
 * answer never came (network error, timeout, 5xx) reuses the key, so the
 * server answers with what it stored the first time instead of storing it
 * twice; a submission the server did answer, or a different one, gets a new
 * key, so logging the same activity twice on purpose still stores two.
 */
import { ApiError } from './client.ts';

interface Pending {
  body: string;
  key: string;
  /** While a request is under way, a second submission is a new one (a second tap on "+1" means two). */
  sending: boolean;
}

export class SubmissionKeys {
  private pending: Pending | null = null;
  private readonly newKey: () => string;

  constructor(newKey: () => string = () => crypto.randomUUID()) {
    this.newKey = newKey;
  }

  /** The key for sending `body` now. */
  begin(body: string): string {
    const p = this.pending;
    if (p && !p.sending && p.body === body) {
      p.sending = true;
      return p.key;
    }
    this.pending = { body, key: this.newKey(), sending: true };
    return this.pending.key;
  }

  /** The answer (or failure) for the submission that got `key`: only an unanswered one keeps its key for a retry. */
  settle(key: string, error: unknown): void {
    const p = this.pending;
    if (!p || p.key !== key) return;
    const unanswered =
      error instanceof ApiError ? error.status === 0 || error.status >= 500 : error !== null && error !== undefined;
    if (unanswered) p.sending = false;
    else this.pending = null;
  }

  /** Sends with the key, and settles it by how the request went. */
  async send<T>(body: string, request: (headers: Record<string, string>) => Promise<T>): Promise<T> {
    const key = this.begin(body);
    try {
      const result = await request({ 'idempotency-key': key });
      this.settle(key, null);
      return result;
    } catch (err) {
      this.settle(key, err);
      throw err;
    }
  }
}
