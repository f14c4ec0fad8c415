/** Contract of the statistics from BRÅ, Polisen and SCB: /api/v1/statistics. */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';
import { EVENT_CATEGORIES } from '../domain/statistics/polisen-types.ts';
import { seriesPointSchema, trendSchema } from '../domain/statistics/series.ts';
import { rowProblemSchema, skipNoticeSchema, STAT_SOURCES } from '../domain/statistics/types.ts';
import { KommunRefView } from './areas.ts';

/** Here a kommun is named by code or name, not by organisation id: statistics cover every kommun. */
const KommunByCodeOrName = z.string().min(1).max(100).describe('kommunkod (2514) eller namn (Kalix)');
const Year = z.coerce.number().int().min(1950).max(2100);
const Category = z.string().min(1).max(100);
const StatKommun = KommunRefView.pick({ code: true, name: true });

export const StatSourceSchema = z.enum(STAT_SOURCES);

export const ImportMeta = z.object({
  source: StatSourceSchema.describe(
    'bra: BRÅ:s årsfil per kommun (CSV); polisen: Polisens händelser (JSON); scb: SCB:s folkmängd (JSON)',
  ),
  year: Year.optional().describe('BRÅ: året filen gäller'),
  category: Category.optional().describe('BRÅ: brottskategori, förval "samtliga brott"'),
});
export const ImportJsonBody = ImportMeta.extend({
  content: z
    .string()
    .max(20 * 1024 * 1024)
    .describe('filens innehåll som text'),
});
export type ImportJsonBody = z.infer<typeof ImportJsonBody>;
/** The file itself as the body (text/csv, text/plain) with source, year and category in the query; or JSON. */
export const ImportBody = z.union([ImportJsonBody, z.string()]);
export const ImportQuery = ImportMeta.partial();

export const ImportInput = ImportJsonBody.extend({
  year: z.number().int().nullable().optional(),
  category: z.string().nullable().optional(),
});
export type ImportInput = z.infer<typeof ImportInput>;

export const ImportResult = z.object({
  source: StatSourceSchema,
  year: z.number().int().nullable(),
  category: z.string().nullable(),
  /** Rows stored; for Polisen: events not seen before. */
  imported: z.number().int().nonnegative(),
  /** Polisen: events already stored, refreshed from the file. */
  updated: z.number().int().nonnegative(),
  /** Rows left out on purpose (a national total, a summary), with why. */
  skipped: z.array(skipNoticeSchema),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** The details of a refused import (400 validation_failed): every bad row, in line order. */
export const ImportRowsDetails = z.object({
  source: StatSourceSchema,
  total: z.number().int(),
  rows: z.array(rowProblemSchema),
});
export type { RowProblem } from '../domain/statistics/types.ts';

export const SeriesQuery = z.object({ kommun: KommunByCodeOrName, category: Category.optional() });
export type SeriesQuery = z.infer<typeof SeriesQuery>;

export const Series = z.object({
  kommun: StatKommun,
  category: z.string(),
  points: z.array(seriesPointSchema),
  trend: trendSchema.nullable(),
});
export type Series = z.infer<typeof Series>;
export type { SeriesPoint, Trend } from '../domain/statistics/series.ts';

export const CategoriesQuery = z.object({ kommun: KommunByCodeOrName });

export const CategoryList = z.object({
  kommun: StatKommun,
  categories: z.array(
    z.object({
      category: z.string(),
      firstYear: z.number().int(),
      lastYear: z.number().int(),
      /** How many years have a figure. */
      years: z.number().int(),
    }),
  ),
});
export type CategoryList = z.infer<typeof CategoryList>;

const EventCategorySchema = z.enum(EVENT_CATEGORIES);

export const EventsQuery = z.object({
  kommun: KommunByCodeOrName,
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  category: EventCategorySchema.optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});
export type EventsQuery = z.infer<typeof EventsQuery>;

const count = z.number().int().nonnegative();

export const PoliceEvents = z.object({
  kommun: StatKommun,
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Events in the period and category, also those beyond `limit`. */
  total: count,
  events: z.array(
    z.object({
      id: z.number().int(),
      occurredAt: z.string(),
      date: z.string(),
      name: z.string(),
      summary: z.string(),
      /** On polisen.se. */
      url: z.string().nullable(),
      type: z.string(),
      /** The type as Polisen wrote it. */
      rawType: z.string(),
      category: EventCategorySchema,
      location: z.string(),
    }),
  ),
  monthly: z.array(z.object({ month: z.string(), category: EventCategorySchema, count })),
  byType: z.array(z.object({ type: z.string(), category: EventCategorySchema, count })),
});
export type PoliceEvents = z.infer<typeof PoliceEvents>;
