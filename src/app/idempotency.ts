/**
 * Idempotency-Key (migration 0020): a client that did not hear the answer to
 * a request sends it again with the same key and gets the first answer back
 * instead of a second copy of what it stored. The answer is remembered in the
 * same transaction as the change it reports, so either both are stored or
 * neither is. Keys belong to the actor (user or API token) and live a day.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Actor } from '../domain/access/permissions.ts';
import { AppError } from '../domain/errors.ts';

/** How long a key is remembered; the daily job prunes older ones, and a new request may take an expired key over. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** Visible ASCII, 1–200 characters: a UUID fits with room to spare. */
const KEY = /^[\x21-\x7e]{1,200}$/;

export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** A request that carries a key and has not been answered before; `remember` stores its answer inside the intake's transaction. */
export interface IdempotencyClaim<T> {
  remember(trx: Db, result: T): Promise<void>;
}

/** Raised inside the intake's transaction when another request with the same key committed first; the transaction rolls back. */
export class IdempotencyRace extends Error {}

function actorKey(actor: Actor): string {
  return `${actor.kind}:${actor.id}`;
}

export function checkIdempotencyKey(key: string): void {
  if (!KEY.test(key)) {
    throw new AppError(
      'validation_failed',
      'Idempotency-Key måste vara 1–200 synliga ASCII-tecken',
      'Idempotency-Key must be 1–200 visible ASCII characters',
    );
  }
}

/** The fingerprint of a request: what it asks for, so a retry matches and a different request does not. */
export function requestHash(route: string, body: unknown): string {
  return createHash('sha256')
    .update(route)
    .update('\n')
    .update(typeof body === 'string' ? body : JSON.stringify(body ?? null))
    .digest('hex');
}

/**
 * The stored answer for (actor, key), if any and not expired. A different
 * request under the same key is refused (409), never answered with someone
 * else's result.
 */
export async function storedAnswer(
  db: Db,
  now: Date,
  actor: Actor,
  key: string,
  hash: string,
): Promise<StoredAnswer | null> {
  const { rows } = await sql<{ request_hash: string; status: number; response: unknown }>`
    select request_hash, status, response from idempotency_keys
    where actor = ${actorKey(actor)} and key = ${key} and created_at > ${new Date(now.getTime() - IDEMPOTENCY_TTL_MS)}`.execute(
    db,
  );
  const row = rows[0];
  if (!row) return null;
  if (row.request_hash !== hash) {
    throw new AppError(
      'idempotency_key_reused',
      'Idempotency-Key har redan använts för en annan begäran',
      'The Idempotency-Key was already used for a different request',
    );
  }
  return { status: row.status, body: typeof row.response === 'string' ? JSON.parse(row.response) : row.response };
}

/**
 * The claim for a new request. Two requests with one key sent at once both
 * reach `remember`; the unique key makes the second wait for the first's
 * commit and then find the row taken, so it rolls back (IdempotencyRace)
 * and answers with what the first stored.
 */
export function claimFor<T>(
  now: () => Date,
  actor: Actor,
  key: string,
  hash: string,
  answer: (result: T) => StoredAnswer,
): IdempotencyClaim<T> {
  return {
    async remember(trx, result) {
      const at = now();
      const { status, body } = answer(result);
      const { rows } = await sql`
        insert into idempotency_keys (actor, key, request_hash, status, response, created_at)
        values (${actorKey(actor)}, ${key}, ${hash}, ${status}, ${JSON.stringify(body)}::jsonb, ${at})
        on conflict (actor, key) do update set request_hash = excluded.request_hash, status = excluded.status,
          response = excluded.response, created_at = excluded.created_at
        where idempotency_keys.created_at <= ${new Date(at.getTime() - IDEMPOTENCY_TTL_MS)}
        returning 1`.execute(trx);
      if (!rows.length) throw new IdempotencyRace();
    },
  };
}

/** Forgets keys older than a day (the daily job). */
export async function pruneIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const res =
    await sql`delete from idempotency_keys where created_at <= ${new Date(now.getTime() - IDEMPOTENCY_TTL_MS)}`.execute(
      db,
    );
  return Number(res.numAffectedRows ?? 0);
}
