/**
 * The lägesbild's section on the extent of crime, computed from imported
 * statistics: per crime category the kommun has figures for, its yearly
 * series (count, population, rate per 100 000), the last year against the
 * mean of the three years before, the same for the län and the whole
 * country where they are imported, and Polisen's events per type and month
 * of the latest year. The Swedish draft paragraph is written in
 * crime-text.ts. Every figure keeps the source and import date it came from.
 */
import { z } from 'zod';
import { buildSeries, seriesPointSchema } from '../statistics/series.ts';
import { categoryLabel, DEFAULT_CATEGORY, knownCategory } from '../statistics/categories.ts';
import { crimeDraftSv } from './crime-draft.ts';

/** Region codes as the statistics tables store them: 4 digits a kommun, 2 digits a län, "00" the whole country. */
export const RIKET_CODE = '00';

export const regionLevelSchema = z.enum(['kommun', 'lan', 'riket']);
export type RegionLevel = z.infer<typeof regionLevelSchema>;

/** A year of a series as statistics/series.ts gives it (count, population, rate, the "-" flag). */
export const crimePointSchema = seriesPointSchema;
export type CrimePoint = z.infer<typeof crimePointSchema>;

/** The number of years before the last one that the last year is compared with. */
export const COMPARISON_YEARS = 3;

export const lastVsMeanSchema = z.object({
  year: z.number().int(),
  /** Rates when all four years have one (the population changes), otherwise counts. */
  basis: z.enum(['ratePer100k', 'count']),
  count: z.number(),
  ratePer100k: z.number().nullable(),
  previousYears: z.array(z.number().int()),
  meanCount: z.number(),
  meanRatePer100k: z.number().nullable(),
  /** Change of the basis from the mean to the last year, in percent; null when the mean is 0. */
  changePercent: z.number().nullable(),
});
export type LastVsMean = z.infer<typeof lastVsMeanSchema>;

export const noComparisonSchema = z.object({
  code: z.enum(['too_few_years', 'dash_year', 'missing_value']),
  message: z.string(),
  messageEn: z.string(),
});
export type NoComparison = z.infer<typeof noComparisonSchema>;

export const regionSeriesSchema = z.object({
  level: regionLevelSchema,
  code: z.string(),
  name: z.string(),
  points: z.array(crimePointSchema),
  lastVsMean: lastVsMeanSchema.nullable(),
  /** Why there is no comparison; null when there is one. */
  noComparison: noComparisonSchema.nullable(),
});
export type RegionSeries = z.infer<typeof regionSeriesSchema>;

export const crimeCategorySchema = z.object({
  category: z.string(),
  label: z.string(),
  labelEn: z.string(),
  /** Mostly found by the police's own work (drugs, traffic, weapons): the count speaks of that work as much as of crime. */
  policeInitiated: z.boolean(),
  kommun: regionSeriesSchema,
  lan: regionSeriesSchema.nullable(),
  riket: regionSeriesSchema.nullable(),
});
export type CrimeCategory = z.infer<typeof crimeCategorySchema>;

export const eventTypeSchema = z.object({
  type: z.string(),
  category: z.string(),
  /** One count per month, January to December. */
  counts: z.array(z.number().int()),
  total: z.number().int(),
});

export const policeEventsSchema = z.object({
  year: z.number().int(),
  /** "2025-01" … "2025-12". */
  months: z.array(z.string()),
  total: z.number().int(),
  /** Most events first. */
  types: z.array(eventTypeSchema),
});
export type PoliceEventsByMonth = z.infer<typeof policeEventsSchema>;

export const sectionSourceSchema = z.object({
  source: z.string(),
  label: z.string(),
  what: z.string(),
  /** The latest import of the figures used, ISO; null when unknown. */
  importedAt: z.string().nullable(),
});
export type SectionSource = z.infer<typeof sectionSourceSchema>;

export interface CrimeRow {
  region: string;
  year: number;
  category: string;
  /** The category's name as the file wrote it, when the import kept it. */
  label?: string | null;
  count: number | null;
  ratePer100k: number | null;
  dash: boolean;
  source: string;
  importedAt: Date;
}

export interface PopulationRow {
  region: string;
  year: number;
  population: number;
  importedAt: Date;
}

export interface EventRow {
  month: string;
  type: string;
  category: string;
  count: number;
}

export interface Region {
  code: string;
  name: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function levelOf(code: string): RegionLevel {
  if (code === RIKET_CODE) return 'riket';
  return code.length === 2 ? 'lan' : 'kommun';
}

const capital = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);

/** The published name of a stored category (categories.ts), else what the file wrote, else the key; with a capital. */
export function categoryNames(key: string, written?: string | null) {
  const known = knownCategory(key);
  const label = capital(categoryLabel(key, written));
  return { label, labelEn: known ? known.labelEn : label, policeInitiated: known?.policeInitiated ?? false };
}

function noComparison(code: NoComparison['code'], message: string, messageEn: string): NoComparison {
  return { code, message, messageEn };
}

/** The last year against the mean of the three before it; a reason instead when the years do not allow it. */
export function lastVsMean(points: CrimePoint[], year: number): LastVsMean | NoComparison {
  const years = Array.from({ length: COMPARISON_YEARS + 1 }, (_, i) => year - COMPARISON_YEARS + i);
  const used = years.map((y) => points.find((p) => p.year === y));
  const have = used.filter((p) => p !== undefined).length;
  if (have < years.length) {
    const span = `${years[0]}–${year}`;
    return noComparison(
      'too_few_years',
      `Jämförelsen kräver fyra år i följd (${span}); det finns ${have}.`,
      `The comparison needs four years in a row (${span}); there are ${have}.`,
    );
  }
  const points4 = used as CrimePoint[];
  const dash = points4.find((p) => p.dash);
  if (dash && points4.some((p) => !p.dash)) {
    return noComparison(
      'dash_year',
      `Källan skriver "-" (noll) för ${dash.year} men har värden andra år; kontrollera uppgiften innan den jämförs.`,
      `The source writes "-" (zero) for ${dash.year} but has values in other years; check it before comparing.`,
    );
  }
  const missing = points4.find((p) => p.count === null);
  if (missing) {
    return noComparison(
      'missing_value',
      `Uppgiften saknas i källan ("..") för ${missing.year}.`,
      `The source gives no figure ("..") for ${missing.year}.`,
    );
  }
  const counts = points4.map((p) => p.count!);
  const rates = points4.every((p) => p.ratePer100k !== null) ? points4.map((p) => p.ratePer100k!) : null;
  const mean = (values: number[]) => values.slice(0, COMPARISON_YEARS).reduce((s, v) => s + v, 0) / COMPARISON_YEARS;
  const basisValues = rates ?? counts;
  const basisMean = mean(basisValues);
  const last = basisValues[COMPARISON_YEARS]!;
  return {
    year,
    basis: rates ? 'ratePer100k' : 'count',
    count: counts[COMPARISON_YEARS]!,
    ratePer100k: rates ? rates[COMPARISON_YEARS]! : null,
    previousYears: years.slice(0, COMPARISON_YEARS),
    meanCount: round1(mean(counts)),
    meanRatePer100k: rates ? round1(mean(rates)) : null,
    changePercent: basisMean === 0 ? null : round1(((last - basisMean) / basisMean) * 100),
  };
}

function pointsOf(rows: CrimeRow[], population: PopulationRow[]): CrimePoint[] {
  return buildSeries(
    rows.map((r) => ({ year: r.year, count: r.count, ratePer100k: r.ratePer100k, dash: r.dash })),
    population.map((p) => ({ year: p.year, population: p.population })),
  );
}

function regionSeries(
  region: Region,
  rows: CrimeRow[],
  population: PopulationRow[],
  compareYear: number | null,
): RegionSeries {
  const points = pointsOf(
    rows.filter((r) => r.region === region.code),
    population.filter((p) => p.region === region.code),
  );
  const result =
    compareYear === null
      ? noComparison('too_few_years', 'Det finns inga värden att jämföra.', 'There are no values to compare.')
      : lastVsMean(points, compareYear);
  const compared = 'basis' in result;
  return {
    level: levelOf(region.code),
    code: region.code,
    name: region.name,
    points,
    lastVsMean: compared ? result : null,
    noComparison: compared ? null : result,
  };
}

export interface CrimeSectionInput {
  kommun: Region;
  lan: Region | null;
  /** The lägesbild's year: figures after it are left out. */
  year: number;
  crimes: CrimeRow[];
  population: PopulationRow[];
  /** The latest year with Polisen events up to the lägesbild's year, grouped by month and type. */
  events: { year: number; rows: EventRow[]; importedAt: Date | null } | null;
}

/** The total first, then the categories by name. */
function categoryOrder(a: CrimeCategory, b: CrimeCategory): number {
  if (a.category === DEFAULT_CATEGORY || b.category === DEFAULT_CATEGORY)
    return a.category === DEFAULT_CATEGORY ? -1 : 1;
  return a.label.localeCompare(b.label, 'sv');
}

export function crimeCategories(input: CrimeSectionInput): CrimeCategory[] {
  const rows = input.crimes.filter((r) => r.year <= input.year);
  const own = rows.filter((r) => r.region === input.kommun.code);
  const categories = [...new Set(own.map((r) => r.category))];
  const built = categories.map((category): CrimeCategory => {
    const inCategory = rows.filter((r) => r.category === category);
    const ownYears = own.filter((r) => r.category === category).map((r) => r.year);
    const lastYear = ownYears.length ? Math.max(...ownYears) : null;
    const other = (region: Region | null) =>
      region && inCategory.some((r) => r.region === region.code)
        ? regionSeries(region, inCategory, input.population, lastYear)
        : null;
    const written = own.find((r) => r.category === category && r.label)?.label;
    return {
      category,
      ...categoryNames(category, written),
      kommun: regionSeries(input.kommun, inCategory, input.population, lastYear),
      lan: other(input.lan),
      riket: other({ code: RIKET_CODE, name: 'Riket' }),
    };
  });
  return built.sort(categoryOrder);
}

export function policeEventsByMonth(events: CrimeSectionInput['events']): PoliceEventsByMonth | null {
  if (!events || events.rows.length === 0) return null;
  const months = Array.from({ length: 12 }, (_, i) => `${events.year}-${String(i + 1).padStart(2, '0')}`);
  const byType = new Map<string, { type: string; category: string; counts: number[] }>();
  for (const row of events.rows) {
    const index = months.indexOf(row.month);
    if (index < 0) continue;
    const entry = byType.get(row.type) ?? { type: row.type, category: row.category, counts: months.map(() => 0) };
    entry.counts[index]! += row.count;
    byType.set(row.type, entry);
  }
  const types = [...byType.values()]
    .map((t) => ({ ...t, total: t.counts.reduce((s, n) => s + n, 0) }))
    .sort((a, b) => b.total - a.total || a.type.localeCompare(b.type, 'sv'));
  return { year: events.year, months, total: types.reduce((s, t) => s + t.total, 0), types };
}

const latest = (dates: Date[]): string | null =>
  dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))).toISOString() : null;

const SOURCE_LABELS: Record<string, { label: string; what: string }> = {
  bra: { label: 'BRÅ', what: 'anmälda brott' },
  scb: { label: 'SCB', what: 'folkmängd' },
  polisen: { label: 'Polisen', what: 'händelser på polisen.se' },
};

/** The sources of the figures in the section, each with its latest import date. */
export function sectionSources(input: CrimeSectionInput, categories: CrimeCategory[]): SectionSource[] {
  const regions = new Set(categories.flatMap((c) => [c.kommun, c.lan, c.riket]).flatMap((r) => (r ? [r.code] : [])));
  const crimes = input.crimes.filter((r) => r.year <= input.year && regions.has(r.region));
  const computed = categories.some((c) =>
    [c.kommun, c.lan, c.riket].some((r) => r?.points.some((p) => p.rateSource === 'computed')),
  );
  const population = input.population.filter((p) => p.year <= input.year && regions.has(p.region));
  const out: SectionSource[] = [];
  for (const source of [...new Set(crimes.map((r) => r.source))].sort()) {
    const known = SOURCE_LABELS[source] ?? { label: source.toUpperCase(), what: 'anmälda brott' };
    const importedAt = latest(crimes.filter((r) => r.source === source).map((r) => r.importedAt));
    out.push({ source, ...known, importedAt });
  }
  if (computed && population.length)
    out.push({ source: 'scb', ...SOURCE_LABELS.scb!, importedAt: latest(population.map((p) => p.importedAt)) });
  if (input.events?.rows.length)
    out.push({
      source: 'polisen',
      ...SOURCE_LABELS.polisen!,
      importedAt: input.events.importedAt?.toISOString() ?? null,
    });
  return out;
}

export const crimeSectionSchema = z.object({
  year: z.number().int(),
  kommun: z.object({ code: z.string(), name: z.string() }),
  lan: z.object({ code: z.string(), name: z.string() }).nullable(),
  categories: z.array(crimeCategorySchema),
  events: policeEventsSchema.nullable(),
  sources: z.array(sectionSourceSchema),
  /** The text the analyst may take into "Brottslighetens omfattning och karaktär" and edit; empty without figures. */
  draft: z.string(),
});
export type CrimeSection = z.infer<typeof crimeSectionSchema>;

export function buildCrimeSection(input: CrimeSectionInput): CrimeSection {
  const categories = crimeCategories(input);
  const events = policeEventsByMonth(input.events);
  const sources = sectionSources(input, categories);
  const hasFigures = categories.length > 0 || events !== null;
  return {
    year: input.year,
    kommun: input.kommun,
    lan: input.lan,
    categories,
    events,
    sources,
    draft: hasFigures ? crimeDraftSv({ kommunName: input.kommun.name, categories, events, sources }) : '',
  };
}
