/**
 * A pg pool whose connections prepare each statement once: a query is sent
 * as a named statement (its name a hash of its text), so PostgreSQL parses
 * it once per connection and can keep its plan, instead of parsing and
 * planning the same text on every call. On this machine that was most of
 * the server's work for small queries (a progress read: 0.7 → 0.2 ms of
 * database CPU).
 *
 * Bounded and safe: at most MAX_PER_CONNECTION names per connection (past
 * that, queries go unnamed as before); text with several statements (a
 * migration) is never named, since a prepared statement holds one; and when
 * a schema change makes a prepared plan unusable outside a transaction, the
 * statement is dropped and run again.
 *
 * The pool also sees every statement and where transactions end, so it
 * tells `watch` (access-changes.ts) about writes it cares for: at once
 * outside a transaction, when it ends inside one.
 *
 * A connection that broke (its server process killed or gone: an error on
 * the connection, or a query failing with a connection-level error) is
 * given back as broken, so the pool closes it instead of keeping it, and one
 * found broken at checkout is closed and another taken: the next request
 * gets a sound connection rather than failing on the dead one. (pg reads
 * the server's "terminating connection" message, and fails the query,
 * before it reads the closed socket; a query sent in between would fail.)
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

const MAX_PER_CONNECTION = 500;
/**
 * Statements worth preparing (a procedure call too: its text is parsed once,
 * and one that commits inside still may, as a named statement outside a
 * transaction); transaction control and DDL go as they are.
 */
const PREPARABLE = /^(select|insert|update|delete|with|call)\b/;
const BEGINS = /^(begin|start\s+transaction)\b/;
const ENDS = /^(commit|end|rollback(?!\s+to\b)|abort)\b/;

export interface StatementWatch {
  matches(text: string): boolean;
  /** A matching statement ran outside a transaction. */
  changed(): void;
  /** A matching statement ran inside a transaction that has not ended. */
  writing(): void;
  /** That transaction ended. */
  written(): void;
}

type QueryFn = (text: unknown, values?: unknown) => Promise<unknown>;

interface ClientState {
  names: Set<string>;
  inTransaction: boolean;
  /** This transaction ran a statement `watch` matches. */
  watched: boolean;
  /** The connection broke: it must not be used again. */
  broken: boolean;
}

const state = new WeakMap<pg.PoolClient, ClientState>();

function statementName(text: string): string {
  return `lofte_${createHash('sha1').update(text).digest('base64url')}`;
}

/**
 * The connection is lost, not just the statement: the server ended the
 * session (severity FATAL or PANIC: killed, shut down), a connection
 * exception (class 08), operator intervention (57P0x), or pg's own
 * "Connection terminated" (no SQLSTATE).
 */
function isConnectionLost(err: unknown): boolean {
  const e = err as { code?: unknown; severity?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.severity === 'FATAL' || e.severity === 'PANIC') return true;
  if (typeof e.code === 'string') return e.code.startsWith('08') || e.code.startsWith('57P');
  return typeof e.message === 'string' && /^Connection terminated/.test(e.message);
}

/** pg's own view of the client: ending, or no longer able to take a query (its socket closed or errored). */
function isUnusable(client: pg.PoolClient): boolean {
  const c = client as unknown as { _ending?: boolean; _ended?: boolean; _queryable?: boolean };
  return c._ending === true || c._ended === true || c._queryable === false;
}

/** PostgreSQL refuses a prepared plan whose result columns a schema change altered. */
function isStalePlan(err: unknown): boolean {
  return (err as { code?: string }).code === '0A000' && /cached plan/.test(String((err as Error).message));
}

function preparingClient(client: pg.PoolClient, max: number, watch: StatementWatch | null): pg.PoolClient {
  if (state.has(client)) return client;
  const s: ClientState = { names: new Set(), inTransaction: false, watched: false, broken: false };
  state.set(client, s);
  // Also the listener that keeps an error on a checked-out connection from ending the process.
  client.on('error', () => {
    s.broken = true;
  });
  const bound = client.query.bind(client) as QueryFn;
  const plain: QueryFn = async (text, values) => {
    try {
      return await bound(text, values);
    } catch (err) {
      if (isConnectionLost(err)) s.broken = true;
      throw err;
    }
  };

  const send = async (text: string, head: string, values: unknown): Promise<unknown> => {
    const name = PREPARABLE.test(head) && !text.includes(';') ? statementName(text) : null;
    if (!name || (!s.names.has(name) && s.names.size >= max)) return plain(text, values);
    s.names.add(name);
    try {
      return await plain({ name, text, values });
    } catch (err) {
      if (!isStalePlan(err) || s.inTransaction) throw err;
      await plain(`deallocate "${name}"`);
      const parsed = (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection
        .parsedStatements;
      delete parsed[name];
      return plain({ name, text, values });
    }
  };

  const query: QueryFn = async (text, values) => {
    if (typeof text !== 'string') return plain(text, values);
    const head = text.trimStart().slice(0, 24).toLowerCase();
    if (BEGINS.test(head)) s.inTransaction = true;
    if (ENDS.test(head)) {
      try {
        return await plain(text, values);
      } finally {
        s.inTransaction = false;
        if (s.watched) {
          s.watched = false;
          watch!.written();
        }
      }
    }
    const result = await send(text, head, values);
    if (watch?.matches(text)) {
      if (!s.inTransaction) watch.changed();
      else if (!s.watched) {
        s.watched = true;
        watch.writing();
      }
    }
    return result;
  };
  (client as unknown as { query: QueryFn }).query = query;
  return client;
}

/** A sound connection from the pool: a broken one is closed (released with an error) and another taken. */
async function checkout(pool: pg.Pool, max: number, watch: StatementWatch | null): Promise<pg.PoolClient> {
  // Bounded: a pool holds at most `max` connections, and a new one cannot be broken before its first use.
  for (let tries = 0; ; tries++) {
    const client = preparingClient(await pool.connect(), max, watch);
    const s = state.get(client)!;
    if ((s.broken || isUnusable(client)) && tries <= (pool.options.max ?? 10)) {
      client.release(new Error('broken connection'));
      continue;
    }
    // The pool sets `release` at every checkout: a connection that broke while out goes back as broken.
    const release = client.release;
    client.release = (err?: Error | boolean) =>
      release(err || (s.broken || isUnusable(client) ? new Error('broken connection') : undefined));
    return client;
  }
}

/** The pool Kysely's PostgresDialect uses: the same pool, its connections preparing their statements. */
export function preparingPool(
  pool: pg.Pool,
  options: { maxPerConnection?: number; watch?: StatementWatch; onEnd?: () => Promise<void> } = {},
): PostgresPool {
  const max = options.maxPerConnection ?? MAX_PER_CONNECTION;
  // A connection given back in the middle of a transaction (it broke) ends that transaction too.
  pool.on('release', (_err: unknown, client: pg.PoolClient) => {
    const s = state.get(client);
    if (s?.watched) {
      s.watched = false;
      s.inTransaction = false;
      options.watch?.written();
    }
  });
  return {
    // Kysely opens a side connection with these to cancel a query.
    Client: (pool as unknown as { Client: PostgresPool['Client'] }).Client,
    options: pool.options,
    connect: async () => checkout(pool, max, options.watch ?? null) as unknown as Promise<PostgresPoolClient>,
    end: async () => {
      await options.onEnd?.();
      await pool.end();
    },
  };
}
