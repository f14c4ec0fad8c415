import { sql, type Kysely } from 'kysely';

/**
 * Staff-written content in Finnish, Meänkieli and English beside the Swedish
 * (issue 18). One row per text and language, kept apart from the versioned
 * content: a published promise set version stays as it was signed, yet a
 * translation can be added or corrected afterwards. `source` is the Swedish
 * text the translation was written from; when a later version changes that
 * Swedish text, the translation no longer matches and the public pages show
 * the Swedish with the note until it is translated again
 * (src/domain/translations/). `subject` names what the text belongs to
 * (a promise set or a follow-up); `item` the text within it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table content_translations (
    subject text not null check (subject in ('promise_set', 'follow_up')),
    subject_id uuid not null,
    item text not null check (length(item) between 1 and 80),
    lang text not null check (lang in ('fi', 'fit', 'en')),
    text text not null check (length(text) between 1 and 20000),
    source text not null,
    updated_at timestamptz not null default now(),
    primary key (subject, subject_id, item, lang)
  )`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table content_translations`.execute(db);
}
