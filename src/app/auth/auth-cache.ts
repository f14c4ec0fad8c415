/**
 * Signed-in actors held in memory, by the hash of their session or token,
 * so a busy client is authenticated without a database round trip. An
 * entry is used only while nothing about access has changed since it was
 * read (see src/db/access-changes.ts): any committed change to users,
 * memberships, tokens, sessions or organisations, made by this process or
 * any other, empties the store before the next request can use it (another
 * process's change: as soon as its notification arrives, a few
 * milliseconds). While a change is being written, or the process cannot hear
 * other processes, nothing is held and every request reads the database.
 */
import type { Db } from '../../db/connect.ts';
import { accessChangesOf } from '../../db/connect.ts';
import type { AccessChanges } from '../../db/access-changes.ts';

const MAX_ENTRIES = 10_000;

/** What was true when a read began: only a read that began settled, at the current version, may be kept. */
export interface Ticket {
  version: number;
  settled: boolean;
}

export class HeldActors<T> {
  #entries = new Map<string, T>();
  #version = -1;
  readonly #changes: AccessChanges | null;

  constructor(changes: AccessChanges | null) {
    this.#changes = changes;
  }

  /** Forgets everything once the version has moved. */
  #current(): boolean {
    const changes = this.#changes;
    if (!changes?.settled) return false;
    if (this.#version !== changes.version) {
      this.#entries.clear();
      this.#version = changes.version;
    }
    return true;
  }

  get(key: string): T | undefined {
    return this.#current() ? this.#entries.get(key) : undefined;
  }

  /** Taken before reading the database for `key`. */
  ticket(): Ticket {
    return { version: this.#changes?.version ?? -1, settled: this.#changes?.settled ?? false };
  }

  keep(key: string, value: T, ticket: Ticket): void {
    if (!ticket.settled || !this.#current() || ticket.version !== this.#version) return;
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(key, value);
  }

  forget(key: string): void {
    this.#entries.delete(key);
  }
}

const stores = new WeakMap<Db, Map<string, HeldActors<unknown>>>();

/** The store of one kind (sessions, tokens) for this database. */
export function heldActors<T>(db: Db, kind: string): HeldActors<T> {
  let byKind = stores.get(db);
  if (!byKind) stores.set(db, (byKind = new Map()));
  let store = byKind.get(kind);
  if (!store) byKind.set(kind, (store = new HeldActors<unknown>(accessChangesOf(db))));
  return store as HeldActors<T>;
}
