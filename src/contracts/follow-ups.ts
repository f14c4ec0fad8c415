/**
 * Contract of follow-ups (uppföljning): one per period of a cadence, filled
 * in from progress, edited as a draft, reviewed, approved and published;
 * exports and carry-over into the next promise set.
 */
import { z } from 'zod';
import { CADENCES, VERDICTS } from '../domain/follow-up.ts';
import { FOLLOW_UP_STATUSES } from '../domain/follow-up-workflow.ts';
import { isoDaySchema } from '../domain/iso-day.ts';
import { targetSchema } from '../domain/promise-document.ts';
import { spanSchema } from '../domain/progress/types.ts';

export const FollowUpParams = z.object({ id: z.uuid() });
export const ExportParams = FollowUpParams.extend({ format: z.enum(['pdf', 'docx']) });

export const NewFollowUp = z.object({
  cadence: z.enum(CADENCES),
  year: z.number().int().min(2000).max(2100),
  index: z.number().int().min(1).max(4),
});
export type NewFollowUp = z.infer<typeof NewFollowUp>;

export const FollowUpEdit = z.object({
  summary: z.string().max(50_000).nullable().optional(),
  citizensSaid: z.string().max(50_000).nullable().optional(),
  nextSteps: z.string().max(50_000).nullable().optional(),
  dueDate: isoDaySchema.nullable().optional(),
  recipients: z.array(z.email().max(320)).max(50).optional(),
  items: z
    .array(
      z.object({
        commitmentId: z.uuid(),
        verdict: z.enum(VERDICTS),
        comment: z.string().max(5000).nullable().optional(),
      }),
    )
    .max(500)
    .optional(),
});
export type FollowUpEdit = z.infer<typeof FollowUpEdit>;

export const Party = z.enum(['polisen', 'kommunen']);
/** Which party signs; may be left out when the signer acts for only one. */
export const SigningBody = z.object({ party: Party.optional() }).nullish();

export const CarryOverBody = z.object({ toPromiseSetId: z.uuid(), commitmentIds: z.array(z.uuid()).min(1).max(500) });
export type CarryOverBody = z.infer<typeof CarryOverBody>;
export const CarryOverResult = z.object({ carried: z.number().int().nonnegative() });
export type CarryOverResult = z.infer<typeof CarryOverResult>;

/** What a number counts: the domain's shape (src/domain/progress/types.ts), declared once. */
export const SpanView = spanSchema;

export const Signing = z.object({ party: z.string(), by: z.string(), at: z.string() });
export type Signing = z.infer<typeof Signing>;

export const FollowUpItemView = z.object({
  commitmentId: z.uuid(),
  text: z.string(),
  focusArea: z.string(),
  target: targetSchema,
  done: z.number(),
  required: z.number().nullable(),
  /** What done and required count: the follow-up's period, or from an earlier start ("hittills i år"). */
  span: SpanView,
  /** Activities dated inside the follow-up's period. */
  activities: z.number().int(),
  proposed: z.enum(VERDICTS),
  verdict: z.enum(VERDICTS),
  confirmed: z.boolean(),
  comment: z.string().nullable(),
});
export type FollowUpItemView = z.infer<typeof FollowUpItemView>;

export const FollowUpView = z.object({
  id: z.uuid(),
  promiseSetId: z.uuid(),
  promiseSetTitle: z.string().nullable(),
  municipalities: z.array(z.string()),
  cadence: z.enum(CADENCES),
  label: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  status: z.enum(FOLLOW_UP_STATUSES),
  summary: z.string().nullable(),
  citizensSaid: z.string().nullable(),
  nextSteps: z.string().nullable(),
  dueDate: z.string().nullable(),
  recipients: z.array(z.string()),
  reviews: z.array(Signing),
  approvals: z.array(Signing),
  publishedAt: z.string().nullable(),
  items: z.array(FollowUpItemView),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

export const FollowUpList = z.object({ followUps: z.array(FollowUpView) });
export type FollowUpList = z.infer<typeof FollowUpList>;
