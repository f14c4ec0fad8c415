/**
 * Handling the outbox: every due event, in the order recorded, is given to
 * each consumer of its kind (consumers.ts). One process at a time drains,
 * holding a lock in the database (job_locks, as the daily job does), so two
 * processes never hand one event to a consumer twice. A consumer that
 * throws has the event tried again later, spaced out, up to MAX_ATTEMPTS;
 * consumers that succeeded are not asked again (their receipt is kept), and
 * the error is recorded on the event. Within a process, drains run one
 * after the other, so a caller that awaits drainEvents knows every event
 * due when it called has been tried.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { tryLock, unlock } from '../jobs/lock.ts';
import type { Consumer, ConsumerContext, StoredEvent } from './consumer.ts';
import type { EventKind } from './record.ts';
import { CONSUMERS } from './consumers.ts';

const LOCK = 'domain-events';
const HOLDER = `${process.pid}-${randomUUID()}`;
/** Long enough for a slow mail server; renewed before each event and each mail. */
const LOCK_TTL_MS = 2 * 60_000;
const BATCH = 50;
export const MAX_ATTEMPTS = 10;

/** 30 s after the first failure, doubling, at most an hour apart: ten attempts span about four hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export interface DrainOptions {
  /** Who drains: one per process (the default); tests pass two to play two processes. */
  holder?: string;
  consumers?: readonly Consumer[];
}

export interface DrainReport {
  handled: number;
  failed: number;
  /** Of the failed: events that have now used up their attempts (see failedEvents). */
  gaveUp: number;
  /** Another process held the lock: nothing was tried. */
  busy: boolean;
}

const running = new Map<string, Promise<DrainReport>>();

/** Tries every due event once (see above). */
export function drainEvents(deps: Deps, options: DrainOptions = {}): Promise<DrainReport> {
  const holder = options.holder ?? HOLDER;
  const before = running.get(holder) ?? Promise.resolve(null);
  const run = before.catch(() => null).then(() => drainLocked(deps, holder, options.consumers ?? CONSUMERS));
  running.set(holder, run);
  const forget = () => {
    if (running.get(holder) === run) running.delete(holder);
  };
  run.then(forget, forget);
  return run;
}

function due(deps: Deps, afterId: string) {
  return deps.db
    .selectFrom('domain_events')
    .selectAll()
    .where('handled_at', 'is', null)
    .where('attempts', '<', MAX_ATTEMPTS)
    .where('next_attempt_at', '<=', deps.now())
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(BATCH)
    .execute();
}

async function drainLocked(deps: Deps, holder: string, consumers: readonly Consumer[]): Promise<DrainReport> {
  const report: DrainReport = { handled: 0, failed: 0, gaveUp: 0, busy: false };
  // The common case, nothing due, costs one indexed read and no write.
  if (!(await due(deps, '0')).length) return report;
  const renew = () => tryLock(deps.db, LOCK, holder, LOCK_TTL_MS, deps.now());
  if (!(await renew())) return { ...report, busy: true };
  try {
    let afterId = '0';
    for (;;) {
      const rows = await due(deps, afterId);
      if (!rows.length) break;
      for (const row of rows) {
        // A drain that stalled past its lock's expiry stops: another process may have taken over.
        if (!(await renew())) return report;
        const event: StoredEvent = {
          id: row.id,
          kind: row.kind as EventKind,
          subjectId: row.subject_id,
          organisationId: row.organisation_id,
          payload: row.payload as never,
          occurredAt: row.occurred_at,
          attempts: row.attempts,
        };
        if (await handle(deps, event, consumers, renew)) report.handled++;
        else {
          report.failed++;
          if (event.attempts + 1 >= MAX_ATTEMPTS) report.gaveUp++;
        }
        afterId = row.id;
      }
    }
    return report;
  } finally {
    await unlock(deps.db, LOCK, holder, null);
  }
}

/** Gives the event to each of its consumers not done with it; true when all are done. */
async function handle(
  deps: Deps,
  event: StoredEvent,
  consumers: readonly Consumer[],
  renew: () => Promise<boolean>,
): Promise<boolean> {
  const errors: string[] = [];
  for (const consumer of consumers.filter((c) => c.kinds.includes(event.kind))) {
    const context = contextFor(deps, event, consumer.name, renew);
    try {
      await context.once('', () => consumer.handle(deps, event, context));
    } catch (err) {
      errors.push(`${consumer.name}: ${(err as Error).message ?? String(err)}`);
    }
  }
  const attempts = event.attempts + 1;
  const now = deps.now();
  await deps.db
    .updateTable('domain_events')
    .set(
      errors.length
        ? {
            attempts,
            last_error: errors.join('\n').slice(0, 2000),
            next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)),
          }
        : { attempts, handled_at: now },
    )
    .where('id', '=', event.id)
    .execute();
  return !errors.length;
}

function contextFor(deps: Deps, event: StoredEvent, consumer: string, renew: () => Promise<boolean>): ConsumerContext {
  return {
    async once(item, work) {
      const done = await deps.db
        .selectFrom('domain_event_receipts')
        .select('item')
        .where('event_id', '=', event.id)
        .where('consumer', '=', consumer)
        .where('item', '=', item)
        .executeTakeFirst();
      if (done) return false;
      if (item !== '' && !(await renew())) throw new Error('the drain lost its lock');
      await work();
      await sql`insert into domain_event_receipts (event_id, consumer, item, done_at)
        values (${event.id}, ${consumer}, ${item}, ${deps.now()}) on conflict do nothing`.execute(deps.db);
      return true;
    },
  };
}

/** Unhandled events that have used up their attempts: what an operator should look at. */
export async function failedEvents(deps: Deps) {
  return deps.db
    .selectFrom('domain_events')
    .select(['id', 'kind', 'subject_id', 'occurred_at', 'attempts', 'last_error'])
    .where('handled_at', 'is', null)
    .where('attempts', '>=', MAX_ATTEMPTS)
    .orderBy('id')
    .execute();
}

/** What is waiting in the outbox: due or waiting for a retry, and given up. */
export async function outboxState(deps: Deps): Promise<{ waiting: number; failed: number }> {
  const row = await deps.db
    .selectFrom('domain_events')
    .select([
      sql<string>`count(*) filter (where attempts < ${MAX_ATTEMPTS})`.as('waiting'),
      sql<string>`count(*) filter (where attempts >= ${MAX_ATTEMPTS})`.as('failed'),
    ])
    .where('handled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { waiting: Number(row.waiting), failed: Number(row.failed) };
}
