/** Activities (insatser): my commitments for quick entry, logged and planned activities, CSV upload, the calendar. */
import { useRef } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRaw, query, type ApiError } from './client.ts';
import { SubmissionKeys } from './idempotency.ts';
import { useApiMutation } from './queries.ts';
import { useSession } from '../auth/session.tsx';
import { commitmentsWhenUnreachable, keepCommitments } from '../offline/keep.ts';
import { logOrKeep, refreshAfterSending, type Logged, type LogRequest } from '../offline/waiting.ts';

// The shapes the server answers with, from the contract by type only (zod stays out of the bundle).
import type {
  ActivityFilter,
  ActivityList,
  ActivityPatch,
  ActivityView as Activity,
  Calendar,
  ImportResult,
  MyCommitments,
  PlanInput,
  PlannedView,
} from '../../contracts/activities.ts';

export type {
  ActivityFilter,
  ActivityInput,
  ActivityPatch,
  ActivityView as Activity,
  Calendar as CalendarData,
  MyCommitment,
  PlannedView as PlannedActivity,
  RowProblem,
} from '../../contracts/activities.ts';

/** Logged activities change the overview's progress too. */
const OVERVIEW_KEY = ['overview'] as const;

export const activityKeys = {
  all: ['activities'] as const,
  mine: ['activities', 'my-commitments'] as const,
  list: (filter: ActivityFilter) => ['activities', 'list', filter] as const,
  calendar: (setId: string, from: string, to: string) => ['activities', 'calendar', setId, from, to] as const,
};

/** My commitments; kept on the phone for quick entry without a connection (texts, targets, places). */
export function useMyCommitments() {
  const userId = useSession().data?.user.id ?? '';
  return useQuery({
    queryKey: activityKeys.mine,
    queryFn: async () => {
      try {
        const { commitments } = await api<MyCommitments>('GET', '/api/v1/my/commitments');
        if (userId) await keepCommitments(userId, commitments);
        return commitments;
      } catch (error) {
        const kept = userId ? await commitmentsWhenUnreachable(userId, error) : undefined;
        if (kept) return kept;
        throw error;
      }
    },
    networkMode: 'always',
  });
}

export function useActivities(filter: ActivityFilter, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: activityKeys.list(filter),
    queryFn: async () => (await api<ActivityList>('GET', `/api/v1/activities${query({ ...filter })}`)).activities,
    enabled: options.enabled ?? true,
  });
}

/** One key per form or upload, kept across renders: a retry of an unanswered submission reuses its Idempotency-Key. */
function useSubmissionKeys(): SubmissionKeys {
  const keys = useRef<SubmissionKeys | null>(null);
  keys.current ??= new SubmissionKeys();
  return keys.current;
}

/**
 * Logs one activity. Without an answer (no connection, the server down) it
 * is kept on the phone with its Idempotency-Key and sent later
 * (offline/waiting.ts): the result says which.
 */
export function useLogActivity() {
  const userId = useSession().data?.user.id ?? '';
  const client = useQueryClient();
  return useMutation<Logged, ApiError, LogRequest>({
    mutationFn: ({ input, commitmentText }) => logOrKeep(userId, input, commitmentText),
    networkMode: 'always',
    onSuccess: () => refreshAfterSending(client),
  });
}

export function useUpdateActivity() {
  return useApiMutation(
    (input: { id: string; patch: ActivityPatch }) =>
      api<Activity>('PATCH', `/api/v1/activities/${encodeURIComponent(input.id)}`, input.patch),
    [activityKeys.all, OVERVIEW_KEY],
  );
}

export function useDeleteActivity() {
  return useApiMutation(
    (id: string) => api<void>('DELETE', `/api/v1/activities/${encodeURIComponent(id)}`),
    [activityKeys.all, OVERVIEW_KEY],
  );
}

export function useImportActivitiesCsv() {
  const keys = useSubmissionKeys();
  return useApiMutation(
    (csv: string) =>
      keys.send(csv, (headers) => apiRaw<ImportResult>('POST', '/api/v1/activities/import', csv, 'text/csv', headers)),
    [activityKeys.all, OVERVIEW_KEY],
  );
}

export function useCalendar(setId: string, from: string, to: string) {
  return useQuery({
    queryKey: activityKeys.calendar(setId, from, to),
    queryFn: () =>
      api<Calendar>('GET', `/api/v1/promise-sets/${encodeURIComponent(setId)}/calendar${query({ from, to })}`),
    enabled: Boolean(setId),
  });
}

export function usePlanActivity() {
  return useApiMutation(
    (input: PlanInput) => api<PlannedView>('POST', '/api/v1/planned-activities', input),
    [activityKeys.all, OVERVIEW_KEY],
  );
}

export function useRemovePlanned() {
  return useApiMutation(
    (id: string) => api<void>('DELETE', `/api/v1/planned-activities/${encodeURIComponent(id)}`),
    [activityKeys.all, OVERVIEW_KEY],
  );
}

export function templateHref(setId: string): string {
  return `/api/v1/promise-sets/${encodeURIComponent(setId)}/activities-template.csv`;
}
