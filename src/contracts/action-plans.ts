/**
 * Contract of the åtgärdsplan (law 2023:196) of a kommun, decided from the
 * lägesbild of one year: its head (title, years covered), its measures per
 * prioritised problem (optionally linking a medborgarlöfte commitment, shown
 * with the commitment's live text and number), the decision (body and
 * date), when it is due to be decided anew, and its exports.
 */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';
import { SituationParams } from './situation.ts';

export const PlanParams = SituationParams;
export const MeasureParams = SituationParams.extend({ id: z.uuid() });
export const PlanExportParams = SituationParams.extend({ format: z.enum(['pdf', 'docx']) });

const year = z.number().int().min(2000).max(2100);
export const PlanEdit = z.object({
  title: z.string().trim().min(1).max(300),
  yearFrom: year,
  yearTo: year,
});
export type PlanEdit = z.infer<typeof PlanEdit>;

export const Decision = z.object({
  /** The body that decides, e.g. "Kommunfullmäktige". */
  decidedBy: z.string().max(200),
  decidedOn: isoDaySchema,
});
export type Decision = z.infer<typeof Decision>;

const short = z.string().max(1000).nullable().optional();
export const MeasureInput = z.object({
  /** The problem category of the lägesbild the measure answers; it must be prioritised. */
  category: z.string().max(100),
  text: z.string().max(5000).nullable().optional(),
  responsible: short,
  partners: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
  startsOn: isoDaySchema.nullable().optional(),
  endsOn: isoDaySchema.nullable().optional(),
  /** When in words, for what a start and end day do not say ("varje termin"). */
  whenText: short,
  /** How it is followed up: the method or indicator. */
  followUp: z.string().max(5000).nullable().optional(),
  commitmentId: z.uuid().nullable().optional(),
});
export type MeasureInput = z.infer<typeof MeasureInput>;
export const MeasureEdit = MeasureInput.partial();
export type MeasureEdit = z.infer<typeof MeasureEdit>;

/** A linked commitment as it reads today in its medborgarlöfte. */
export const LinkedCommitment = z.object({
  id: z.uuid(),
  number: z.number().int(),
  text: z.string(),
  responsible: z.array(z.string()),
  followUp: z.array(z.string()),
  promiseSetId: z.uuid(),
  promiseSetTitle: z.string(),
  /** The commitment was taken out of its medborgarlöfte after it was linked. */
  removed: z.boolean(),
});
export type LinkedCommitment = z.infer<typeof LinkedCommitment>;

export const MeasureView = z.object({
  id: z.uuid(),
  number: z.number().int(),
  category: z.string(),
  problemLabel: z.string(),
  text: z.string().nullable(),
  responsible: z.string().nullable(),
  partners: z.array(z.string()),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  whenText: z.string().nullable(),
  followUp: z.string().nullable(),
  commitment: LinkedCommitment.nullable(),
  /** What the measure reads as: its own words, or the linked commitment's where it has none. */
  shown: z.object({ text: z.string(), responsible: z.string(), followUp: z.string() }),
});
export type MeasureView = z.infer<typeof MeasureView>;

export const PlanProblem = z.object({
  category: z.string(),
  label: z.string(),
  rank: z.number().int(),
  causeText: z.string().nullable(),
  /** "Problemet Narkotika besvaras av löfte 3 och åtgärd 2." */
  linkSentence: z.string(),
  /** Commitments the lägesbild links to this problem, as they read today: proposed as measures. */
  commitments: z.array(LinkedCommitment),
});
export type PlanProblem = z.infer<typeof PlanProblem>;

export const DueStage = z.enum(['current', 'soon', 'overdue']);

export const ActionPlanView = z.object({
  id: z.uuid(),
  municipalityId: z.uuid(),
  situationYear: z.number().int(),
  title: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  status: z.enum(['draft', 'decided']),
  decidedBy: z.string().nullable(),
  decidedOn: z.string().nullable(),
  /** The day it must have been decided anew (four years after the decision), and how near that is. */
  dueOn: z.string().nullable(),
  dueStage: DueStage.nullable(),
  /** The prioritised problems of the lägesbild it is based on, in its order. */
  problems: z.array(PlanProblem),
  measures: z.array(MeasureView),
});
export type ActionPlanView = z.infer<typeof ActionPlanView>;
