/** What every statistics parser answers: the rows it understood, the rows it left out on purpose, and the rows that are wrong. */
import { z } from 'zod';
import { rowProblemSchema, type RowProblem } from '../row-problem.ts';

export const STAT_SOURCES = ['bra', 'polisen', 'scb'] as const;
export type StatSource = (typeof STAT_SOURCES)[number];

/** A row that makes the whole file invalid (the one row-problem shape of every upload). */
export { rowProblemSchema, type RowProblem };

/** A row that is fine but is not stored (a national total, a Stockholm district, a summary). */
export const skipNoticeSchema = z.object({ line: z.number().int(), reason: z.string(), reasonEn: z.string() });
export type SkipNotice = z.infer<typeof skipNoticeSchema>;

export interface ParseResult<T> {
  rows: T[];
  skipped: SkipNotice[];
  problems: RowProblem[];
  /** Set when the file as a whole could not be read (empty, binary, not JSON, wrong shape). */
  unreadable?: true;
}

export const problem = (line: number, message: string, messageEn: string): RowProblem => ({ line, message, messageEn });
export const notice = (line: number, reason: string, reasonEn: string): SkipNotice => ({ line, reason, reasonEn });

// Categories moved to categories.ts (with the published list); these names stay for the importers and queries.
export { DEFAULT_CATEGORY, normaliseCategory } from './categories.ts';
