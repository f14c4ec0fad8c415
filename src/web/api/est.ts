/** EST (Effektiv samordning för trygghet): the checklist, weekly reports, the merged weekly picture and the period summary. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import { useApiMutation } from './queries.ts';
import type { FindingInput } from './dialogues.ts';

export interface EstChecklist {
  items: { key: string; label: string; labelEn: string; category: string }[];
  levels: { level: number; label: string; labelEn: string }[];
}

export interface EstReportInput {
  kommun: string;
  week: string;
  areaName: string;
  answers: Record<string, { level: number; note?: string | null }>;
  note?: string | null;
  findings?: FindingInput[];
}

export interface ReporterNote {
  reporter: string;
  note: string;
}

export interface MergedAreaWeek {
  areaId: string;
  areaName: string;
  week: string;
  weekStart: string;
  reporters: { id: string; name: string }[];
  reportCount: number;
  items: { key: string; label: string; max: number; sum: number; notes: ReporterNote[] }[];
  total: number;
  notes: ReporterNote[];
}

export interface EstWeekly {
  from: string;
  to: string;
  weeks: { week: string; weekStart: string; areas: MergedAreaWeek[] }[];
}

export interface AreaNeed {
  rank: number;
  areaId: string;
  areaName: string;
  total: number;
  weeksReported: number;
  reportCount: number;
  topItems: string[];
}

export interface EstSummary {
  from: string;
  to: string;
  weekCount: number;
  reportCount: number;
  areas: AreaNeed[];
}

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
    (input: EstReportInput) => api<{ id: string; week: string }>('POST', '/api/v1/est/reports', input),
    [['est'], ['situation']],
  );
}

export interface EstReport {
  id: string;
  kommun: { id: string; code: string; name: string };
  reporter: { id: string; name: string };
  week: string;
  weekStart: string;
  area: { id: string; name: string };
  answers: { key: string; label: string; level: number; levelLabel: string; note: string | null }[];
  total: number;
  note: string | null;
}

/** Answers and note are replaced; week and area change only when sent. */
export interface EstReportUpdate {
  week?: string;
  areaName?: string;
  answers: Record<string, { level: number; note?: string | null }>;
  note?: string | null;
}

export function useEstReports(kommun: string, week: string) {
  return useQuery({
    queryKey: ['est', 'reports', kommun, week],
    queryFn: async () =>
      (await api<{ reports: EstReport[] }>('GET', `/api/v1/est/reports${query({ kommun, week })}`)).reports,
    enabled: Boolean(kommun && week),
  });
}

const reportPath = (id: string) => `/api/v1/est/reports/${encodeURIComponent(id)}`;

export function useUpdateEstReport() {
  return useApiMutation(
    (input: { id: string; body: EstReportUpdate }) => api<EstReport>('PUT', reportPath(input.id), input.body),
    [['est'], ['situation']],
  );
}

export function useDeleteEstReport() {
  return useApiMutation((id: string) => api<void>('DELETE', reportPath(id)), [['est'], ['situation']]);
}
