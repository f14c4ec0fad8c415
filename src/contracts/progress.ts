/**
 * Contract of progress: how far each commitment of a promise set has come
 * (progress-rules.md). The shapes are the domain's (src/domain/progress),
 * checked equal below so the wire and the calculation cannot drift apart.
 */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';
import type { BucketProgress, CommitmentProgress } from '../domain/progress/index.ts';

export const ProgressParams = z.object({ id: z.uuid() });
export const ProgressQuery = z.object({ at: isoDaySchema.optional() });

export const CommitmentStatus = z.enum(['met', 'on_track', 'at_risk', 'missed', 'not_measurable']);
export const BucketStatus = z.enum(['met', 'missed', 'open', 'upcoming']);

export const BucketProgressView = z.object({
  from: z.string(),
  to: z.string(),
  required: z.number(),
  done: z.number(),
  status: BucketStatus,
});

export const CommitmentProgressView = z.object({
  status: CommitmentStatus,
  doneToDate: z.number(),
  requiredToDate: z.number(),
  lastActivityDate: z.string().nullable(),
  buckets: z.array(BucketProgressView),
});

export const SetProgress = z.object({
  promiseSetId: z.uuid(),
  at: z.string(),
  commitments: z.array(CommitmentProgressView.extend({ id: z.uuid() })),
});
export type SetProgress = z.infer<typeof SetProgress>;

// The wire shapes are the domain's, both ways: a field added on one side and not the other fails the typecheck.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameBucket: Same<z.infer<typeof BucketProgressView>, BucketProgress> = true;
const sameCommitment: Same<z.infer<typeof CommitmentProgressView>, CommitmentProgress> = true;
void [sameBucket, sameCommitment];
