/** EST (Effektiv samordning för trygghet): the checklist, weekly reports, the merged weekly picture and the period summary. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import { useApiMutation } from './queries.ts';
import type {
  EstChecklist,
  EstReportBody,
  EstReportList,
  EstReportUpdateBody,
  EstReportView as EstReport,
  EstSummary,
  EstWeekly,
} from '../../contracts/est.ts';

export type {
  AreaNeed,
  EstChecklist,
  EstReportView as EstReport,
  EstSummary,
  EstWeekly,
  MergedAreaWeek,
} from '../../contracts/est.ts';

export function useEstChecklist() {
  return useQuery({
    queryKey: ['est', 'checklist'],
    queryFn: () => api<EstChecklist>('GET', '/api/v1/est/checklist'),
    staleTime: Infinity,
  });
}

export function useEstWeekly(kommun: string, week: string) {
  return useQuery({
    queryKey: ['est', 'weekly', kommun, week],
    queryFn: () => api<EstWeekly>('GET', `/api/v1/est/weekly${query({ kommun, week })}`),
    enabled: Boolean(kommun && week),
  });
}

export function useEstSummary(kommun: string, period: string) {
  return useQuery({
    queryKey: ['est', 'summary', kommun, period],
    queryFn: () => api<EstSummary>('GET', `/api/v1/est/summary${query({ kommun, period })}`),
    enabled: Boolean(kommun && period),
  });
}

export function useFileEstReport() {
  return useApiMutation(
    (input: EstReportBody) => api<EstReport>('POST', '/api/v1/est/reports', input),
    [['est'], ['situation']],
  );
}

export function useEstReports(kommun: string, week: string) {
  return useQuery({
    queryKey: ['est', 'reports', kommun, week],
    queryFn: async () => (await api<EstReportList>('GET', `/api/v1/est/reports${query({ kommun, week })}`)).reports,
    enabled: Boolean(kommun && week),
  });
}

const reportPath = (id: string) => `/api/v1/est/reports/${encodeURIComponent(id)}`;

export function useUpdateEstReport() {
  return useApiMutation(
    (input: { id: string; body: EstReportUpdateBody }) => api<EstReport>('PUT', reportPath(input.id), input.body),
    [['est'], ['situation']],
  );
}

export function useDeleteEstReport() {
  return useApiMutation((id: string) => api<void>('DELETE', reportPath(id)), [['est'], ['situation']]);
}
