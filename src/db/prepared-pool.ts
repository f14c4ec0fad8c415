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
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

const MAX_PER_CONNECTION = 500;
/** Statements worth preparing; transaction control and DDL go as they are. */
const PREPARABLE = /^(select|insert|update|delete|with)\b/;

type QueryFn = (text: unknown, values?: unknown) => Promise<unknown>;

interface Named {
  names: Set<string>;
  inTransaction: boolean;
}

const state = new WeakMap<pg.PoolClient, Named>();

function statementName(text: string): string {
  return `lofte_${createHash('sha1').update(text).digest('base64url')}`;
}

/** PostgreSQL refuses a prepared plan whose result columns a schema change altered. */
function isStalePlan(err: unknown): boolean {
  return (err as { code?: string }).code === '0A000' && /cached plan/.test(String((err as Error).message));
}

function preparingClient(client: pg.PoolClient, max: number): pg.PoolClient {
  if (state.has(client)) return client;
  const named: Named = { names: new Set(), inTransaction: false };
  state.set(client, named);
  const plain = client.query.bind(client) as QueryFn;
  const query: QueryFn = async (text, values) => {
    if (typeof text !== 'string') return plain(text, values);
    const head = text.trimStart().slice(0, 9).toLowerCase();
    if (head.startsWith('begin') || head.startsWith('start')) named.inTransaction = true;
    if (head.startsWith('commit') || head.startsWith('rollback')) named.inTransaction = false;
    const name = PREPARABLE.test(head) && !text.includes(';') ? statementName(text) : null;
    if (!name || (!named.names.has(name) && named.names.size >= max)) return plain(text, values);
    named.names.add(name);
    try {
      return await plain({ name, text, values });
    } catch (err) {
      if (!isStalePlan(err) || named.inTransaction) throw err;
      await plain(`deallocate "${name}"`);
      const parsed = (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection.parsedStatements;
      delete parsed[name];
      return plain({ name, text, values });
    }
  };
  (client as unknown as { query: QueryFn }).query = query;
  return client;
}

/** The pool Kysely's PostgresDialect uses: the same pool, its connections preparing their statements. */
export function preparingPool(pool: pg.Pool, options: { maxPerConnection?: number } = {}): PostgresPool {
  const max = options.maxPerConnection ?? MAX_PER_CONNECTION;
  return {
    // Kysely opens a side connection with these to cancel a query.
    Client: (pool as unknown as { Client: PostgresPool['Client'] }).Client,
    options: pool.options,
    connect: async () => preparingClient(await pool.connect(), max) as unknown as PostgresPoolClient,
    end: () => pool.end(),
  };
}
