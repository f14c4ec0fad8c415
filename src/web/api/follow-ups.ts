/** Uppföljning: follow-ups of a promise set per cadence period, their workflow, exports and carry-over. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './queries.ts';
import type { Cadence } from '../../domain/follow-up.ts';
import type { Party } from '../../domain/follow-up-workflow.ts';
// The shapes the server answers with, from the contract by type only (zod stays out of the bundle).
import type {
  CarryOverBody,
  CarryOverResult,
  FollowUpEdit,
  FollowUpList,
  FollowUpView as FollowUp,
  NewFollowUp,
} from '../../contracts/follow-ups.ts';

export { CADENCES, VERDICTS, type Cadence, type Verdict } from '../../domain/follow-up.ts';
export type { FollowUpStatus, Party } from '../../domain/follow-up-workflow.ts';
export const PERIODS_PER_YEAR: Record<Cadence, number> = { quarter: 4, tertial: 3, halfyear: 2, year: 1 };

export type {
  FollowUpEdit,
  FollowUpItemView as FollowUpItem,
  FollowUpView as FollowUp,
  Signing,
} from '../../contracts/follow-ups.ts';

export const followUpKeys = {
  all: ['follow-ups'] as const,
  ofSet: (setId: string) => ['follow-ups', 'set', setId] as const,
  one: (id: string) => ['follow-ups', id] as const,
};

const path = (id: string) => `/api/v1/follow-ups/${encodeURIComponent(id)}`;
const setPath = (id: string) => `/api/v1/promise-sets/${encodeURIComponent(id)}`;

export function useFollowUps(setId: string) {
  return useQuery({
    queryKey: followUpKeys.ofSet(setId),
    queryFn: async () => (await api<FollowUpList>('GET', `${setPath(setId)}/follow-ups`)).followUps,
    enabled: Boolean(setId),
  });
}

export function useFollowUp(id: string) {
  return useQuery({ queryKey: followUpKeys.one(id), queryFn: () => api<FollowUp>('GET', path(id)) });
}

export function useCreateFollowUp(setId: string) {
  return useApiMutation(
    (input: NewFollowUp) => api<FollowUp>('POST', `${setPath(setId)}/follow-ups`, input),
    [followUpKeys.all],
  );
}

export function useUpdateFollowUp(id: string) {
  return useApiMutation((edit: FollowUpEdit) => api<FollowUp>('PUT', path(id), edit), [followUpKeys.all]);
}

export function useFollowUpStep(id: string) {
  return useApiMutation(
    (input: { step: 'review' | 'approve' | 'publish'; party?: Party }) =>
      api<FollowUp>(
        'POST',
        `${path(id)}/${input.step}`,
        input.step === 'publish' ? undefined : input.party ? { party: input.party } : {},
      ),
    [followUpKeys.all],
  );
}

export function useCarryOver(setId: string) {
  return useApiMutation(
    (input: CarryOverBody) => api<CarryOverResult>('POST', `${setPath(setId)}/carry-over`, input),
    [followUpKeys.all, ['promise-sets']],
  );
}

export function followUpExports(id: string) {
  return { pdf: `${path(id)}/export.pdf`, docx: `${path(id)}/export.docx`, csv: `${path(id)}/export.csv` };
}
