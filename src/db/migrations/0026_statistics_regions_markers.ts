import { sql, type Kysely } from 'kysely';

/**
 * Statistics by region and category, as BRÅ's and SCB's tables give them:
 * - a row may be a kommun ("2514"), a län ("25") or the whole country ("00"),
 *   so the lägesbild can set a kommun beside its län and the country;
 * - `marker` says how the source wrote a figure: 'dash' where it wrote "-"
 *   (zero; the count is stored as 0), so a series can flag that year;
 * - `category_label` keeps the category's name as the file wrote it beside
 *   its stable key in `category`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['stats_crime_counts', 'stats_population']) {
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(`${table}_municipality_code_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_region_code_check`)}
      check (municipality_code ~ '^([0-9]{2}|[0-9]{4})$')`.execute(db);
  }
  await sql`alter table stats_crime_counts
    add column marker text check (marker in ('dash')),
    add column category_label text check (length(category_label) between 1 and 200)`.execute(db);
  await sql`alter table stats_crime_counts add constraint stats_crime_counts_dash_is_zero
    check (marker is null or count = 0)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table stats_crime_counts drop column marker, drop column category_label`.execute(db);
  for (const table of ['stats_crime_counts', 'stats_population']) {
    await sql`delete from ${sql.table(table)} where length(municipality_code) <> 4`.execute(db);
    await sql`alter table ${sql.table(table)} drop constraint ${sql.id(`${table}_region_code_check`)}`.execute(db);
    await sql`alter table ${sql.table(table)} add constraint ${sql.id(`${table}_municipality_code_check`)}
      check (municipality_code ~ '^[0-9]{4}$')`.execute(db);
  }
}
