/** Lägesbild: the ranked problem picture of a kommun and year, its texts, weights and the police's confidential notes. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './queries.ts';

export const SOURCES = ['survey', 'dialogue', 'est', 'events', 'police'] as const;
export type Source = (typeof SOURCES)[number];

export type CauseType = 'situational' | 'social' | 'both';
export type Horizon = 'short' | 'long' | 'both';

export interface ScorePart {
  source: Source;
  points: number;
  weight: number;
  score: number;
  items: number;
}

export interface Problem {
  category: string;
  label: string;
  score: number;
  scoreRank: number;
  manualRank: number | null;
  rankReason: string | null;
  rank: number;
  parts: ScorePart[];
  evidence: { source: Source; description: string; points: number }[];
  prioritised: boolean;
  cause: { type: CauseType | null; horizon: Horizon | null; text: string | null };
  focusAreaIds: string[];
  commitmentIds: string[];
}

export interface SituationTexts {
  crimeSurvey: string | null;
  consequences: string | null;
  otherInformation: string | null;
  analysis: string | null;
}

export interface Situation {
  municipalityId: string;
  year: number;
  confidentialIncluded: boolean;
  texts: SituationTexts;
  weights: Partial<Record<Source, number>>;
  problems: Problem[];
}

export interface ProblemEdit {
  manualRank?: number | null;
  rankReason?: string | null;
  prioritised?: boolean;
  cause?: { type: CauseType | null; horizon: Horizon | null; text: string | null };
  focusAreaIds?: string[];
  commitmentIds?: string[];
}

export interface PoliceNote {
  id: string;
  year: number;
  category: string;
  seriousness: number;
  text: string;
  createdAt: string;
}

const base = (kommun: string, year: number) => `/api/v1/situation/${encodeURIComponent(kommun)}/${year}`;

export const situationKeys = {
  one: (kommun: string, year: number) => ['situation', kommun, year] as const,
  notes: (kommun: string, year: number) => ['situation', kommun, year, 'police-notes'] as const,
};

export function useSituation(kommun: string, year: number) {
  return useQuery({
    queryKey: situationKeys.one(kommun, year),
    queryFn: () => api<Situation>('GET', base(kommun, year)),
    enabled: Boolean(kommun),
  });
}

/** The police's notes; the API answers 404 to anyone who is not police, which the page reads as "hide the section". */
export function usePoliceNotes(kommun: string, year: number) {
  return useQuery({
    queryKey: situationKeys.notes(kommun, year),
    // mayWrite: only police roles that write the lägesbild add and remove notes; the others read them.
    queryFn: () => api<{ notes: PoliceNote[]; mayWrite: boolean }>('GET', `${base(kommun, year)}/police-notes`),
    enabled: Boolean(kommun),
    retry: false,
  });
}

const all = [['situation'] as const];

export function useUpdateSituation(kommun: string, year: number) {
  return useApiMutation(
    (input: { texts?: Partial<SituationTexts>; weights?: Partial<Record<Source, number>> }) =>
      api<Situation>('PUT', base(kommun, year), input),
    all,
  );
}

export function useUpdateProblem(kommun: string, year: number) {
  return useApiMutation(
    (input: { category: string; edit: ProblemEdit }) =>
      api<Situation>('PUT', `${base(kommun, year)}/problems/${encodeURIComponent(input.category)}`, input.edit),
    all,
  );
}

export function useAddPoliceNote(kommun: string, year: number) {
  return useApiMutation(
    (input: { category: string; seriousness: number; text: string }) =>
      api<PoliceNote>('POST', `${base(kommun, year)}/police-notes`, input),
    all,
  );
}

export function useDeletePoliceNote(kommun: string, year: number) {
  return useApiMutation(
    (id: string) => api<void>('DELETE', `${base(kommun, year)}/police-notes/${encodeURIComponent(id)}`),
    all,
  );
}

export function situationExports(kommun: string, year: number) {
  const b = base(kommun, year);
  return {
    publicPdf: `${b}/export.pdf?audience=public`,
    publicDocx: `${b}/export.docx?audience=public`,
    internalPdf: `${b}/export.pdf?audience=internal`,
    internalDocx: `${b}/export.docx?audience=internal`,
  };
}
