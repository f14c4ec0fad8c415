/**
 * Contract of the lägesbild (situation picture) of a kommun and year: ranked
 * problems with their evidence, the texts and weights, each problem's
 * re-ranking, cause analysis and links to promises, exports, and the
 * police's confidential notes (police only: others get 404).
 */
import { z } from 'zod';
import { EVIDENCE_SOURCES } from '../domain/situation/scoring.ts';
import { scorePartSchema } from '../domain/situation/shapes.ts';

export const SituationParams = z.object({
  kommun: z.string().regex(/^\d{4}$/, 'kommunkod'),
  year: z.coerce.number().int().min(2000).max(2100),
});
export const ProblemParams = SituationParams.extend({ category: z.string().max(100) });
export const ExportParams = SituationParams.extend({ format: z.enum(['pdf', 'docx']) });
export const ExportQuery = z.object({ audience: z.enum(['public', 'internal']).default('internal') });
export const NoteParams = SituationParams.extend({ id: z.uuid() });

export const Source = z.enum(EVIDENCE_SOURCES);
export type Source = z.infer<typeof Source>;
export const CauseType = z.enum(['situational', 'social', 'both']);
export type CauseType = z.infer<typeof CauseType>;
export const Horizon = z.enum(['short', 'long', 'both']);
export type Horizon = z.infer<typeof Horizon>;

const text = z.string().max(100_000).nullable().optional();
export const SituationEdit = z.object({
  texts: z.object({ crimeSurvey: text, consequences: text, otherInformation: text, analysis: text }).optional(),
  weights: z.record(z.string(), z.number().min(0).max(100)).optional(),
});
export type SituationEdit = z.infer<typeof SituationEdit>;

export const Cause = z.object({ type: CauseType.nullable(), horizon: Horizon.nullable(), text: z.string().nullable() });
export const ProblemEdit = z.object({
  manualRank: z.number().int().min(1).max(100).nullable().optional(),
  rankReason: z.string().max(5000).nullable().optional(),
  prioritised: z.boolean().optional(),
  cause: Cause.extend({ text: z.string().max(20_000).nullable() }).optional(),
  focusAreaIds: z.array(z.uuid()).max(100).optional(),
  commitmentIds: z.array(z.uuid()).max(500).optional(),
});
export type ProblemEdit = z.infer<typeof ProblemEdit>;

/** A problem's score part, as the ranking builds it (domain/situation/shapes.ts). */
export const ScorePartView = scorePartSchema;
export type ScorePartView = z.infer<typeof ScorePartView>;

export const ProblemView = z.object({
  category: z.string(),
  label: z.string(),
  score: z.number(),
  scoreRank: z.number().int(),
  manualRank: z.number().int().nullable(),
  rankReason: z.string().nullable(),
  rank: z.number().int(),
  parts: z.array(ScorePartView),
  evidence: z.array(z.object({ source: Source, description: z.string(), points: z.number() })),
  prioritised: z.boolean(),
  cause: Cause,
  focusAreaIds: z.array(z.uuid()),
  commitmentIds: z.array(z.uuid()),
});
export type ProblemView = z.infer<typeof ProblemView>;

export const SituationTexts = z.object({
  crimeSurvey: z.string().nullable(),
  consequences: z.string().nullable(),
  otherInformation: z.string().nullable(),
  analysis: z.string().nullable(),
});
export type SituationTexts = z.infer<typeof SituationTexts>;

export const SituationView = z.object({
  municipalityId: z.uuid(),
  year: z.number().int(),
  /** Whether the police's confidential notes count here (police only; never in public exports). */
  confidentialIncluded: z.boolean(),
  texts: SituationTexts,
  /** One weight per source; without confidential notes the police's weight is left out. */
  weights: z.partialRecord(Source, z.number()),
  problems: z.array(ProblemView),
});
export type SituationView = z.infer<typeof SituationView>;

export const NewPoliceNote = z.object({
  category: z.string().max(100),
  seriousness: z.number().int().min(1).max(5),
  text: z.string().min(1).max(20_000),
});
export type NewPoliceNote = z.infer<typeof NewPoliceNote>;

export const PoliceNoteView = z.object({
  id: z.uuid(),
  year: z.number().int(),
  category: z.string(),
  seriousness: z.number().int(),
  text: z.string(),
  createdAt: z.string(),
});
export type PoliceNoteView = z.infer<typeof PoliceNoteView>;

export const PoliceNotes = z.object({
  notes: z.array(PoliceNoteView),
  /** Only police roles that write the lägesbild add and remove notes; the others read them. */
  mayWrite: z.boolean(),
});
export type PoliceNotes = z.infer<typeof PoliceNotes>;
