/** Promise sets (medborgarlöften): shapes, queries and mutations of /api/v1/promise-sets and the importer. */
import { useQuery } from '@tanstack/react-query';
import { api, apiRaw, query } from './client.ts';
import { useApiMutation } from './queries.ts';
import type { PromiseSetDocument, PromiseStatus } from '../../domain/promise-set.ts';
import type {
  ChangeList,
  ImportedDraft,
  PromiseSetList,
  Signature,
  StoredPromiseSet,
  UpdatePromiseSetBody,
  VersionList,
} from '../../contracts/promises.ts';

export type { PromiseSetDocument, PromiseStatus, PlanCommitment } from '../../domain/promise-set.ts';
export type { Target, CountTarget, ShareTarget, Per } from '../../domain/promise-document.ts';

export const PROMISE_STATUS_LIST: readonly PromiseStatus[] = ['draft', 'agreed', 'published', 'closed'];

export type {
  AgreeBody,
  Change,
  ChangeList,
  FieldChange,
  ImportedDraft,
  PromiseSetList,
  PromiseSetSummary,
  Signature,
  StoredPromiseSet,
  UpdatePromiseSetBody,
  VersionList,
  VersionSummary,
} from '../../contracts/promises.ts';

export const promiseKeys = {
  all: ['promise-sets'] as const,
  list: (filter: object) => ['promise-sets', 'list', filter] as const,
  one: (id: string) => ['promise-sets', id] as const,
  versions: (id: string) => ['promise-sets', id, 'versions'] as const,
  diff: (id: string, from: number, to: number) => ['promise-sets', id, 'diff', from, to] as const,
};

const setPath = (id: string) => `/api/v1/promise-sets/${encodeURIComponent(id)}`;

export function usePromiseSets(filter: { status?: PromiseStatus | ''; kommun?: string } = {}) {
  return useQuery({
    queryKey: promiseKeys.list(filter),
    queryFn: async () =>
      (
        await api<PromiseSetList>(
          'GET',
          `/api/v1/promise-sets${query({ status: filter.status, kommun: filter.kommun })}`,
        )
      ).promiseSets,
  });
}

export function usePromiseSet(id: string | undefined) {
  return useQuery({
    queryKey: promiseKeys.one(id ?? ''),
    queryFn: () => api<StoredPromiseSet>('GET', setPath(id!)),
    enabled: Boolean(id),
  });
}

export function useVersions(id: string) {
  return useQuery({
    queryKey: promiseKeys.versions(id),
    queryFn: async () => (await api<VersionList>('GET', `${setPath(id)}/versions`)).versions,
  });
}

export function useDiff(id: string, from: number | null, to: number | null) {
  return useQuery({
    queryKey: promiseKeys.diff(id, from ?? 0, to ?? 0),
    queryFn: async () => (await api<ChangeList>('GET', `${setPath(id)}/diff${query({ from, to })}`)).changes,
    enabled: from !== null && to !== null && from !== to,
  });
}

export function useCreatePromiseSet() {
  return useApiMutation(
    (doc: PromiseSetDocument) => api<StoredPromiseSet>('POST', '/api/v1/promise-sets', doc),
    [promiseKeys.all],
  );
}

export function useUpdatePromiseSet(id: string) {
  return useApiMutation(
    (input: UpdatePromiseSetBody) => api<StoredPromiseSet>('PUT', setPath(id), input),
    [promiseKeys.all],
  );
}

export function useAgree(id: string) {
  return useApiMutation(
    (signatures: Signature[]) => api<StoredPromiseSet>('POST', `${setPath(id)}/agree`, { signatures }),
    [promiseKeys.all],
  );
}

export function useTransition(id: string, step: 'publish' | 'close') {
  return useApiMutation(() => api<StoredPromiseSet>('POST', `${setPath(id)}/${step}`), [promiseKeys.all]);
}

/** Reads an uploaded file or pasted text into a draft; the server stores nothing. */
export function useImportPromise() {
  return useApiMutation((input: { file: File } | { text: string }) => {
    if ('file' in input) {
      const form = new FormData();
      form.append('file', input.file, input.file.name);
      return apiRaw<ImportedDraft>('POST', '/api/v1/imports/promise', form);
    }
    return api<ImportedDraft>('POST', '/api/v1/imports/promise', { text: input.text });
  }, []);
}

export function exportLinks(id: string) {
  const base = setPath(id);
  return {
    pdf: `${base}/export.pdf`,
    docx: `${base}/export.docx`,
    planPdf: `${base}/plan.pdf`,
    planDocx: `${base}/plan.docx`,
    planCsv: `${base}/plan.csv`,
  };
}
