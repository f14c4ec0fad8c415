import { sql, type Kysely } from 'kysely';

/**
 * Outcome indicators (effektmått) of a promise set: what it aims to change
 * and which direction is better. `definition` says where the numbers come
 * from (a BRÅ category or Polisen event type, a survey question and the
 * answers counted, an index, a commitment's follow-up indicator); its shape
 * per kind is the contract's (src/contracts/outcomes.ts). A null baseline
 * means the proposed one (src/domain/outcomes/indicator.ts). `demo` marks
 * the demo's own indicators, whose numbers are made up (shown as such).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table outcome_indicators (
    id uuid primary key default gen_random_uuid(),
    promise_set_id uuid not null references promise_sets (id) on delete cascade,
    position integer not null,
    title text not null check (length(title) between 1 and 200),
    kind text not null check (kind in ('crime', 'survey_share', 'survey_index', 'activity_outcome')),
    desired text not null check (desired in ('decrease', 'increase')),
    definition jsonb not null default '{}'::jsonb,
    baseline_from date,
    baseline_to date,
    problem_category text,
    demo boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint outcome_indicators_baseline check ((baseline_from is null) = (baseline_to is null) and (baseline_to is null or baseline_to >= baseline_from))
  )`.execute(db);
  await sql`create index outcome_indicators_set_idx on outcome_indicators (promise_set_id, position)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table outcome_indicators`.execute(db);
}
