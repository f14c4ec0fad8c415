/** The staff overview: every commitment in a scope with its progress, and what needs attention. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import type { BucketProgress } from '../../domain/progress/index.ts';
import type { Attention, OverviewSet } from '../../app/overview/overview.ts';

// The shapes the server answers with: one definition, shared by type only (erased from the bundle).
export type { CommitmentStatus, BucketStatus } from '../../domain/progress/index.ts';
export type { Attention, OverviewCommitment, OverviewSet } from '../../app/overview/overview.ts';
export type Bucket = BucketProgress;

export interface Overview {
  at: string;
  sets: OverviewSet[];
  attention: Attention[];
}

export function useOverview(organisationId: string) {
  return useQuery({
    queryKey: ['overview', organisationId],
    queryFn: () => api<Overview>('GET', `/api/v1/overview${query({ organisationId })}`),
  });
}
