import { sql, type Kysely } from 'kysely';

/**
 * Indexes on the columns that point to an area. The areas page counts
 * each area's uses, merging moves them, and deleting an area makes the
 * database look for rows that still point to it (the foreign keys): without
 * these, each of those reads every activity's places and every finding.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index activity_areas_area_idx on activity_areas (area_id)`.execute(db);
  await sql`create index dialogues_area_idx on dialogues (area_id) where area_id is not null`.execute(db);
  await sql`create index dialogue_findings_area_idx on dialogue_findings (area_id) where area_id is not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['dialogue_findings_area_idx', 'dialogues_area_idx', 'activity_areas_area_idx']) {
    await sql`drop index if exists ${sql.raw(index)}`.execute(db);
  }
}
