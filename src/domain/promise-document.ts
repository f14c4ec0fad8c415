/**
 * The promise document (format `medborgarlofte/v1`), as specified in
 * docs/promise-format.md. The importer prints it, the API
 * takes and returns it, open data exports it. Add fields; never rename one.
 */
import { z } from 'zod';
import { isoDaySchema } from './iso-day.ts';
import { PER_VALUES } from './per.ts';

export const PROMISE_FORMAT = 'medborgarlofte/v1';

export { PER_VALUES, type Per } from './per.ts';

const isoDate = isoDaySchema;

export const countTargetSchema = z.object({
  kind: z.literal('count'),
  count: z.number().nonnegative(),
  atLeast: z.boolean(),
  max: z.number().nonnegative().nullable(),
  per: z.enum(PER_VALUES).nullable(),
  every: z.number().int().positive(),
  average: z.boolean(),
  unit: z.string().nullable(),
});

export const shareTargetSchema = z.object({
  kind: z.literal('share'),
  percent: z.number().min(0).max(100),
  atLeast: z.boolean(),
  unit: z.string().nullable().optional(),
});

export const noneTargetSchema = z.object({ kind: z.literal('none') });

export const targetSchema = z.discriminatedUnion('kind', [countTargetSchema, shareTargetSchema, noneTargetSchema]);

export type CountTarget = z.infer<typeof countTargetSchema>;
export type ShareTarget = z.infer<typeof shareTargetSchema>;
export type Target = z.infer<typeof targetSchema>;

export const commitmentSchema = z.object({
  id: z.string().optional(),
  text: z.string(),
  responsible: z.array(z.string()),
  partners: z.array(z.string()),
  places: z.array(z.string()),
  target: targetSchema,
  targets: z.array(z.object({ target: targetSchema, place: z.string().nullable() })),
  followUp: z.array(z.string()),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const focusAreaSchema = z.object({
  id: z.string().optional(),
  title: z.string(),
  commitments: z.array(commitmentSchema),
});
export type FocusArea = z.infer<typeof focusAreaSchema>;

export const promiseDocumentSchema = z.object({
  format: z.literal(PROMISE_FORMAT),
  title: z.string().nullable(),
  municipalities: z.array(z.object({ code: z.string().nullable(), name: z.string() })),
  policeArea: z.string().nullable(),
  period: z.object({ from: isoDate, to: isoDate.nullable() }).nullable(),
  signedAt: isoDate.nullable(),
  signatories: z.array(z.object({ name: z.string(), role: z.string() })),
  focusAreas: z.array(focusAreaSchema),
  sections: z.object({
    implementation: z.string().nullable(),
    communication: z.string().nullable(),
    followUp: z.string().nullable(),
    problemPicture: z.string().nullable(),
  }),
  warnings: z.array(z.string()),
});
export type PromiseDocument = z.infer<typeof promiseDocumentSchema>;
