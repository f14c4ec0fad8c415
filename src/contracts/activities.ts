/**
 * Contract of activities (insatser): logging one, a batch or a CSV file,
 * listing, changing and deleting them, planned activities and the calendar,
 * and "my commitments" for quick entry. Progress and the overview have their
 * own contracts (progress.ts, overview.ts).
 */
import { z } from 'zod';
import { ACTIVITY_LIMITS as L, isClockTime } from '../domain/activity-limits.ts';
import { isoDaySchema } from '../domain/iso-day.ts';
import { targetSchema } from '../domain/promise-document.ts';
import { rowProblemSchema } from '../domain/row-problem.ts';

export const IdParams = z.object({ id: z.uuid() });

/** An activity's date has the shape here; the use case checks the day (isAcceptedDay) so a batch's report names the row. */
const activityDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ÅÅÅÅ-MM-DD');

export const IdempotencyHeaders = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() }).loose();

export const ActivityInput = z.object({
  commitmentId: z.uuid(),
  date: activityDay,
  time: z.string().refine(isClockTime, 'HH:MM, 00:00–23:59').nullable().optional(),
  durationMinutes: z.number().int().min(0).max(L.durationMinutesMax).nullable().optional(),
  quantity: z.number().min(0).max(L.quantityMax).optional(),
  areaIds: z.array(z.uuid()).max(L.areasMax).optional(),
  people: z.array(z.string().max(L.personMax)).max(L.peopleMax).optional(),
  outcomes: z.record(z.string().min(1).max(L.outcomeKeyMax), z.number().min(0).max(L.outcomeValueMax)).optional(),
  note: z.string().max(L.noteMax).nullable().optional(),
});
export type ActivityInput = z.infer<typeof ActivityInput>;

export const ActivityBatch = z.object({ activities: z.array(ActivityInput).min(1).max(5000) });

export const ActivityPatch = ActivityInput.omit({ commitmentId: true }).partial();
export type ActivityPatch = z.infer<typeof ActivityPatch>;

export const ActivityFilter = z.object({
  promiseSetId: z.uuid().optional(),
  commitmentId: z.uuid().optional(),
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});
export type ActivityFilter = z.infer<typeof ActivityFilter>;

export const ActivityView = z.object({
  id: z.uuid(),
  commitmentId: z.uuid(),
  promiseSetId: z.uuid(),
  date: z.string(),
  time: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  quantity: z.number(),
  organisationId: z.uuid().nullable(),
  areaIds: z.array(z.uuid()),
  people: z.array(z.string()),
  outcomes: z.record(z.string(), z.number()),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type ActivityView = z.infer<typeof ActivityView>;

export const ActivityList = z.object({ activities: z.array(ActivityView) });
export type ActivityList = z.infer<typeof ActivityList>;

// The CSV upload's body is text/csv (or text/plain) or JSON { csv }: the route reads either, so it has no zod schema.
export const ImportResult = z.object({ imported: z.number().int().nonnegative() });
export type ImportResult = z.infer<typeof ImportResult>;

/** One bad row of a CSV upload, in the 400 answer's details.rows. */
export const RowProblem = rowProblemSchema;
export type RowProblem = z.infer<typeof RowProblem>;

export const MyCommitment = z.object({
  id: z.uuid(),
  text: z.string(),
  focusArea: z.string(),
  promiseSetId: z.uuid(),
  promiseSetTitle: z.string().nullable(),
  municipalities: z.array(z.string()),
  target: targetSchema,
  followUp: z.array(z.string()),
  doneToday: z.number(),
});
export type MyCommitment = z.infer<typeof MyCommitment>;

export const MyCommitments = z.object({ commitments: z.array(MyCommitment) });
export type MyCommitments = z.infer<typeof MyCommitments>;

export const PlanInput = z.object({
  commitmentId: z.uuid(),
  date: isoDaySchema,
  quantity: z.number().min(0).max(1_000_000).optional(),
  note: z.string().max(5000).nullable().optional(),
});
export type PlanInput = z.infer<typeof PlanInput>;

export const PlannedView = z.object({
  id: z.uuid(),
  commitmentId: z.uuid(),
  promiseSetId: z.uuid(),
  date: z.string(),
  quantity: z.number(),
  note: z.string().nullable(),
});
export type PlannedView = z.infer<typeof PlannedView>;

export const CalendarQuery = z.object({ from: isoDaySchema, to: isoDaySchema });

export const CalendarDay = z.object({ date: z.string(), planned: z.number(), done: z.number() });
export type CalendarDay = z.infer<typeof CalendarDay>;

export const Calendar = z.object({ days: z.array(CalendarDay), planned: z.array(PlannedView) });
export type Calendar = z.infer<typeof Calendar>;
