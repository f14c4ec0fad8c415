/**
 * Tables that grow by themselves, emptied of what nobody can use any more.
 * Run by the daily job. What is kept as a record (the audit log, activities,
 * answers, statistics) is never touched here.
 */
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { pruneRateLimits } from '../auth/rate-limit.ts';
import { forgetPastSalts } from '../surveys/salt.ts';
import { pruneIdempotencyKeys } from '../idempotency.ts';

const DAY = 86400_000;

/** How long each kind of row is kept after it stopped mattering. */
export const KEEP = Object.freeze({
  /** Every rate-limit window is at most an hour; a day leaves room. */
  rateLimitHits: DAY,
  /** A sign-in state lives for minutes. */
  oidcStates: DAY,
  /** Kept a week past expiry, so "the link has expired" can still be told apart from "unknown link". */
  passwordResets: 7 * DAY,
  sessions: 0,
  /** A cached public page not rendered again in a week is for an address nobody asks for. */
  publicPages: 7 * DAY,
  /** An address never confirmed, or unsubscribed, is personal data with no purpose after 30 days. */
  subscriptions: 30 * DAY,
  /** Cached progress answers for past days are rarely asked for again. */
  progressCache: 7 * DAY,
  /** A reminder's key names its period; after a year and a month that period is long gone. */
  remindersSent: 400 * DAY,
  /** A handled outbox event is only needed to answer "was it sent?" for a while; the audit log keeps the change. */
  handledEvents: 30 * DAY,
});

export interface PruneResult {
  [table: string]: number;
}

export async function pruneGrowingTables(deps: Deps): Promise<PruneResult> {
  const now = deps.now().getTime();
  const before = (ms: number) => new Date(now - ms);
  const count = (r: { numDeletedRows: bigint }[]) => Number(r[0]?.numDeletedRows ?? 0n);
  const subscriptionCutoff = before(KEEP.subscriptions);
  return {
    rate_limit_hits: await pruneRateLimits(deps, KEEP.rateLimitHits),
    oidc_states: count(
      await deps.db.deleteFrom('oidc_states').where('created_at', '<', before(KEEP.oidcStates)).execute(),
    ),
    password_resets: count(
      await deps.db.deleteFrom('password_resets').where('expires_at', '<', before(KEEP.passwordResets)).execute(),
    ),
    sessions: count(await deps.db.deleteFrom('sessions').where('expires_at', '<', before(KEEP.sessions)).execute()),
    public_page_cache: count(
      await deps.db.deleteFrom('public_page_cache').where('created_at', '<', before(KEEP.publicPages)).execute(),
    ),
    public_subscriptions: count(
      await deps.db
        .deleteFrom('public_subscriptions')
        .where((eb) =>
          eb.or([
            eb.and([
              eb('confirmed_at', 'is', null),
              eb(sql<Date>`coalesce(confirm_sent_at, created_at)`, '<', subscriptionCutoff),
            ]),
            eb('unsubscribed_at', '<', subscriptionCutoff),
          ]),
        )
        .execute(),
    ),
    progress_cache: count(
      await deps.db.deleteFrom('progress_cache').where('created_at', '<', before(KEEP.progressCache)).execute(),
    ),
    reminders_sent: count(
      await deps.db.deleteFrom('reminders_sent').where('sent_at', '<', before(KEEP.remindersSent)).execute(),
    ),
    // Receipts go with their event (on delete cascade). Unhandled events are kept, however old: someone must look.
    domain_events: count(
      await deps.db.deleteFrom('domain_events').where('handled_at', '<', before(KEEP.handledEvents)).execute(),
    ),
    // A retry comes within minutes; a day (IDEMPOTENCY_TTL_MS) covers a client that retries the next morning.
    idempotency_keys: await pruneIdempotencyKeys(deps.db, deps.now()),
    // Past days' salts: without them the day's rate-limit hashes can no longer be tested against addresses.
    survey_salts: await forgetPastSalts(deps),
  };
}
