/** TanStack Query hooks for the admin resources; mutations refresh what they change. */
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api, type ApiError } from './client.ts';
import type { Organisation, OrganisationList, TokenList, User, UserList } from './types.ts';

export const keys = {
  session: ['session'] as const,
  organisations: ['organisations'] as const,
  users: ['users'] as const,
  user: (id: string) => ['users', id] as const,
  tokens: ['tokens'] as const,
  audit: ['audit'] as const,
};

export function useOrganisations() {
  return useQuery({
    queryKey: keys.organisations,
    queryFn: async () => (await api<OrganisationList>('GET', '/api/v1/organisations')).organisations,
    staleTime: 30_000,
  });
}

export function useOrganisation(id: string) {
  return useQuery({
    queryKey: [...keys.organisations, id],
    queryFn: () => api<Organisation>('GET', `/api/v1/organisations/${encodeURIComponent(id)}`),
  });
}

export function useUsers() {
  return useQuery({
    queryKey: keys.users,
    queryFn: async () => (await api<UserList>('GET', '/api/v1/users')).users,
  });
}

export function useUser(id: string) {
  return useQuery({
    queryKey: keys.user(id),
    queryFn: () => api<User>('GET', `/api/v1/users/${encodeURIComponent(id)}`),
  });
}

export function useTokens() {
  return useQuery({
    queryKey: keys.tokens,
    queryFn: async () => (await api<TokenList>('GET', '/api/v1/tokens')).tokens,
  });
}

/**
 * A mutation that calls the API and, when it succeeds, marks the given
 * queries stale (the audit log always changes too).
 */
export function useApiMutation<TInput, TResult>(
  call: (input: TInput) => Promise<TResult>,
  invalidate: readonly QueryKey[],
) {
  const client = useQueryClient();
  return useMutation<TResult, ApiError, TInput>({
    mutationFn: call,
    onSuccess: async () => {
      await Promise.all([...invalidate, keys.audit].map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
}

/** Lookup of organisations by id, for showing names next to ids. */
export function byId(organisations: readonly Organisation[] | undefined): Map<string, Organisation> {
  return new Map((organisations ?? []).map((o) => [o.id, o]));
}

/** Organisations of one kind the user can see, e.g. the kommuner to choose for a promise set. */
export function useOrganisationsOfKind(kind: Organisation['kind']) {
  return useQuery({
    queryKey: [...keys.organisations, 'kind', kind],
    queryFn: async () => (await api<OrganisationList>('GET', `/api/v1/organisations?kind=${kind}`)).organisations,
    staleTime: 30_000,
  });
}
