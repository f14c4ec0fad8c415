/** What a consumer of domain events is: one small module each, listed in consumers.ts. */
import type { Deps } from '../deps.ts';
import type { EventKind, EventPayloads } from './record.ts';

export interface StoredEvent<K extends EventKind = EventKind> {
  id: string;
  kind: K;
  subjectId: string;
  organisationId: string | null;
  payload: EventPayloads[K];
  occurredAt: Date;
  /** Attempts before this one. */
  attempts: number;
}

export interface ConsumerContext {
  /**
   * Does `work` unless this consumer already did `item` for this event (an
   * earlier attempt that failed later on), and remembers it once done. For
   * work that must not be repeated, such as one mail to one address.
   * Returns whether the work was done now.
   */
  once(item: string, work: () => Promise<void>): Promise<boolean>;
}

export interface Consumer {
  /** Stable: receipts are kept under it. */
  name: string;
  kinds: readonly EventKind[];
  /** Throws to have the event tried again later. */
  handle(deps: Deps, event: StoredEvent, context: ConsumerContext): Promise<void>;
}
