import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { BraRow } from '../../domain/statistics/bra.ts';
import type { PoliceEvent } from '../../domain/statistics/polisen.ts';
import type { PopulationRow } from '../../domain/statistics/scb.ts';

const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** A new file for the same year and category replaces each kommun's figure; kommuner not in the file keep theirs. */
export async function upsertCrimeCounts(
  trx: Db,
  rows: BraRow[],
  year: number,
  category: string,
  now: Date,
): Promise<number> {
  for (const part of chunks(rows)) {
    await trx
      .insertInto('stats_crime_counts')
      .values(
        part.map((r) => ({
          municipality_code: r.code,
          year,
          category,
          count: r.count,
          rate_per_100k: r.ratePer100k,
          source: 'bra',
          imported_at: now,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['municipality_code', 'category', 'year']).doUpdateSet((eb) => ({
          count: eb.ref('excluded.count'),
          rate_per_100k: eb.ref('excluded.rate_per_100k'),
          imported_at: eb.ref('excluded.imported_at'),
        })),
      )
      .execute();
  }
  return rows.length;
}

export async function upsertPopulation(trx: Db, rows: PopulationRow[], now: Date): Promise<number> {
  for (const part of chunks(rows)) {
    await trx
      .insertInto('stats_population')
      .values(
        part.map((r) => ({ municipality_code: r.code, year: r.year, population: r.population, imported_at: now })),
      )
      .onConflict((oc) =>
        oc.columns(['municipality_code', 'year']).doUpdateSet((eb) => ({
          population: eb.ref('excluded.population'),
          imported_at: eb.ref('excluded.imported_at'),
        })),
      )
      .execute();
  }
  return rows.length;
}

/**
 * Events are kept by Polisen's id: a known id is refreshed (the feed edits
 * summaries), a new one is added. Answers how many of each.
 */
export async function upsertPoliceEvents(
  trx: Db,
  events: PoliceEvent[],
  now: Date,
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  for (const part of chunks(events)) {
    const rows = await trx
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
        oc.column('id').doUpdateSet((eb) => ({
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
        })),
      )
      // xmax is 0 on a row this statement inserted and set on one it updated.
      .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
      .execute();
    inserted += rows.filter((r) => r.inserted).length;
  }
  return { inserted, updated: events.length - inserted };
}
