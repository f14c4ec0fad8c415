/**
 * What the staff app keeps on the phone (IndexedDB, through `idb`) so that
 * quick entry works without a connection: the signed-in person and the
 * session's CSRF token, that person's commitments, and the activities logged
 * while no answer came (waiting entries). Everything is filed under the
 * user's id, so a shared phone never shows one person's entries to another,
 * and signing out clears it all (`clearAll`). The service worker reads the
 * same database when the browser hands it a background sync.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActivityInput, MyCommitment } from '../../contracts/activities.ts';
import type { User } from '../api/types.ts';

/** Why the server refused an entry in a way that sending again will not change (the commitment closed, access lost). */
export interface Refusal {
  status: number;
  code: string;
  message: string;
  messageEn: string;
}

export interface WaitingEntry {
  /** The Idempotency-Key it is sent with, every time: the server stores it once however often it arrives. */
  key: string;
  userId: string;
  input: ActivityInput;
  /** The commitment's text when it was logged: still shown if the commitment is no longer among the user's. */
  commitmentText: string;
  /** When it was logged on the phone (ISO time); entries are sent in this order. */
  createdAt: string;
  /** Set when the server refused it for good: it stays here, with the reason, until changed or discarded. */
  refusal: Refusal | null;
}

export interface SavedSession {
  id: 'current';
  user: User;
  csrfToken: string;
}

export interface SavedCommitments {
  userId: string;
  /** The Swedish calendar day they were read: "done today" is true only on that day. */
  day: string;
  commitments: MyCommitment[];
}

interface OfflineSchema extends DBSchema {
  session: { key: string; value: SavedSession };
  commitments: { key: string; value: SavedCommitments };
  waiting: { key: string; value: WaitingEntry; indexes: { byUser: string } };
}

const DB_NAME = 'lofte-offline';

let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;

function db(): Promise<IDBPDatabase<OfflineSchema>> {
  opened ??= openDB<OfflineSchema>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('session', { keyPath: 'id' });
      d.createObjectStore('commitments', { keyPath: 'userId' });
      d.createObjectStore('waiting', { keyPath: 'key' }).createIndex('byUser', 'userId');
    },
  });
  return opened;
}

/** Whether this browser can keep anything (IndexedDB may be missing, e.g. in some private modes). */
export function canStore(): boolean {
  return typeof indexedDB !== 'undefined';
}

export async function saveSession(user: User, csrfToken: string): Promise<void> {
  await (await db()).put('session', { id: 'current', user, csrfToken });
}

export async function savedSession(): Promise<SavedSession | undefined> {
  return (await db()).get('session', 'current');
}

/** The session ended (signed out elsewhere, expired): nobody is signed in on this phone any more. */
export async function forgetSession(): Promise<void> {
  await (await db()).delete('session', 'current');
}

export async function saveCommitments(saved: SavedCommitments): Promise<void> {
  await (await db()).put('commitments', saved);
}

export async function savedCommitments(userId: string): Promise<SavedCommitments | undefined> {
  return (await db()).get('commitments', userId);
}

/** One user's waiting entries, oldest first. */
export async function waitingEntries(userId: string): Promise<WaitingEntry[]> {
  const all = await (await db()).getAllFromIndex('waiting', 'byUser', userId);
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function putWaiting(entry: WaitingEntry): Promise<void> {
  await (await db()).put('waiting', entry);
}

export async function removeWaiting(key: string): Promise<void> {
  await (await db()).delete('waiting', key);
}

/** Signing out: nothing of anyone stays on the phone. */
export async function clearAll(): Promise<void> {
  const d = await db();
  const tx = d.transaction(['session', 'commitments', 'waiting'], 'readwrite');
  await Promise.all([
    tx.objectStore('session').clear(),
    tx.objectStore('commitments').clear(),
    tx.objectStore('waiting').clear(),
    tx.done,
  ]);
}
