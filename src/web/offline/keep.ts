/**
 * The app's side of keeping things on the phone: the session and the
 * commitments are saved whenever the server gives them, and read back only
 * when the server cannot be reached (no connection, or it answers 5xx).
 * Storing never breaks the online app: a browser without IndexedDB simply
 * keeps nothing.
 */
import type { MyCommitment } from '../../contracts/activities.ts';
import type { User } from '../api/types.ts';
import { ApiError } from '../api/client.ts';
import { todayIso } from '../ui/dates.ts';
import {
  canStore,
  forgetSession,
  saveCommitments,
  savedCommitments,
  savedSession,
  saveSession,
  type SavedSession,
} from './store.ts';

/** No answer came, or the server is not working: what the phone keeps may stand in. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

async function quietly<T>(work: () => Promise<T>): Promise<T | undefined> {
  if (!canStore()) return undefined;
  try {
    return await work();
  } catch {
    return undefined;
  }
}

export async function keepSession(user: User, csrfToken: string): Promise<void> {
  await quietly(() => saveSession(user, csrfToken));
}

export async function dropSession(): Promise<void> {
  await quietly(forgetSession);
}

/** The signed-in person as last seen, when the server cannot say. */
export async function sessionWhenUnreachable(error: unknown): Promise<SavedSession | undefined> {
  return isUnreachable(error) ? quietly(savedSession) : undefined;
}

export async function keepCommitments(userId: string, commitments: MyCommitment[]): Promise<void> {
  await quietly(() => saveCommitments({ userId, day: todayIso(), commitments }));
}

/** The user's commitments as last read; "done today" counts only if they were read today. */
export async function commitmentsWhenUnreachable(userId: string, error: unknown): Promise<MyCommitment[] | undefined> {
  if (!isUnreachable(error)) return undefined;
  const kept = await quietly(() => savedCommitments(userId));
  if (!kept) return undefined;
  return kept.day === todayIso() ? kept.commitments : kept.commitments.map((c) => ({ ...c, doneToday: 0 }));
}
