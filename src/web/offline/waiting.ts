/**
 * Logging an activity that may have to wait on the phone, and the hooks that
 * read and send the waiting entries. An activity is first sent as usual; when
 * no answer comes (no connection, the server down) it is stored with the
 * Idempotency-Key it was sent with, so sending it later can never store it
 * twice, even if the first attempt did arrive.
 */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ActivityInput, ActivityView } from '../../contracts/activities.ts';
import { api, type ApiError } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { isUnreachable } from './keep.ts';
import { askForBackgroundSync } from './register.ts';
import { sendWaiting, type SendReport } from './send.ts';
import { canStore, putWaiting, removeWaiting, waitingEntries, type WaitingEntry } from './store.ts';

export type Logged = { kind: 'sent'; activity: ActivityView } | { kind: 'waiting'; entry: WaitingEntry };

/** What the app logs: the body, and the commitment's text to show while the entry waits on the phone. */
export interface LogRequest {
  input: ActivityInput;
  commitmentText: string;
}

export const waitingKey = (userId: string) => ['offline-waiting', userId] as const;

/** Everything that shows logged activities or progress; read again after entries were sent or stored. */
export async function refreshAfterSending(client: QueryClient): Promise<void> {
  await Promise.all(
    [['offline-waiting'], ['activities'], ['overview'], ['audit']].map((queryKey) =>
      client.invalidateQueries({ queryKey }),
    ),
  );
}

/** Sends the activity; if no answer comes, keeps it on the phone to be sent later with the same key. */
export async function logOrKeep(userId: string, input: ActivityInput, commitmentText: string): Promise<Logged> {
  const key = crypto.randomUUID();
  try {
    const activity = await api<ActivityView>('POST', '/api/v1/activities', input, { 'idempotency-key': key });
    return { kind: 'sent', activity };
  } catch (error) {
    if (!isUnreachable(error) || !canStore() || !userId) throw error;
    const entry: WaitingEntry = {
      key,
      userId,
      input,
      commitmentText,
      createdAt: new Date().toISOString(),
      refusal: null,
    };
    try {
      await putWaiting(entry);
    } catch {
      throw error;
    }
    void askForBackgroundSync();
    return { kind: 'waiting', entry };
  }
}

/**
 * A changed waiting entry is a new submission (new content, new key): it is
 * sent or kept first, and only then the old one removed, so a refusal leaves
 * the old entry where it was.
 */
export async function replaceWaiting(old: WaitingEntry, input: ActivityInput, commitmentText: string): Promise<Logged> {
  const logged = await logOrKeep(old.userId, input, commitmentText);
  await removeWaiting(old.key);
  return logged;
}

export async function discardWaiting(key: string): Promise<void> {
  await removeWaiting(key);
}

/** The signed-in user's waiting entries (refused ones included, with their reason), oldest first. */
export function useWaitingEntries() {
  const userId = useSession().data?.user.id ?? '';
  return useQuery({
    queryKey: waitingKey(userId),
    queryFn: async () => (canStore() ? waitingEntries(userId) : []),
    enabled: Boolean(userId),
    networkMode: 'always',
    staleTime: Infinity,
  });
}

/** Sends the signed-in user's waiting entries now and refreshes what they change. */
export function useSendWaiting(): () => Promise<SendReport | null> {
  const session = useSession().data;
  const client = useQueryClient();
  return async () => {
    if (!session || !canStore()) return null;
    const report = await sendWaiting(session.user.id, session.csrfToken);
    if (report.sent || report.refused) await refreshAfterSending(client);
    return report;
  };
}

/** Changing a refused entry in the full form: sent (or kept) anew, then the old one removed. */
export function useReplaceWaiting(old: WaitingEntry | undefined) {
  const client = useQueryClient();
  return useMutation<Logged, ApiError, LogRequest>({
    mutationFn: ({ input, commitmentText }) =>
      old ? replaceWaiting(old, input, commitmentText) : Promise.reject(new Error('nothing to replace')),
    networkMode: 'always',
    onSuccess: () => refreshAfterSending(client),
  });
}
