/** Contract of a kommun's areas: /api/v1/municipalities/:kommun/areas. */
import { z } from 'zod';

/** The kommun by its 4-digit kommunkod or its organisation id. */
export const KommunRef = z.string().min(1).max(40).describe('kommunkod (4 siffror) eller kommunens organisations-id');
export const KommunParams = z.object({ kommun: KommunRef });
export const AreaParams = z.object({ kommun: KommunRef, id: z.uuid() });

// Trimmed and checked (1–100 characters) by the use case, which answers in Swedish and English.
export const AreaNameBody = z.object({ name: z.string().max(1000) });
export type AreaNameBody = z.infer<typeof AreaNameBody>;
export const MergeAreaBody = z.object({ intoId: z.uuid() });
export type MergeAreaBody = z.infer<typeof MergeAreaBody>;

export const KommunRefView = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

const count = z.number().int().nonnegative();
export const AreaUsage = z.object({
  activities: count,
  dialogues: count,
  estReports: count,
  findings: count,
  surveyAnswers: count,
  commitments: count,
});

export const AreaView = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  usage: AreaUsage,
  inUse: z.boolean(),
});
export type AreaView = z.infer<typeof AreaView>;

export const AreaList = z.object({
  kommun: KommunRefView,
  /** May the caller add, rename, merge and delete here (area.write)? The staff app shows its buttons by it. */
  mayChange: z.boolean(),
  areas: z.array(AreaView),
});
export type AreaList = z.infer<typeof AreaList>;

export const MergeResult = z.object({
  /** The kept area, with its usage after the merge. */
  area: AreaView,
  /** What pointed to the duplicate and now points to the kept area (promise texts are not rewritten). */
  moved: AreaUsage.omit({ commitments: true }),
});
export type MergeResult = z.infer<typeof MergeResult>;
