/** Table types of the outbox (migration 0022); the Database type in schema.ts extends this. */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface DomainEventsTable {
  /** bigint: read as a string. Events are handled in the order of this id. */
  id: Generated<string>;
  kind: string;
  /** The kommun (or other organisation) the event concerns, when there is one. */
  organisation_id: string | null;
  /** The promise set, follow-up or activity the event is about. */
  subject_id: string;
  payload: JSONColumnType<Record<string, unknown>, string, string>;
  occurred_at: Timestamp;
  handled_at: NullableTimestamp;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: Timestamp;
}

export interface DomainEventReceiptsTable {
  event_id: string;
  consumer: string;
  /** '' for the whole event, or one part of it (a mail's recipient and subject). */
  item: string;
  done_at: Timestamp;
}

export interface EventTables {
  domain_events: DomainEventsTable;
  domain_event_receipts: DomainEventReceiptsTable;
}
