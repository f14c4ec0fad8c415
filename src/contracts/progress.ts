/**
 * Contract of progress: how far each commitment of a promise set has come
 * (progress-rules.md). The shapes are the domain's schemas
 * (src/domain/progress/types.ts), declared once: the wire is the calculation's answer.
 */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';
import {
  bucketProgressSchema,
  bucketStatusSchema,
  commitmentProgressSchema,
  commitmentStatusSchema,
} from '../domain/progress/types.ts';

export const ProgressParams = z.object({ id: z.uuid() });
export const ProgressQuery = z.object({ at: isoDaySchema.optional() });

export const CommitmentStatus = commitmentStatusSchema;
export const BucketStatus = bucketStatusSchema;
export const BucketProgressView = bucketProgressSchema;
export const CommitmentProgressView = commitmentProgressSchema;

export const SetProgress = z.object({
  promiseSetId: z.uuid(),
  at: z.string(),
  commitments: z.array(CommitmentProgressView.extend({ id: z.uuid() })),
});
export type SetProgress = z.infer<typeof SetProgress>;
