/**
 * Recording a domain event: called inside the transaction that makes the
 * change, so the event exists exactly when the change was committed (a
 * rollback takes it away too). What the event leads to (mails, the public
 * page cache) is done afterwards by the consumers (drain.ts), never inside
 * the request: a mail server that is down cannot fail or slow a publish.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/connect.ts';

/** Every kind of event and what its payload carries. */
export interface EventPayloads {
  /** A promise set was published; subject: the set. */
  'promise_set.published': { promiseSetId: string };
  /** Both parties' leadership approved a follow-up; subject: the follow-up. */
  'follow_up.approved': { promiseSetId: string };
  /** A follow-up was published; subject: the follow-up. */
  'follow_up.published': { promiseSetId: string };
  /** Activities were logged (one, a batch or a file) against a set; subject: the set. */
  'activities.logged': { promiseSetId: string; count: number };
  /** An activity was corrected; subject: the activity. */
  'activity.corrected': { promiseSetId: string };
  /** An activity was deleted; subject: the activity (gone). */
  'activity.deleted': { promiseSetId: string };
  /** An outcome indicator was added, changed or removed; subject: the indicator. */
  'outcome_indicators.changed': { promiseSetId: string };
}

export type EventKind = keyof EventPayloads;

export interface NewEvent<K extends EventKind = EventKind> {
  kind: K;
  subjectId: string;
  /** The kommun (or organisation) the event concerns, when one is known. */
  organisationId?: string | null;
  payload: EventPayloads[K];
}

/** Adds the event to the outbox, due at once. `db` is the transaction making the change. */
export async function recordEvent<K extends EventKind>(db: Db, now: Date, event: NewEvent<K>): Promise<void> {
  await db
    .insertInto('domain_events')
    .values({
      kind: event.kind,
      subject_id: event.subjectId,
      organisation_id: event.organisationId ?? null,
      payload: JSON.stringify(event.payload),
      occurred_at: now,
      next_attempt_at: now,
    })
    .execute();
}

/** One 'activities.logged' event per promise set the stored activities belong to; `db` is the transaction storing them. */
export async function recordActivitiesLogged(db: Db, now: Date, stored: { promiseSetId: string }[]): Promise<void> {
  const perSet = new Map<string, number>();
  for (const a of stored) perSet.set(a.promiseSetId, (perSet.get(a.promiseSetId) ?? 0) + 1);
  for (const [promiseSetId, count] of perSet) {
    await recordEvent(db, now, {
      kind: 'activities.logged',
      subjectId: promiseSetId,
      payload: { promiseSetId, count },
    });
  }
}

/**
 * The same event as SQL, for a statement that stores activities in one
 * round trip: `stored` names a table expression of the statement (a CTE)
 * with the rows stored. Being part of that statement, the event commits
 * with the rows or not at all.
 */
export function activitiesLoggedFrom(stored: RawBuilder<unknown>, now: Date): RawBuilder<unknown> {
  return sql`insert into domain_events (kind, subject_id, payload, occurred_at, next_attempt_at)
    select 'activities.logged', promise_set_id, jsonb_build_object('promiseSetId', promise_set_id, 'count', count(*)),
      ${now}, ${now}
    from ${stored} group by promise_set_id`;
}
