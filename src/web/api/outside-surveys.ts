/** Survey results from outside (Polisen, Brå's NTU, SCB) per kommun: imports with a row-by-row report, the list, deleting. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './queries.ts';
import type {
  OutsideDeleteResult,
  OutsideImportBody,
  OutsideImportResult,
  OutsideSurveyList,
} from '../../contracts/outside-surveys.ts';

export type {
  OutsideImportResult,
  OutsideImportView,
  OutsideResultView,
  OutsideSurveyList,
} from '../../contracts/outside-surveys.ts';
export { LAYOUTS, OUTSIDE_SOURCES, type OutsideSource } from '../../domain/trygghet/sources.ts';

const base = (kommun: string) => `/api/v1/outside-surveys/${encodeURIComponent(kommun)}`;

export function useOutsideSurveys(kommun: string) {
  return useQuery({
    queryKey: ['outside-surveys', kommun],
    queryFn: () => api<OutsideSurveyList>('GET', base(kommun)),
    enabled: Boolean(kommun),
  });
}

export function useImportOutsideSurvey(kommun: string) {
  return useApiMutation(
    (input: OutsideImportBody) => api<OutsideImportResult>('POST', `${base(kommun)}/imports`, input),
    [['outside-surveys', kommun], ['situation']],
  );
}

export function useDeleteOutsideSurvey(kommun: string) {
  return useApiMutation(
    (input: { year: number; source: OutsideImportBody['source'] }) =>
      api<OutsideDeleteResult>('DELETE', `${base(kommun)}/${input.year}?source=${encodeURIComponent(input.source)}`),
    [['outside-surveys', kommun], ['situation']],
  );
}
