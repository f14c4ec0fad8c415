/**
 * The shapes of dialogue reference data and walk warnings, declared once as
 * zod schemas: the API contract (src/contracts/dialogues.ts) answers with
 * them, categories.ts and safety-walk.ts take their types. Kept apart from
 * those two, which the staff app imports as values, so zod stays out of the
 * browser bundle.
 */
import { z } from 'zod';

/**
 * A key with its Swedish and English label: a problem category (the key is
 * stable, stored in the database, ASCII so it is safe in URLs and CSV) or a
 * dialogue kind.
 */
export const labelledSchema = z.object({ key: z.string(), label: z.string(), labelEn: z.string() });
export type Labelled = z.infer<typeof labelledSchema>;

/** One step of the 1–5 seriousness scale. */
export const seriousnessLevelSchema = z.object({ level: z.number().int(), label: z.string(), labelEn: z.string() });
export type SeriousnessLevel = z.infer<typeof seriousnessLevelSchema>;

export const WALK_WARNING_CODES = [
  'too_many_walkers',
  'follow_up_timing',
  'follow_up_not_planned',
  'findings_without_action',
  'next_walk_soon',
] as const;
export type WalkWarningCode = (typeof WALK_WARNING_CODES)[number];

/** A step of the trygghetsvandring method not followed: shown with the walk, never refused. */
export const walkWarningSchema = z.object({
  code: z.enum(WALK_WARNING_CODES),
  message: z.string(),
  messageEn: z.string(),
});
export type WalkWarning = z.infer<typeof walkWarningSchema>;
