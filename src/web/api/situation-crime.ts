/** The lägesbild's crime section: the statistics of a kommun and year, drafted for the analyst. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';

// The shapes the server answers with, from the contract by type only (zod stays out of the bundle).
import type { CrimeSectionView } from '../../contracts/situation-crime.ts';

export type {
  CrimeCategory,
  CrimeSectionView as CrimeSection,
  PoliceEventsByMonth,
  RegionSeries,
} from '../../contracts/situation-crime.ts';

export function useCrimeSection(kommun: string, year: number) {
  return useQuery({
    queryKey: ['situation', kommun, year, 'crime'] as const,
    queryFn: () => api<CrimeSectionView>('GET', `/api/v1/situation/${encodeURIComponent(kommun)}/${year}/crime`),
    enabled: Boolean(kommun),
  });
}
