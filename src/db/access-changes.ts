/**
 * Tells this process when who may do what has changed: users, memberships,
 * API tokens, sessions, organisations or their coverage. It lets the
 * process keep signed-in actors in memory (src/app/auth/auth-cache.ts) without
 * ever using one that a committed change has made wrong.
 *
 * - Changes this process makes are seen from the SQL it sends (the pg pool
 *   in prepared-pool.ts, the embedded database through watchPglite): at once
 *   outside a transaction, and when the transaction ends inside one (until
 *   then the process is unsettled and nothing held may be trusted).
 * - Changes made by other processes or tools arrive as notifications that
 *   triggers send when they commit (migration 0017), on a connection kept
 *   for listening. While that connection is down nothing held is trusted.
 *
 * `version` moves on every change; something read while the version was v
 * is still right as long as the version is v and the process is settled.
 */
import type pg from 'pg';
import { ACCESS_CHANNEL } from './migrations/0017_access_change_notify.ts';
import type { StatementWatch } from './prepared-pool.ts';

const EVERY_WRITE =
  /\b(?:insert\s+into|update|delete\s+from|truncate(?:\s+table)?)\s+(?:only\s+)?"?(?:users|memberships|organisations|organisation_coverage)"?(?![\w"])/i;
const CHANGE_OR_REMOVAL =
  /\b(?:update|delete\s+from|truncate(?:\s+table)?)\s+(?:only\s+)?"?(?:sessions|api_tokens)"?(?![\w"])/i;
/** Recording when a session or token was last used (auth.ts, tokens.ts) changes no one's access. */
const TOUCH =
  /^update "(?:sessions|api_tokens)" set "(?:last_seen_at|last_used_at)" = \$1 where "(?:id_hash|id)" = \$2$/;

/** Whether a statement may change someone's access (a few false alarms cost only a cache miss). */
export function changesAccess(text: string): boolean {
  if (TOUCH.test(text)) return false;
  return EVERY_WRITE.test(text) || CHANGE_OR_REMOVAL.test(text);
}

export class AccessChanges implements StatementWatch {
  #version = 0;
  #unsettled = 0;
  #listening: boolean;

  constructor(listening: boolean) {
    this.#listening = listening;
  }

  matches(text: string): boolean {
    return changesAccess(text);
  }

  get version(): number {
    return this.#version;
  }

  /** True when what was read at `version` may be trusted: nothing uncommitted in flight, and other processes heard. */
  get settled(): boolean {
    return this.#unsettled === 0 && this.#listening;
  }

  changed(): void {
    this.#version++;
  }

  /** A transaction of this process wrote something that changes access and has not ended yet. */
  writing(): void {
    this.#unsettled++;
  }

  /** That transaction ended (committed or rolled back). */
  written(): void {
    this.#unsettled = Math.max(0, this.#unsettled - 1);
    this.#version++;
  }

  listening(on: boolean): void {
    this.#listening = on;
    this.#version++;
  }
}

const RETRY_MS = 1000;

/**
 * Listens on `lofte_access` over a connection of its own, and keeps
 * listening: a lost connection makes `changes` unsettled until a new one
 * listens again. Returns a function that stops.
 */
export async function listenForAccessChanges(
  Client: typeof pg.Client,
  connectionString: string,
  changes: AccessChanges,
): Promise<() => Promise<void>> {
  /** The connection that listens, or is being opened to listen. */
  let current: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void start();
    }, RETRY_MS);
    timer.unref();
  };
  const start = async () => {
    const c = new Client({ connectionString });
    current = c;
    const lost = () => {
      if (c !== current) return;
      changes.listening(false);
      retry();
    };
    c.on('notification', () => changes.changed());
    c.on('error', lost);
    c.on('end', lost);
    try {
      await c.connect();
      await c.query(`listen ${ACCESS_CHANNEL}`);
    } catch {
      lost();
      await c.end().catch(() => {});
      return;
    }
    if (c !== current) {
      // Stopped while connecting.
      await c.end().catch(() => {});
      return;
    }
    changes.listening(true);
  };

  await start();
  return async () => {
    stopped = true;
    const c = current;
    current = null;
    if (timer) clearTimeout(timer);
    changes.listening(false);
    await c?.end().catch(() => {});
  };
}

type PgliteQuery = (text: string, ...rest: unknown[]) => Promise<unknown>;
interface WatchablePglite {
  query: PgliteQuery;
  transaction: <T>(fn: (tx: { query: PgliteQuery }) => Promise<T>) => Promise<T>;
}

/** The embedded database's share of the same watch: its statements, and where its transactions end. */
export function watchPglite(pglite: unknown, watch: StatementWatch): void {
  const db = pglite as WatchablePglite;
  const query = db.query.bind(db);
  db.query = async (text, ...rest) => {
    const result = await query(text, ...rest);
    if (watch.matches(text)) watch.changed();
    return result;
  };
  const transaction = db.transaction.bind(db);
  db.transaction = async (fn) => {
    let watched = false;
    try {
      return await transaction(async (tx) => {
        const inner = tx.query.bind(tx);
        tx.query = async (text, ...rest) => {
          const result = await inner(text, ...rest);
          if (!watched && watch.matches(text)) {
            watched = true;
            watch.writing();
          }
          return result;
        };
        return fn(tx);
      });
    } finally {
      // After the commit or rollback itself.
      if (watched) watch.written();
    }
  };
}
