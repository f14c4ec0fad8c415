import { sql, type Kysely } from 'kysely';

/**
 * The outbox: what happened (a promise set or follow-up published, a
 * follow-up approved, activities logged, corrected or deleted), recorded in
 * the same transaction as the change, so an event exists exactly when its
 * change was committed. Consumers (src/app/events/) handle each event after
 * the commit: mails to subscribers and recipients, the public page cache.
 * `next_attempt_at` spaces out retries; an event whose `attempts` reached
 * the limit stays unhandled with its `last_error`, to be looked at.
 *
 * domain_event_receipts says what a consumer has already done for an
 * event: the whole event (item '') or one part of it (one mail), so a retry
 * after a partial failure does not do it again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table domain_events (
    id bigint generated always as identity primary key,
    kind text not null check (length(kind) between 1 and 100),
    organisation_id uuid,
    subject_id uuid not null,
    payload jsonb not null default '{}'::jsonb,
    occurred_at timestamptz not null,
    handled_at timestamptz,
    attempts integer not null default 0,
    last_error text,
    next_attempt_at timestamptz not null
  )`.execute(db);
  await sql`create index domain_events_unhandled_idx on domain_events (id) where handled_at is null`.execute(db);
  await sql`create index domain_events_handled_idx on domain_events (handled_at) where handled_at is not null`.execute(
    db,
  );
  await sql`create table domain_event_receipts (
    event_id bigint not null references domain_events (id) on delete cascade,
    consumer text not null,
    item text not null,
    done_at timestamptz not null,
    primary key (event_id, consumer, item)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table domain_event_receipts`.execute(db);
  await sql`drop table domain_events`.execute(db);
}
