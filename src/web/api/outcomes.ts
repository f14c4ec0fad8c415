/** Outcome indicators of a promise set and their results: /api/v1/promise-sets/:id/outcome(-indicator)s. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client.ts';
import { useApiMutation } from './queries.ts';
import type {
  IndicatorBody,
  IndicatorList,
  IndicatorPatch,
  IndicatorProposals,
  IndicatorView,
  OutcomesAnswer,
} from '../../contracts/outcomes.ts';

export type {
  IndicatorBody,
  IndicatorDefinition,
  IndicatorList,
  IndicatorView,
  OutcomesAnswer,
  OutcomeView,
} from '../../contracts/outcomes.ts';

export const outcomeKeys = {
  indicators: (setId: string) => ['outcomes', setId, 'indicators'] as const,
  results: (setId: string, followUpId?: string) => ['outcomes', setId, 'results', followUpId ?? 'now'] as const,
  all: (setId: string) => ['outcomes', setId] as const,
};

const setPath = (setId: string) => `/api/v1/promise-sets/${encodeURIComponent(setId)}`;

export function useIndicators(setId: string) {
  return useQuery({
    queryKey: outcomeKeys.indicators(setId),
    queryFn: () => api<IndicatorList>('GET', `${setPath(setId)}/outcome-indicators`),
  });
}

/** Indicators the lägesbild proposes for the set (only asked by who may add them). */
export function useIndicatorProposals(setId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...outcomeKeys.indicators(setId), 'proposals'] as const,
    queryFn: () => api<IndicatorProposals>('GET', `${setPath(setId)}/outcome-indicators/proposals`),
    enabled,
  });
}

/** The results today, or for a follow-up's period. */
export function useOutcomes(setId: string, lang: 'sv' | 'en', followUpId?: string) {
  const query = new URLSearchParams({ lang, ...(followUpId ? { followUpId } : {}) });
  return useQuery({
    queryKey: [...outcomeKeys.results(setId, followUpId), lang],
    queryFn: () => api<OutcomesAnswer>('GET', `${setPath(setId)}/outcomes?${query}`),
  });
}

export function useIndicatorMutations(setId: string) {
  const all = [outcomeKeys.all(setId)];
  return {
    add: useApiMutation(
      (body: Omit<IndicatorBody, 'baseline' | 'problemCategory'> & Partial<IndicatorBody>) =>
        api<IndicatorView>('POST', `${setPath(setId)}/outcome-indicators`, body),
      all,
    ),
    change: useApiMutation(
      (input: { id: string; patch: IndicatorPatch }) =>
        api<IndicatorView>('PATCH', `/api/v1/outcome-indicators/${encodeURIComponent(input.id)}`, input.patch),
      all,
    ),
    remove: useApiMutation(
      (id: string) => api<void>('DELETE', `/api/v1/outcome-indicators/${encodeURIComponent(id)}`),
      all,
    ),
  };
}
