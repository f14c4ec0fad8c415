/** Inputs of the trygghetsvandring steps (schemas with Swedish messages). */
import { z } from 'zod';
import {
  areaRefFields,
  findingActionFields,
  findingInputSchema,
  isoDate,
  kommunRef,
  participantsSchema,
  walkFieldsSchema,
} from './dialogue.ts';

const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} får vara högst ${max} tecken`).nullable().optional();

/** Step 1: plan the walk at the pre-meeting (förmöte). Dates may lie ahead. */
export const planWalkSchema = z.object({
  kommun: kommunRef,
  title: optionalText(300, 'Rubriken'),
  /** The planned day of the walk. */
  date: isoDate,
  place: optionalText(300, 'Platsen'),
  ...areaRefFields,
  ...walkFieldsSchema.shape,
  /** Expected walkers by group. */
  participants: participantsSchema.default({}),
  note: optionalText(5000, 'Anteckningen'),
});
export type PlanWalkInput = z.infer<typeof planWalkSchema>;

/** Step 2: the walk has been done; its day, who walked and what was seen. */
export const recordWalkSchema = z.object({
  date: isoDate,
  participants: participantsSchema,
  findings: z.array(findingInputSchema).max(500, 'Högst 500 iakttagelser åt gången').default([]),
  route: optionalText(2000, 'Vandringsslingan'),
  followUpDate: isoDate.nullable().optional(),
  note: optionalText(5000, 'Anteckningen'),
});
export type RecordWalkInput = z.infer<typeof recordWalkSchema>;

/** Step 3: the follow-up meeting gives findings an owner and a planned action with a date. */
export const followUpSchema = z.object({
  date: isoDate,
  actions: z
    .array(z.object({ findingId: z.uuid({ error: 'Iakttagelsens id är inte giltigt' }), ...findingActionFields }))
    .max(500, 'Högst 500 åtgärder åt gången'),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

/** "Planera ny vandring": a new walk on the same route and area, some months later. */
export const planNextWalkSchema = z.object({
  date: isoDate,
  preMeetingDate: isoDate.nullable().optional(),
  followUpDate: isoDate.nullable().optional(),
  title: optionalText(300, 'Rubriken'),
});
export type PlanNextWalkInput = z.infer<typeof planNextWalkSchema>;
