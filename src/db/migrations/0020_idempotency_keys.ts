import { sql, type Kysely } from 'kysely';

/**
 * Idempotency-Key for activity intake (POST /api/v1/activities, /batch,
 * /import): the first answer to (actor, key) is stored in the same
 * transaction as the activities it reports, so a client that timed out and
 * sends the same request again gets that answer back instead of storing
 * everything a second time. `request_hash` tells a true retry from a reuse
 * of the key for a different request (409). Rows older than a day are
 * pruned by the daily job and may be overwritten by a new request.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table idempotency_keys (
    actor text not null,
    key text not null check (length(key) between 1 and 200),
    request_hash text not null,
    status integer not null,
    response jsonb not null,
    created_at timestamptz not null,
    primary key (actor, key)
  )`.execute(db);
  await sql`create index idempotency_keys_created_idx on idempotency_keys (created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table idempotency_keys`.execute(db);
}
