/** Dialogues (medborgardialog, medarbetardialog), trygghetsvandringar and open actions: /api/v1/dialogues and /api/v1/safety-walks. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import { useApiMutation } from './queries.ts';
import type {
  Categories,
  DialogueBody,
  DialogueList,
  DialogueUpdateBody,
  DialogueView as Dialogue,
  FindingBody,
  FindingEditBody,
  FindingPatchBody,
  FindingView as Finding,
  FollowUpBody,
  OpenActions,
  PlanNextWalkBody,
  PlanWalkBody,
  RecordWalkBody,
} from '../../contracts/dialogues.ts';

export type {
  ActionStatus,
  Categories,
  DialogueView as Dialogue,
  DialogueSummary,
  FindingView as Finding,
  OpenAction,
} from '../../contracts/dialogues.ts';
export { WALK_STAGES, type WalkStage } from '../../domain/dialogues/safety-walk.ts';
/** The kinds registered here; EST reports have their own form. */
export type DialogueKind = DialogueBody['kind'];
/** A finding in an edited list: with `id` it corrects a stored one, without it is new; stored ones left out are removed. */
export type FindingEditInput = FindingEditBody;
/** A change to a dialogue: fields left out stay; `findings` is the complete new list. */
export type DialogueUpdateInput = DialogueUpdateBody;

export const dialogueKeys = {
  all: ['dialogues'] as const,
  categories: ['dialogues', 'categories'] as const,
  list: (kommun: string, kind: string) => ['dialogues', 'list', kommun, kind] as const,
  one: (id: string) => ['dialogues', 'one', id] as const,
  actions: (kommun: string) => ['dialogues', 'open-actions', kommun] as const,
};

/** The lägesbild reads findings, so changing them refreshes it too. */
const SITUATION_KEY = ['situation'] as const;
const path = (id: string) => `/api/v1/dialogues/${encodeURIComponent(id)}`;
const walkPath = (id: string) => `/api/v1/safety-walks/${encodeURIComponent(id)}`;

export function useCategories() {
  return useQuery({
    queryKey: dialogueKeys.categories,
    queryFn: () => api<Categories>('GET', '/api/v1/dialogues/categories'),
    staleTime: Infinity,
  });
}

export function useDialogues(kommun: string, kind: DialogueKind | '') {
  return useQuery({
    queryKey: dialogueKeys.list(kommun, kind),
    queryFn: async () => (await api<DialogueList>('GET', `/api/v1/dialogues${query({ kommun, kind })}`)).dialogues,
    enabled: Boolean(kommun),
  });
}

export function useDialogue(id: string) {
  return useQuery({ queryKey: dialogueKeys.one(id), queryFn: () => api<Dialogue>('GET', path(id)) });
}

export function useOpenActions(kommun: string) {
  return useQuery({
    queryKey: dialogueKeys.actions(kommun),
    queryFn: () => api<OpenActions>('GET', `/api/v1/dialogues/open-actions${query({ kommun })}`),
    enabled: Boolean(kommun),
  });
}

const changes = [dialogueKeys.all, SITUATION_KEY];

export function useRegisterDialogue() {
  return useApiMutation((input: DialogueBody) => api<Dialogue>('POST', '/api/v1/dialogues', input), changes);
}

export function useUpdateDialogue(id: string) {
  return useApiMutation((input: DialogueUpdateBody) => api<Dialogue>('PATCH', path(id), input), changes);
}

/** Refreshes the lists, not the deleted dialogue itself: the page leaves it rather than showing "not found". */
export function useDeleteDialogue(id: string) {
  return useApiMutation(
    () => api<void>('DELETE', path(id)),
    [['dialogues', 'list'], ['dialogues', 'open-actions'], SITUATION_KEY],
  );
}

export function useAddFindings(id: string) {
  return useApiMutation(
    (findings: FindingBody[]) => api<Dialogue>('POST', `${path(id)}/findings`, { findings }),
    changes,
  );
}

/** Marks a finding's action done today (or changes owner, action, due date). */
export function usePatchFinding() {
  return useApiMutation(
    (input: { dialogueId: string; findingId: string; patch: FindingPatchBody }) =>
      api<Finding>('PATCH', `${path(input.dialogueId)}/findings/${encodeURIComponent(input.findingId)}`, input.patch),
    changes,
  );
}

export function usePlanWalk() {
  return useApiMutation((input: PlanWalkBody) => api<Dialogue>('POST', '/api/v1/safety-walks', input), changes);
}

export function useRecordWalk(id: string) {
  return useApiMutation((input: RecordWalkBody) => api<Dialogue>('POST', `${walkPath(id)}/walk`, input), changes);
}

export function useFollowUpMeeting(id: string) {
  return useApiMutation((input: FollowUpBody) => api<Dialogue>('POST', `${walkPath(id)}/follow-up`, input), changes);
}

export function useCloseWalk(id: string) {
  return useApiMutation(() => api<Dialogue>('POST', `${walkPath(id)}/close`), changes);
}

export function usePlanNextWalk(id: string) {
  return useApiMutation(
    (input: PlanNextWalkBody) => api<Dialogue>('POST', `${walkPath(id)}/plan-next`, input),
    changes,
  );
}
