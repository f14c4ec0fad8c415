/** Dialogues (medborgardialog, medarbetardialog), trygghetsvandringar and open actions: /api/v1/dialogues and /api/v1/safety-walks. */
import { useQuery } from '@tanstack/react-query';
import { api, query } from './client.ts';
import { useApiMutation } from './queries.ts';

export type DialogueKind = 'medborgardialog' | 'medarbetardialog' | 'trygghetsvandring';
export type WalkStage = 'formote' | 'vandring' | 'aterkoppling' | 'klar';
export type ActionStatus = 'no_action' | 'open' | 'overdue' | 'done';

export const WALK_STAGES: readonly WalkStage[] = ['formote', 'vandring', 'aterkoppling', 'klar'];

export interface Labelled {
  key: string;
  label: string;
  labelEn: string;
}
export interface Categories {
  categories: Labelled[];
  seriousness: { level: number; label: string; labelEn: string }[];
}

export interface Finding {
  id: string;
  position: number;
  text: string;
  category: string;
  categoryLabel: string;
  seriousness: number;
  area: { id: string; name: string } | null;
  owner: string | null;
  action: string | null;
  dueDate: string | null;
  doneAt: string | null;
  status: ActionStatus;
}

export interface Warning {
  code: string;
  message: string;
  messageEn: string;
}

export interface Dialogue {
  id: string;
  kind: DialogueKind;
  kommun: { id: string; code: string; name: string };
  title: string;
  date: string;
  place: string | null;
  area: { id: string; name: string } | null;
  participants: Record<string, number>;
  participantTotal: number;
  note: string | null;
  findings: Finding[];
  walk: {
    stage: WalkStage;
    preMeetingDate: string | null;
    walkDate: string;
    followUpDate: string | null;
    route: string | null;
    previousWalkId: string | null;
    closedOn: string | null;
  } | null;
  warnings: Warning[];
  createdBy: string;
}

export interface DialogueSummary {
  id: string;
  kind: DialogueKind;
  title: string;
  date: string;
  place: string | null;
  area: { id: string; name: string } | null;
  participantTotal: number;
  findingCount: number;
  openActions: number;
  stage: WalkStage | null;
}

export interface FindingInput {
  text: string;
  category: string;
  seriousness: number;
  areaName?: string | null;
}

/** A finding in an edited list: with `id` it corrects a stored one, without it is new; stored ones left out are removed. */
export interface FindingEditInput extends FindingInput {
  id?: string;
}

/** A change to a dialogue: fields left out stay; `findings` is the complete new list. */
export interface DialogueUpdateInput {
  title?: string | null;
  date?: string;
  place?: string | null;
  areaName?: string | null;
  participants?: Record<string, number>;
  note?: string | null;
  walk?: { preMeetingDate?: string | null; followUpDate?: string | null; route?: string | null };
  findings?: FindingEditInput[];
}

export interface DialogueInput {
  kommun: string;
  kind: DialogueKind;
  title?: string | null;
  date: string;
  place?: string | null;
  areaName?: string | null;
  participants: Record<string, number>;
  note?: string | null;
  findings: FindingInput[];
}

export interface PlanWalkInput {
  kommun: string;
  title?: string | null;
  date: string;
  place?: string | null;
  areaName?: string | null;
  route?: string | null;
  preMeetingDate?: string | null;
  followUpDate?: string | null;
  participants: Record<string, number>;
  note?: string | null;
}

export interface RecordWalkInput {
  date: string;
  participants: Record<string, number>;
  findings: FindingInput[];
  followUpDate?: string | null;
  note?: string | null;
}

export interface FollowUpMeetingInput {
  date: string;
  actions: { findingId: string; owner: string; action: string; dueDate: string }[];
}

export interface OpenAction {
  findingId: string;
  dialogue: { id: string; kind: DialogueKind; title: string; date: string };
  text: string;
  category: string;
  categoryLabel: string;
  area: { id: string; name: string } | null;
  owner: string | null;
  action: string;
  dueDate: string | null;
  overdue: boolean;
  daysOverdue: number;
}

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
    queryFn: async () =>
      (await api<{ dialogues: DialogueSummary[] }>('GET', `/api/v1/dialogues${query({ kommun, kind })}`)).dialogues,
    enabled: Boolean(kommun),
  });
}

export function useDialogue(id: string) {
  return useQuery({ queryKey: dialogueKeys.one(id), queryFn: () => api<Dialogue>('GET', path(id)) });
}

export function useOpenActions(kommun: string) {
  return useQuery({
    queryKey: dialogueKeys.actions(kommun),
    queryFn: () =>
      api<{ actions: OpenAction[]; overdue: number }>('GET', `/api/v1/dialogues/open-actions${query({ kommun })}`),
    enabled: Boolean(kommun),
  });
}

const changes = [dialogueKeys.all, SITUATION_KEY];

export function useRegisterDialogue() {
  return useApiMutation((input: DialogueInput) => api<Dialogue>('POST', '/api/v1/dialogues', input), changes);
}

export function useUpdateDialogue(id: string) {
  return useApiMutation((input: DialogueUpdateInput) => api<Dialogue>('PATCH', path(id), input), changes);
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
    (findings: FindingInput[]) => api<Dialogue>('POST', `${path(id)}/findings`, { findings }),
    changes,
  );
}

/** Marks a finding's action done today (or changes owner, action, due date). */
export function usePatchFinding() {
  return useApiMutation(
    (input: { dialogueId: string; findingId: string; patch: { doneAt?: string | null } }) =>
      api<Finding>('PATCH', `${path(input.dialogueId)}/findings/${encodeURIComponent(input.findingId)}`, input.patch),
    changes,
  );
}

export function usePlanWalk() {
  return useApiMutation((input: PlanWalkInput) => api<Dialogue>('POST', '/api/v1/safety-walks', input), changes);
}

export function useRecordWalk(id: string) {
  return useApiMutation((input: RecordWalkInput) => api<Dialogue>('POST', `${walkPath(id)}/walk`, input), changes);
}

export function useFollowUpMeeting(id: string) {
  return useApiMutation(
    (input: FollowUpMeetingInput) => api<Dialogue>('POST', `${walkPath(id)}/follow-up`, input),
    changes,
  );
}

export function useCloseWalk(id: string) {
  return useApiMutation(() => api<Dialogue>('POST', `${walkPath(id)}/close`), changes);
}

export function usePlanNextWalk(id: string) {
  return useApiMutation(
    (input: { date: string; preMeetingDate?: string | null; followUpDate?: string | null }) =>
      api<Dialogue>('POST', `${walkPath(id)}/plan-next`, input),
    changes,
  );
}
