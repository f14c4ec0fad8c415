import { sql, type Kysely } from 'kysely';

/**
 * Personal data (issue 17). `privacy_settings`: per kommun, how long raw
 * survey free text (after the survey closes), login records (sessions) and
 * audit entries are kept, who is personuppgiftsansvarig and how to reach the
 * dataskyddsombud; a kommun without a row has the defaults of
 * src/domain/privacy/retention.ts. `users.erased_at`: the account was erased
 * on request (src/app/privacy/erase.ts): its name and e-mail are a pseudonym
 * from then on and it can never sign in again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table privacy_settings (
    organisation_id uuid primary key references organisations (id) on delete cascade,
    survey_text_months integer not null check (survey_text_months between 1 and 120),
    login_months integer not null check (login_months between 1 and 60),
    audit_months integer not null check (audit_months between 12 and 240),
    controller text not null default '' check (length(controller) <= 200),
    dpo_contact text not null default '' check (length(dpo_contact) <= 200),
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`alter table users add column erased_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table users drop column erased_at`.execute(db);
  await sql`drop table privacy_settings`.execute(db);
}
