import { sql, type Kysely } from 'kysely';

/**
 * Survey results a kommun gets from others (Polisens trygghetsmätning, Brå's
 * NTU, SCB's medborgarundersökning), imported from the report's table.
 * One import per kommun, source and year: importing again replaces its rows.
 * A result keeps whose figure it is (level, area_name: null for the whole
 * kommun), the item as the source writes it, the lägesbild category it maps
 * to, what the value measures, the number of answers and the interval the
 * source gives (or none). The lägesbild's ranking and the outcomes read
 * outside_survey_results directly.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table outside_survey_imports (
    id uuid primary key default gen_random_uuid(),
    municipality_id uuid not null references organisations (id),
    source text not null
      check (source in ('polisen_trygghetsmatning', 'bra_ntu', 'scb_medborgarundersokning')),
    year integer not null check (year between 1950 and 2100),
    file_name text check (length(file_name) between 1 and 255),
    rows integer not null check (rows >= 0),
    imported_by text not null,
    imported_at timestamptz not null default now(),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (municipality_id, source, year)
  )`.execute(db);
  await sql`create table outside_survey_results (
    id uuid primary key default gen_random_uuid(),
    import_id uuid not null references outside_survey_imports (id) on delete cascade,
    municipality_id uuid not null references organisations (id),
    source text not null
      check (source in ('polisen_trygghetsmatning', 'bra_ntu', 'scb_medborgarundersokning')),
    year integer not null check (year between 1950 and 2100),
    level text not null check (level in ('kommun', 'area', 'lan', 'lpo', 'riket')),
    area_name text check (length(area_name) between 1 and 100),
    item text not null check (length(item) between 1 and 500),
    category text,
    measure text not null check (measure in ('index_0_6', 'share', 'index_0_100')),
    value numeric not null check (value >= 0),
    answers integer check (answers >= 1),
    ci_low numeric,
    ci_high numeric,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check ((level = 'kommun') = (area_name is null)),
    check ((ci_low is null) = (ci_high is null) and ci_low <= value and value <= ci_high)
  )`.execute(db);
  await sql`create index outside_survey_results_kommun_year_idx
    on outside_survey_results (municipality_id, year)`.execute(db);
  await sql`create index outside_survey_results_import_idx on outside_survey_results (import_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table outside_survey_results`.execute(db);
  await sql`drop table outside_survey_imports`.execute(db);
}
