import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import type { CrimeRow } from '../../../domain/statistics/bra-table.ts';
import type { PoliceEvent } from '../../../domain/statistics/polisen.ts';
import type { PopulationRow } from '../../../domain/statistics/scb.ts';

const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** How a re-import went: rows new to the store, rows whose figures changed, rows that were already as the file says. */
export interface StoreCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  /** The region codes (kommun, län, "00" Riket) of the rows new or changed: whose numbers the public may see change. */
  codes: Set<string>;
}

const noCounts = (): StoreCounts => ({ inserted: 0, updated: 0, unchanged: 0, codes: new Set() });

// xmax is 0 on a row the statement inserted and set on one it updated; a row the WHERE kept as it was is not returned.
const wasInserted = sql<boolean>`(xmax = 0)`.as('inserted');

function tally(total: number, returned: { inserted: boolean; municipality_code: string | null }[], into: StoreCounts) {
  const inserted = returned.filter((r) => r.inserted).length;
  into.inserted += inserted;
  into.updated += returned.length - inserted;
  into.unchanged += total - returned.length;
  for (const r of returned) if (r.municipality_code) into.codes.add(r.municipality_code);
}

/**
 * A new file for the same region, year and category replaces the figure
 * only where it differs (count, rate or the "-" marker); regions not in the
 * file keep theirs. An unchanged row keeps its earlier import date. A file
 * without a rate (a table of counts) keeps BRÅ's rate from an earlier file
 * as long as the count is the same; a new count drops it, as it no longer fits.
 */
export async function upsertCrimeCounts(trx: Db, rows: CrimeRow[], now: Date): Promise<StoreCounts> {
  const counts = noCounts();
  for (const part of chunks(rows)) {
    const returned = await trx
      .insertInto('stats_crime_counts')
      .values(
        part.map((r) => ({
          municipality_code: r.code,
          year: r.year,
          category: r.category,
          category_label: r.categoryLabel,
          count: r.count,
          marker: r.dash ? ('dash' as const) : null,
          rate_per_100k: r.ratePer100k,
          source: 'bra',
          imported_at: now,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['municipality_code', 'category', 'year'])
          .doUpdateSet((eb) => ({
            count: eb.ref('excluded.count'),
            rate_per_100k: sql`case when excluded.rate_per_100k is null
              and stats_crime_counts.count is not distinct from excluded.count
              then stats_crime_counts.rate_per_100k else excluded.rate_per_100k end`,
            marker: eb.ref('excluded.marker'),
            category_label: eb.ref('excluded.category_label'),
            imported_at: eb.ref('excluded.imported_at'),
          }))
          .where(
            sql<boolean>`(stats_crime_counts.count, stats_crime_counts.marker) is distinct from (excluded.count, excluded.marker)
              or (excluded.rate_per_100k is not null and stats_crime_counts.rate_per_100k is distinct from excluded.rate_per_100k)`,
          ),
      )
      .returning([wasInserted, 'municipality_code'])
      .execute();
    tally(part.length, returned, counts);
  }
  return counts;
}

export async function upsertPopulation(trx: Db, rows: PopulationRow[], now: Date): Promise<StoreCounts> {
  const counts = noCounts();
  for (const part of chunks(rows)) {
    const returned = await trx
      .insertInto('stats_population')
      .values(
        part.map((r) => ({ municipality_code: r.code, year: r.year, population: r.population, imported_at: now })),
      )
      .onConflict((oc) =>
        oc
          .columns(['municipality_code', 'year'])
          .doUpdateSet((eb) => ({
            population: eb.ref('excluded.population'),
            imported_at: eb.ref('excluded.imported_at'),
          }))
          .where(sql<boolean>`stats_population.population is distinct from excluded.population`),
      )
      .returning([wasInserted, 'municipality_code'])
      .execute();
    tally(part.length, returned, counts);
  }
  return counts;
}

/**
 * Events are kept by Polisen's id: a known id is refreshed when the feed
 * changed it (it edits summaries), a new one is added. Answers how many of each.
 */
export async function upsertPoliceEvents(trx: Db, events: PoliceEvent[], now: Date): Promise<StoreCounts> {
  const counts = noCounts();
  for (const part of chunks(events)) {
    const returned = await trx
      .insertInto('stats_police_events')
      .values(
        part.map((e) => ({
          id: e.id,
          occurred_at: e.occurredAt,
          local_date: e.localDate,
          name: e.name,
          summary: e.summary,
          url: e.url,
          raw_type: e.rawType,
          type: e.type,
          category: e.category,
          location_name: e.locationName,
          municipality_code: e.municipalityCode,
          gps: e.gps,
          first_seen_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet((eb) => ({
            occurred_at: eb.ref('excluded.occurred_at'),
            local_date: eb.ref('excluded.local_date'),
            name: eb.ref('excluded.name'),
            summary: eb.ref('excluded.summary'),
            url: eb.ref('excluded.url'),
            raw_type: eb.ref('excluded.raw_type'),
            type: eb.ref('excluded.type'),
            category: eb.ref('excluded.category'),
            location_name: eb.ref('excluded.location_name'),
            municipality_code: eb.ref('excluded.municipality_code'),
            gps: eb.ref('excluded.gps'),
            updated_at: eb.ref('excluded.updated_at'),
          }))
          .where(
            sql<boolean>`(stats_police_events.occurred_at, stats_police_events.name, stats_police_events.summary,
              stats_police_events.url, stats_police_events.raw_type, stats_police_events.type, stats_police_events.category,
              stats_police_events.location_name, stats_police_events.municipality_code, stats_police_events.gps)
              is distinct from (excluded.occurred_at, excluded.name, excluded.summary, excluded.url, excluded.raw_type,
              excluded.type, excluded.category, excluded.location_name, excluded.municipality_code, excluded.gps)`,
          ),
      )
      .returning([wasInserted, 'municipality_code'])
      .execute();
    tally(part.length, returned, counts);
  }
  return counts;
}
