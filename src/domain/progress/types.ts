import { z } from 'zod';
import { PER_VALUES } from '../per.ts';
import type { Target } from '../promise-document.ts';
import type { PeriodInput } from './buckets.ts';

/**
 * The shapes of progress are declared once, here, as zod schemas: the
 * calculation returns them and the API contract (src/contracts/progress.ts)
 * answers with the same schemas. Everything else imports the types only.
 */
export const commitmentStatusSchema = z.enum(['met', 'on_track', 'at_risk', 'missed', 'not_measurable']);
export type CommitmentStatus = z.infer<typeof commitmentStatusSchema>;
export const bucketStatusSchema = z.enum(['met', 'missed', 'open', 'upcoming']);
export type BucketStatus = z.infer<typeof bucketStatusSchema>;

export const bucketProgressSchema = z.object({
  from: z.string(),
  to: z.string(),
  required: z.number(),
  done: z.number(),
  status: bucketStatusSchema,
});
export type BucketProgress = z.infer<typeof bucketProgressSchema>;

export const commitmentProgressSchema = z.object({
  status: commitmentStatusSchema,
  doneToDate: z.number(),
  requiredToDate: z.number(),
  /** Latest date of an activity inside the period and not after `at`. */
  lastActivityDate: z.string().nullable(),
  buckets: z.array(bucketProgressSchema),
});
export type CommitmentProgress = z.infer<typeof commitmentProgressSchema>;

/**
 * What a number counts (figure.ts): one part of the period (`part`, "under
 * mars 2026"), everything from `from` up to the day asked (`to_date`,
 * "hittills i år"), or a follow-up's period (`window`, "under tertialen").
 */
export const spanSchema = z.object({
  kind: z.enum(['part', 'to_date', 'window']),
  from: z.string(),
  to: z.string(),
  /** For `part`: how the target divides the period, to name the part. */
  per: z.enum(PER_VALUES).nullable().optional(),
  /** A follow-up's cadence, naming its period ("under tertialen") where activities are counted. */
  noun: z.enum(['quarter', 'tertial', 'halfyear', 'year']).optional(),
});
export type Span = z.infer<typeof spanSchema>;
export type SpanKind = Span['kind'];
export type WindowNoun = NonNullable<Span['noun']>;

/** The one number shown for a commitment, and the status of the same span (figure.ts). */
export const figureSchema = z.object({
  status: commitmentStatusSchema,
  done: z.number(),
  /** null when nothing is required (followed up in text). */
  required: z.number().nullable(),
  span: spanSchema,
});
export type Figure = z.infer<typeof figureSchema>;

export interface ActivityInput {
  date: string;
  /** How many of the target's unit the activity stands for; 1 when left out. */
  quantity?: number;
  /** For share targets: the part (e.g. first-time users) recorded with the activity. */
  part?: number;
  /** For share targets: the whole (e.g. detected narcotics offences) recorded with the activity. */
  whole?: number;
}

export interface ProgressInput {
  target: Target;
  period: PeriodInput;
  activities: ReadonlyArray<ActivityInput>;
  /** The day progress is asked for; activities after it are not counted. */
  at: string;
}
