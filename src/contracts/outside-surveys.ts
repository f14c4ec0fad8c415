/**
 * Contract of survey results from outside (Polisens trygghetsmätning, Brå's
 * NTU, SCB's medborgarundersökning) per kommun: /api/v1/outside-surveys.
 * One import per kommun, source and year; importing again replaces it.
 */
import { z } from 'zod';
import { rowProblemSchema, skipNoticeSchema } from '../domain/statistics/types.ts';
import { OUTSIDE_LEVELS, OUTSIDE_MEASURES, OUTSIDE_SOURCES } from '../domain/trygghet/sources.ts';

const Year = z.coerce.number().int().min(1950).max(2100);

export const OutsideSourceSchema = z.enum(OUTSIDE_SOURCES);

export const OutsideParams = z.object({ kommun: z.string().regex(/^\d{4}$/, 'kommunkod') });
export const OutsideYearParams = OutsideParams.extend({ year: Year });
export const OutsideListQuery = z.object({ year: Year.optional().describe('bara detta år') });
export const OutsideDeleteQuery = z.object({ source: OutsideSourceSchema });

export const OutsideImportBody = z.object({
  source: OutsideSourceSchema.describe(
    'polisen_trygghetsmatning: Område;Påstående;Index;Antal svar; bra_ntu: Region;Fråga;Andel (%);Felmarginal (±);Antal svar; scb_medborgarundersokning: Kommun;Index;Värde;Felmarginal;Antal svar',
  ),
  year: Year.describe('året mätningen gjordes'),
  fileName: z.string().trim().min(1).max(255).optional(),
  content: z
    .string()
    .max(5 * 1024 * 1024)
    .describe('CSV-filens innehåll som text (; eller , som avgränsare, decimalkomma)'),
});
export type OutsideImportBody = z.infer<typeof OutsideImportBody>;

export const OutsideResultView = z.object({
  id: z.string(),
  level: z.enum(OUTSIDE_LEVELS),
  /** null for the whole kommun. */
  areaName: z.string().nullable(),
  item: z.string(),
  category: z.string().nullable(),
  measure: z.enum(OUTSIDE_MEASURES),
  value: z.number(),
  answers: z.number().int().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
});
export type OutsideResultView = z.infer<typeof OutsideResultView>;

export const OutsideImportView = z.object({
  id: z.string(),
  source: OutsideSourceSchema,
  year: z.number().int(),
  fileName: z.string().nullable(),
  rows: z.number().int(),
  importedBy: z.string(),
  importedAt: z.string(),
  results: z.array(OutsideResultView),
});
export type OutsideImportView = z.infer<typeof OutsideImportView>;

export const OutsideSurveyList = z.object({
  kommun: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  imports: z.array(OutsideImportView),
});
export type OutsideSurveyList = z.infer<typeof OutsideSurveyList>;

export const OutsideImportResult = z.object({
  import: OutsideImportView,
  /** Compared with the earlier import of the same source and year (all added the first time). */
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  /** Rows the source prints without a figure (".."), left out with why. */
  skipped: z.array(skipNoticeSchema),
});
export type OutsideImportResult = z.infer<typeof OutsideImportResult>;

export const OutsideDeleteResult = z.object({
  source: OutsideSourceSchema,
  year: z.number().int(),
  removed: z.number().int(),
});
export type OutsideDeleteResult = z.infer<typeof OutsideDeleteResult>;

/** The details of a refused import (400 validation_failed): every bad row, in line order. */
export const OutsideRowsDetails = z.object({
  source: OutsideSourceSchema,
  total: z.number().int(),
  rows: z.array(rowProblemSchema),
});
