/** Contract of the statistics from BRÅ, Polisen and SCB: /api/v1/statistics. */
import { z } from 'zod';
import { isoDaySchema } from '../domain/iso-day.ts';
import { EVENT_CATEGORIES } from '../domain/statistics/polisen-types.ts';
import { noTrendSchema, seriesPointSchema, trendSchema } from '../domain/statistics/series.ts';
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
    'bra: BRÅ:s årsfil per kommun eller en tabell ur BRÅ:s statistikdatabas (region, brottskategori, år; CSV); ' +
      'polisen: Polisens händelser (JSON); scb: SCB:s folkmängd (PxWeb JSON, JSON-stat 2 eller CSV)',
  ),
  year: Year.optional().describe(
    'BRÅ:s årsfil per kommun: året filen gäller (en tabell ur statistikdatabasen har åren i sig)',
  ),
  category: Category.optional().describe(
    'BRÅ: brottskategori när filen inte har någon kolumn för den, förval "samtliga brott"',
  ),
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

/** Which of the layouts each source gives the file was read as. */
export const IMPORT_LAYOUTS = [
  'bra-kommun-year',
  'bra-table',
  'polisen-events',
  'scb-pxweb-json',
  'scb-json-stat',
  'scb-csv',
] as const;
export const ImportLayout = z.enum(IMPORT_LAYOUTS);
export type ImportLayout = z.infer<typeof ImportLayout>;

const tally = z.number().int().nonnegative();

export const ImportResult = z.object({
  source: StatSourceSchema,
  layout: ImportLayout,
  /** The year, when the file covers one; null for several or none. */
  year: z.number().int().nullable(),
  /** The category key, when the file covers one; null for several or none. */
  category: z.string().nullable(),
  /** Every year and category key the stored rows cover (empty for Polisen). */
  years: z.array(z.number().int()),
  categories: z.array(z.string()),
  /** Rows new to the store (Polisen: events not seen before). */
  imported: tally,
  /** Rows already stored whose figures the file changed. */
  updated: tally,
  /** Rows already stored with the same figures: left as they were. */
  unchanged: tally,
  /** Figures the source wrote as "-" (zero): stored as 0 and flagged in the series. */
  dashes: tally,
  /** Rows left out on purpose (a city district, a summary), with why. */
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
  /** The category's Swedish name. */
  label: z.string(),
  points: z.array(seriesPointSchema),
  trend: trendSchema.nullable(),
  /** Why there is no trend (too few years, a "-" year among values); null when there is one. */
  noTrend: noTrendSchema.nullable(),
});
export type Series = z.infer<typeof Series>;
export type { NoTrend, SeriesPoint, Trend } from '../domain/statistics/series.ts';

export const CategoriesQuery = z.object({ kommun: KommunByCodeOrName });

export const CategoryList = z.object({
  kommun: StatKommun,
  categories: z.array(
    z.object({
      category: z.string(),
      /** The category's Swedish name. */
      label: z.string(),
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
