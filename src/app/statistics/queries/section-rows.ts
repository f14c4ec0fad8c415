/**
 * Reads for the lägesbild's crime section: a kommun's crime counts with its
 * län's and the country's for the same categories, their population, and
 * Polisen's events of the latest year per month and type. Region codes as
 * the tables store them: 4 digits a kommun, 2 a län, "00" the country.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { CrimeRow, EventRow, PopulationRow } from '../../../domain/situation/crime-section.ts';

/** Counts of `regions` up to `year`, in the categories the first region (the kommun) has figures for. */
export async function crimeRowsFor(db: Db, regions: string[], year: number): Promise<CrimeRow[]> {
  const [kommun] = regions;
  if (!kommun) return [];
  const rows = await db
    .selectFrom('stats_crime_counts')
    .selectAll()
    .where('municipality_code', 'in', regions)
    .where('year', '<=', year)
    .where('category', 'in', (eb) =>
      eb.selectFrom('stats_crime_counts as own').select('own.category').where('own.municipality_code', '=', kommun),
    )
    .orderBy('municipality_code')
    .orderBy('category')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    region: r.municipality_code,
    year: r.year,
    category: r.category,
    label: r.category_label,
    count: r.count,
    ratePer100k: r.rate_per_100k === null ? null : Number(r.rate_per_100k),
    dash: r.marker === 'dash',
    source: r.source,
    importedAt: new Date(r.imported_at),
  }));
}

export async function populationFor(db: Db, regions: string[], year: number): Promise<PopulationRow[]> {
  if (regions.length === 0) return [];
  const rows = await db
    .selectFrom('stats_population')
    .select(['municipality_code', 'year', 'population', 'imported_at'])
    .where('municipality_code', 'in', regions)
    .where('year', '<=', year)
    .execute();
  return rows.map((r) => ({
    region: r.municipality_code,
    year: r.year,
    population: Number(r.population),
    importedAt: new Date(r.imported_at),
  }));
}

/** The latest calendar year up to `year` with events in the kommun, its events per month and type, and when they were read. */
export async function eventsByMonthFor(
  db: Db,
  kommunCode: string,
  year: number,
): Promise<{ year: number; rows: EventRow[]; importedAt: Date | null } | null> {
  const latest = await db
    .selectFrom('stats_police_events')
    .select(sql<number | null>`max(extract(year from local_date))::int`.as('last'))
    .where('municipality_code', '=', kommunCode)
    .where('local_date', '<=', `${year}-12-31`)
    .executeTakeFirst();
  if (!latest?.last) return null;
  const eventsYear = Number(latest.last);
  const month = sql<string>`to_char(local_date, 'YYYY-MM')`;
  const rows = await db
    .selectFrom('stats_police_events')
    .select((eb) => [
      month.as('month'),
      'type',
      'category',
      eb.fn.countAll<string>().as('count'),
      eb.fn.max('updated_at').as('importedAt'),
    ])
    .where('municipality_code', '=', kommunCode)
    .where('local_date', '>=', `${eventsYear}-01-01`)
    .where('local_date', '<=', `${eventsYear}-12-31`)
    .groupBy([month, 'type', 'category'])
    .execute();
  const imported = rows.map((r) => new Date(r.importedAt as string | Date).getTime()).filter(Number.isFinite);
  return {
    year: eventsYear,
    rows: rows.map((r) => ({ month: r.month, type: r.type, category: r.category, count: Number(r.count) })),
    importedAt: imported.length ? new Date(Math.max(...imported)) : null,
  };
}
