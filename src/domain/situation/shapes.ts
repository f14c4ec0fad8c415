/**
 * The shape of a problem's score part, declared once as a zod schema: the
 * ranking (scoring.ts) builds parts of this type, the API contract
 * (src/contracts/situation.ts) answers with the schema, and the reports
 * take the type. Kept apart from scoring.ts, which the staff app imports
 * as values, so zod stays out of the browser bundle.
 */
import { z } from 'zod';
import { EVIDENCE_SOURCES } from './scoring.ts';

/** One source's share of a problem's score: its points, the weight, the product, and the reason in words. */
export const scorePartSchema = z.object({
  source: z.enum(EVIDENCE_SOURCES),
  points: z.number(),
  weight: z.number(),
  score: z.number(),
  items: z.number().int(),
  /** How the source's points were reached, in words (docs/lagesbild-metod.md). */
  why: z.string(),
  whyEn: z.string(),
});
export type ScorePart = z.infer<typeof scorePartSchema>;
