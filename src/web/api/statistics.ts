/** Statistics from BRÅ, Polisen and SCB: imports with a row-by-row report, and a kommun's yearly series with its trend. */
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, query } from './client.ts';
import { useApiMutation } from './queries.ts';

export type StatSource = 'bra' | 'polisen' | 'scb';

export interface ImportResult {
  source: StatSource;
  year: number | null;
  category: string | null;
  imported: number;
  updated: number;
  skipped: { line: number; reason: string; reasonEn: string }[];
}

export interface RowProblem {
  line: number;
  message: string;
  messageEn: string;
}

export interface SeriesPoint {
  year: number;
  count: number | null;
  population: number | null;
  ratePer100k: number | null;
  rateSource: 'bra' | 'computed' | null;
}

export interface Trend {
  basis: 'ratePer100k' | 'count';
  slopePerYear: number;
  relativeSlopePercent: number;
  direction: 'up' | 'down' | 'flat';
  firstYear: number;
  lastYear: number;
  changePercent: number | null;
  series: { year: number; value: number; fitted: number }[];
}

export interface Series {
  kommun: { code: string; name: string };
  category: string;
  points: SeriesPoint[];
  trend: Trend | null;
}

export function useStatCategories(kommun: string) {
  return useQuery({
    queryKey: ['statistics', 'categories', kommun],
    queryFn: async () =>
      (
        await api<{ categories: { category: string; firstYear: number; lastYear: number }[] }>(
          'GET',
          `/api/v1/statistics/categories${query({ kommun })}`,
        )
      ).categories,
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
    (input: { source: StatSource; year?: number; category?: string; content: string }) =>
      api<ImportResult>('POST', '/api/v1/statistics/imports', input),
    [['statistics'], ['situation']],
  );
}

/** The bad rows of a refused import ("inget sparades"), if the answer has them. */
export function importProblems(error: unknown): RowProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return null;
  const rows = (error.details as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as RowProblem[]) : null;
}
