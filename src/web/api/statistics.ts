/** Statistics from BRÅ, Polisen and SCB: imports with a row-by-row report, and a kommun's yearly series with its trend. */
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, query } from './client.ts';
import { useApiMutation } from './queries.ts';
import type { CategoryList, ImportJsonBody, ImportResult, RowProblem, Series } from '../../contracts/statistics.ts';

export type { ImportResult, RowProblem, Series, SeriesPoint, Trend } from '../../contracts/statistics.ts';
export type { StatSource } from '../../domain/statistics/types.ts';

export function useStatCategories(kommun: string) {
  return useQuery({
    queryKey: ['statistics', 'categories', kommun],
    queryFn: async () =>
      (await api<CategoryList>('GET', `/api/v1/statistics/categories${query({ kommun })}`)).categories,
    enabled: Boolean(kommun),
  });
}

export function useSeries(kommun: string, category: string) {
  return useQuery({
    queryKey: ['statistics', 'series', kommun, category],
    queryFn: () => api<Series>('GET', `/api/v1/statistics/series${query({ kommun, category })}`),
    enabled: Boolean(kommun),
  });
}

export function useImportStatistics() {
  return useApiMutation(
    (input: ImportJsonBody) => api<ImportResult>('POST', '/api/v1/statistics/imports', input),
    [['statistics'], ['situation']],
  );
}

/** The bad rows of a refused import ("inget sparades"), if the answer has them. */
export function importProblems(error: unknown): RowProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const rows = (error.details as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as RowProblem[]) : null;
}
