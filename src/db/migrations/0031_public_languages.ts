import { sql, type Kysely } from 'kysely';

/**
 * Finnish and Meänkieli on the public side (issue 18).
 * `public_language_settings`: a kommun's own choice whether its public pages
 * offer the language switch (Svenska, English, Suomi, Meänkieli); a kommun
 * without a row has the default of its administrative area
 * (src/domain/municipality/minority-languages.ts: on inside the Finnish or
 * Meänkieli area, off outside). The subscription's language is now one of
 * the four public languages.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table public_language_settings (
    organisation_id uuid primary key references organisations (id) on delete cascade,
    switch_on boolean not null,
    updated_at timestamptz not null default now()
  )`.execute(db);
  await sql`alter table public_subscriptions
    add constraint public_subscriptions_locale_ck check (locale in ('sv', 'en', 'fi', 'fit'))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table public_subscriptions drop constraint public_subscriptions_locale_ck`.execute(db);
  await sql`drop table public_language_settings`.execute(db);
}
