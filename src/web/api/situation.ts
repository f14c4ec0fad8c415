/** Lägesbild: the ranked problem picture of a kommun and year, its texts, weights and the police's confidential notes. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './queries.ts';

// The shapes the server answers with, from the contract by type only (zod stays out of the bundle).
import type {
  NewPoliceNote,
  PoliceNotes,
  PoliceNoteView as PoliceNote,
  ProblemEdit,
  SituationEdit,
  SituationView as Situation,
} from '../../contracts/situation.ts';

export { EVIDENCE_SOURCES as SOURCES } from '../../domain/situation/scoring.ts';
export type {
  CauseType,
  Horizon,
  PoliceNoteView as PoliceNote,
  ProblemEdit,
  ProblemView as Problem,
  ScorePartView as ScorePart,
  SituationTexts,
  SituationView as Situation,
  Source,
} from '../../contracts/situation.ts';

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
    queryFn: () => api<PoliceNotes>('GET', `${base(kommun, year)}/police-notes`),
    enabled: Boolean(kommun),
    retry: false,
  });
}

const all = [['situation'] as const];

export function useUpdateSituation(kommun: string, year: number) {
  return useApiMutation((input: SituationEdit) => api<Situation>('PUT', base(kommun, year), input), all);
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
    (input: NewPoliceNote) => api<PoliceNote>('POST', `${base(kommun, year)}/police-notes`, input),
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
