/**
 * Contract of dialogues and trygghetsvandringar: /api/v1/dialogues and
 * /api/v1/safety-walks. The request bodies are the domain's schemas (they
 * carry the Swedish messages users see), named here once for the routes,
 * the use cases and the staff app.
 */
import { z } from 'zod';
import { KommunRefView } from './areas.ts';
import {
  addFindingsSchema,
  DIALOGUE_KINDS,
  dialogueInputSchema,
  findingPatchSchema,
  isoDate,
  kommunRef,
  REGISTERED_KINDS,
} from '../domain/dialogues/dialogue.ts';
import { dialogueUpdateSchema, type findingEditSchema } from '../domain/dialogues/dialogue-edit.ts';
import { WALK_STAGES } from '../domain/dialogues/safety-walk.ts';
import { labelledSchema, seriousnessLevelSchema, walkWarningSchema } from '../domain/dialogues/shapes.ts';
import {
  followUpSchema,
  planNextWalkSchema,
  planWalkSchema,
  recordWalkSchema,
} from '../domain/dialogues/walk-input.ts';

const uuid = z.uuid({ error: 'Ogiltigt id' });
export const IdParams = z.object({ id: uuid });
export const FindingParams = IdParams.extend({ findingId: uuid });

export const DialogueListQuery = z.object({
  kommun: kommunRef.optional(),
  kind: z.enum(REGISTERED_KINDS).optional(),
  stage: z.enum(WALK_STAGES).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type DialogueFilter = z.infer<typeof DialogueListQuery>;
export const SafetyWalkListQuery = DialogueListQuery.omit({ kind: true });
export const OpenActionsQuery = z.object({ kommun: kommunRef });

export const DialogueBody = dialogueInputSchema;
/** As the use case reads it (defaults filled in). */
export type DialogueInput = z.infer<typeof DialogueBody>;
/** As the staff app sends it (participants and findings may be left out). */
export type DialogueBody = z.input<typeof DialogueBody>;
export const DialogueUpdateBody = dialogueUpdateSchema;
export type DialogueUpdate = z.infer<typeof DialogueUpdateBody>;
export type DialogueUpdateBody = z.input<typeof DialogueUpdateBody>;
export type FindingEditBody = z.input<typeof findingEditSchema>;
export const AddFindingsBody = addFindingsSchema;
export type FindingBody = z.input<typeof addFindingsSchema>['findings'][number];
export const FindingPatchBody = findingPatchSchema;
export type FindingPatchBody = z.input<typeof FindingPatchBody>;

export const PlanWalkBody = planWalkSchema;
export type PlanWalkBody = z.input<typeof PlanWalkBody>;
export const RecordWalkBody = recordWalkSchema;
export type RecordWalkBody = z.input<typeof RecordWalkBody>;
export const FollowUpBody = followUpSchema;
export type FollowUpBody = z.input<typeof FollowUpBody>;
export const PlanNextWalkBody = planNextWalkSchema;
export type PlanNextWalkBody = z.input<typeof PlanNextWalkBody>;

/** The kinds these routes answer with; EST reports are read through /api/v1/est. */
export const RegisteredKind = z.enum(REGISTERED_KINDS);
export type RegisteredKind = z.infer<typeof RegisteredKind>;

export const Categories = z.object({
  categories: z.array(labelledSchema),
  seriousness: z.array(seriousnessLevelSchema),
  kinds: z.array(labelledSchema.extend({ key: z.enum(DIALOGUE_KINDS) })),
});
export type Categories = z.infer<typeof Categories>;

/** An area or an organisation as a response names it. */
export const NamedRef = z.object({ id: z.uuid(), name: z.string() });
const day = z.string().describe('ÅÅÅÅ-MM-DD');
const count = z.number().int().nonnegative();

export const ActionStatus = z.enum(['no_action', 'open', 'overdue', 'done']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const FindingView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  text: z.string(),
  category: z.string(),
  categoryLabel: z.string(),
  seriousness: z.number().int(),
  seriousnessLabel: z.string(),
  area: NamedRef.nullable(),
  owner: z.string().nullable(),
  action: z.string().nullable(),
  dueDate: day.nullable(),
  doneAt: day.nullable(),
  status: ActionStatus,
  statusLabel: z.string(),
});
export type FindingView = z.infer<typeof FindingView>;

export const WalkView = z.object({
  stage: z.enum(WALK_STAGES),
  stageLabel: z.string(),
  preMeetingDate: day.nullable(),
  walkDate: day,
  followUpDate: day.nullable(),
  route: z.string().nullable(),
  previousWalkId: z.uuid().nullable(),
  closedOn: day.nullable(),
});
export type WalkView = z.infer<typeof WalkView>;

/** A step of the method not followed (too many walkers, follow-up timing …): shown, never refused. */
export const WalkWarning = walkWarningSchema;

export const DialogueView = z.object({
  id: z.uuid(),
  kind: RegisteredKind,
  kindLabel: z.string(),
  kommun: KommunRefView,
  title: z.string(),
  date: day,
  place: z.string().nullable(),
  area: NamedRef.nullable(),
  participants: z.record(z.string(), count),
  participantTotal: count,
  note: z.string().nullable(),
  findings: z.array(FindingView),
  walk: WalkView.nullable(),
  warnings: z.array(WalkWarning),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DialogueView = z.infer<typeof DialogueView>;

export const DialogueSummary = DialogueView.pick({
  id: true,
  kind: true,
  kindLabel: true,
  kommun: true,
  title: true,
  date: true,
  place: true,
  area: true,
  participantTotal: true,
}).extend({
  findingCount: count,
  openActions: count,
  stage: z.enum(WALK_STAGES).nullable(),
  stageLabel: z.string().nullable(),
});
export type DialogueSummary = z.infer<typeof DialogueSummary>;

export const DialogueList = z.object({ dialogues: z.array(DialogueSummary) });
export type DialogueList = z.infer<typeof DialogueList>;
export const SafetyWalkList = z.object({ walks: z.array(DialogueSummary) });

export const OpenAction = FindingView.pick({
  text: true,
  category: true,
  categoryLabel: true,
  seriousness: true,
  seriousnessLabel: true,
  area: true,
  owner: true,
  dueDate: true,
}).extend({
  findingId: z.uuid(),
  dialogue: DialogueView.pick({ id: true, kind: true, kindLabel: true, title: true, date: true }),
  action: z.string(),
  overdue: z.boolean(),
  daysOverdue: count,
});
export type OpenAction = z.infer<typeof OpenAction>;

export const OpenActions = z.object({ actions: z.array(OpenAction), overdue: count });
export type OpenActions = z.infer<typeof OpenActions>;
