/** Contract of the staff overview: /api/v1/overview, every commitment in a scope as a traffic light, and what needs attention. */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';
import { targetSchema } from '../domain/promise-document.ts';
import { BucketProgressView, CommitmentProgressView } from './progress.ts';
import { figureSchema, spanSchema } from '../domain/progress/types.ts';

/** What a number counts and the one number shown: the domain's shapes (domain/progress/types.ts), declared once. */
export const SpanView = spanSchema;
export const FigureView = figureSchema;

export const OverviewQuery = z.object({ organisationId: z.uuid().optional(), at: isoDaySchema.optional() });

export const OverviewCommitment = CommitmentProgressView.extend({
  id: z.uuid(),
  text: z.string(),
  focusArea: z.string(),
  target: targetSchema,
  /** The bucket holding `at`, if any: what "1 av 2 insatser detta halvår" is about. */
  current: BucketProgressView.nullable(),
  /** Quantities per ISO week, the last 26 weeks up to `at`, oldest first. */
  weekly: z.array(z.number()),
  /** What the card shows: one number with its span, and its status (the badge). */
  shown: FigureView,
});
export type OverviewCommitment = z.infer<typeof OverviewCommitment>;

export const OverviewSet = z.object({
  id: z.uuid(),
  title: z.string().nullable(),
  status: z.string(),
  municipalities: z.array(z.string()),
  period: z.object({ from: z.string(), to: z.string().nullable() }).nullable(),
  commitments: z.array(OverviewCommitment),
});
export type OverviewSet = z.infer<typeof OverviewSet>;

export const Attention = z.object({
  promiseSetId: z.uuid(),
  commitmentId: z.uuid(),
  text: z.string(),
  reason: z.enum(['at_risk', 'missed', 'bucket_closing']),
  bucketEnds: z.string().nullable(),
  /** The same number as the commitment's card (its `shown`), with its span. */
  done: z.number(),
  required: z.number(),
  span: SpanView,
});
export type Attention = z.infer<typeof Attention>;

export const Overview = z.object({ at: z.string(), sets: z.array(OverviewSet), attention: z.array(Attention) });
export type Overview = z.infer<typeof Overview>;
