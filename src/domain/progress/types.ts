import { z } from 'zod';
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
