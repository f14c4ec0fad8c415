import { sql, type Kysely } from 'kysely';

/**
 * The åtgärdsplan (law 2023:196): decided by a named body on a date from the
 * ranked problems of one lägesbild (kommun + year), for a span of years.
 * Its measures each answer one problem category of that lägesbild; a
 * measure may link a medborgarlöfte commitment (linked, not copied: its text,
 * responsible party and follow-up are read from the commitment when the
 * measure leaves them empty).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table action_plans (
    id uuid primary key default gen_random_uuid(),
    municipality_id uuid not null references organisations (id),
    situation_year integer not null,
    title text not null check (length(title) between 1 and 300),
    year_from integer not null,
    year_to integer not null,
    status text not null default 'draft' check (status in ('draft', 'decided')),
    decided_by text,
    decided_on date,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint action_plans_uq unique (municipality_id, situation_year),
    constraint action_plans_years check (year_to >= year_from),
    constraint action_plans_decided check (status = 'draft' or (decided_by is not null and decided_on is not null))
  )`.execute(db);
  await sql`create table action_plan_measures (
    id uuid primary key default gen_random_uuid(),
    plan_id uuid not null references action_plans (id) on delete cascade,
    category text not null,
    position integer not null,
    text text,
    responsible text,
    partners jsonb not null default '[]'::jsonb,
    starts_on date,
    ends_on date,
    when_text text,
    follow_up text,
    commitment_id uuid references commitments (id) on delete set null,
    created_at timestamptz not null default now()
  )`.execute(db);
  await sql`create index action_plan_measures_plan_idx on action_plan_measures (plan_id, position)`.execute(db);
  await sql`create index action_plan_measures_commitment_idx on action_plan_measures (commitment_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table action_plan_measures`.execute(db);
  await sql`drop table action_plans`.execute(db);
}
