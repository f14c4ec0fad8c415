/** The staff overview: every commitment in a scope with its progress, and what needs attention. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import type { Overview } from '../../contracts/overview.ts';

// The shapes the server answers with: one definition, from the contract by type only (erased from the bundle).
export type { CommitmentStatus, BucketStatus, BucketProgress as Bucket } from '../../domain/progress/index.ts';
export type { Attention, Overview, OverviewCommitment, OverviewSet } from '../../contracts/overview.ts';

export function useOverview(organisationId: string) {
  return useQuery({
    queryKey: ['overview', organisationId],
    queryFn: () => api<Overview>('GET', `/api/v1/overview${query({ organisationId })}`),
  });
}
