/** Table types of the stats feature; the Database type in schema.ts extends this. */
import type { ColumnType } from 'kysely';

type ImportedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric and bigint come back as strings from PostgreSQL: read them through Number(). */
type NumericCol = ColumnType<string | number | null, number | null, number | null>;

export interface StatsCrimeCountsTable {
  /** The region: a kommun "2514", a län "25", the whole country "00". */
  municipality_code: string;
  year: number;
  /** The stable key (src/domain/statistics/categories.ts). */
  category: string;
  /** The category's name as the file wrote it; null for rows imported before 0026. */
  category_label: ColumnType<string | null, string | null | undefined, string | null>;
  /** null: suppressed in the source ("..") */
  count: number | null;
  /** 'dash': the source wrote "-" (zero); count is 0. */
  marker: ColumnType<'dash' | null, 'dash' | null | undefined, 'dash' | null>;
  rate_per_100k: NumericCol;
  source: ColumnType<string, string | undefined, string>;
  imported_at: ImportedAt;
}

export interface StatsPopulationTable {
  /** The region: a kommun "2514", a län "25", the whole country "00". */
  municipality_code: string;
  year: number;
  population: number;
  imported_at: ImportedAt;
}

export interface StatsPoliceEventsTable {
  id: ColumnType<string | number, number, number>;
  occurred_at: ColumnType<Date, string | Date, string | Date>;
  local_date: string;
  name: string;
  summary: string;
  url: string | null;
  raw_type: string;
  type: string;
  category: string;
  location_name: string;
  municipality_code: string | null;
  gps: string | null;
  first_seen_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ImportedAt;
}

export interface StatsTables {
  stats_crime_counts: StatsCrimeCountsTable;
  stats_population: StatsPopulationTable;
  stats_police_events: StatsPoliceEventsTable;
}
