/**
 * Answering a request that may carry an Idempotency-Key: a repeat of an
 * answered request gets the stored answer (same status and body, header
 * `idempotent-replayed: true`) and stores nothing; a different request
 * under a used key gets 409 `idempotency_key_reused`. Without the header
 * the request runs as before.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../app/deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import {
  checkIdempotencyKey,
  claimFor,
  IdempotencyRace,
  requestHash,
  storedAnswer,
  type IdempotencyClaim,
  type StoredAnswer,
} from '../../app/idempotency.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

export async function answerOnce<T>(
  deps: Deps,
  actor: Actor,
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  present: (result: T) => unknown,
  run: (claim: IdempotencyClaim<T> | undefined) => Promise<T>,
): Promise<FastifyReply> {
  const raw = req.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return reply.status(status).send(present(await run(undefined)));
  const key = Array.isArray(raw) ? raw.join(',') : raw;
  checkIdempotencyKey(key);
  const hash = requestHash(`${req.method} ${req.routeOptions.url ?? req.url}`, req.body);
  const replay = (a: StoredAnswer) => reply.status(a.status).header('idempotent-replayed', 'true').send(a.body);
  const stored = await storedAnswer(deps.db, deps.now(), actor, key, hash);
  if (stored) return replay(stored);
  try {
    const claim = claimFor<T>(deps.now, actor, key, hash, (result) => ({ status, body: present(result) }));
    return reply.status(status).send(present(await run(claim)));
  } catch (err) {
    if (!(err instanceof IdempotencyRace)) throw err;
    // The same key committed by a request sent at the same time: answer as it did.
    const first = await storedAnswer(deps.db, deps.now(), actor, key, hash);
    if (!first) throw err;
    return replay(first);
  }
}
