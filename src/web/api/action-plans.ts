/** The åtgärdsplan of a kommun's lägesbild of one year: its head, measures, decision and exports. */
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from './client.ts';
import { useApiMutation } from './queries.ts';

// The shapes the server answers with, from the contract by type only (zod stays out of the bundle).
import type { ActionPlanView as ActionPlan, Decision, MeasureInput, PlanEdit } from '../../contracts/action-plans.ts';

export type {
  ActionPlanView as ActionPlan,
  LinkedCommitment,
  MeasureInput,
  MeasureView as Measure,
  PlanProblem,
} from '../../contracts/action-plans.ts';

const base = (kommun: string, year: number) => `/api/v1/situation/${encodeURIComponent(kommun)}/${year}/action-plan`;

export const actionPlanKeys = { one: (kommun: string, year: number) => ['action-plan', kommun, year] as const };

/** The plan, or null when the lägesbild of the year has none yet (the API answers 404). */
export function useActionPlan(kommun: string, year: number) {
  return useQuery({
    queryKey: actionPlanKeys.one(kommun, year),
    queryFn: async () => {
      try {
        return await api<ActionPlan>('GET', base(kommun, year));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    enabled: Boolean(kommun),
  });
}

const all = [['action-plan'] as const, ['situation'] as const];

export function useSavePlan(kommun: string, year: number) {
  return useApiMutation((input: PlanEdit) => api<ActionPlan>('PUT', base(kommun, year), input), all);
}

export function useAddMeasure(kommun: string, year: number) {
  return useApiMutation((input: MeasureInput) => api<ActionPlan>('POST', `${base(kommun, year)}/measures`, input), all);
}

export function useRemoveMeasure(kommun: string, year: number) {
  return useApiMutation(
    (id: string) => api<void>('DELETE', `${base(kommun, year)}/measures/${encodeURIComponent(id)}`),
    all,
  );
}

export function useDecidePlan(kommun: string, year: number) {
  return useApiMutation((input: Decision) => api<ActionPlan>('POST', `${base(kommun, year)}/decide`, input), all);
}

export function useReopenPlan(kommun: string, year: number) {
  return useApiMutation(() => api<ActionPlan>('POST', `${base(kommun, year)}/reopen`), all);
}

export function actionPlanExports(kommun: string, year: number) {
  return { pdf: `${base(kommun, year)}/export.pdf`, docx: `${base(kommun, year)}/export.docx` };
}
