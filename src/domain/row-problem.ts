/**
 * One bad row of an uploaded file (activities CSV, statistics files): its
 * line and what is wrong, in Swedish and English. Declared once; the
 * parsers, the use cases, the API contracts and the staff app use this shape.
 */
import { z } from 'zod';

/** For JSON sources `line` is the 1-based position of the entry. */
export const rowProblemSchema = z.object({ line: z.number().int(), message: z.string(), messageEn: z.string() });
export type RowProblem = z.infer<typeof rowProblemSchema>;
