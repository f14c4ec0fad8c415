/**
 * The kommuner's public page versions (public_page_versions, migration
 * 0034). public_page_lookup() puts the versions of a page's kommuner in its
 * stamp, so raising a version gives their public pages (and the LPO and
 * national pages summing them up) a new ETag. Whatever changes something a
 * public page shows outside the stamp's own sources (published sets,
 * activities, follow-ups, organisations) raises the version in its own
 * transaction: statistics behind a crime outcome indicator, outcome
 * indicators, outside survey results, content translations, the language
 * switch. The promise sets themselves are not touched, so staff see no
 * change in them ("Ändrad").
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

/** One more for each row, in id order (concurrent raises lock the rows in the same order). */
const RAISE = sql`on conflict (organisation_id) do update
  set version = public_page_versions.version + 1,
    changed_at = greatest(excluded.changed_at, public_page_versions.changed_at)`;

/** Raises the public page version of these organisations (kommuner); usable inside the caller's transaction. */
export async function bumpPublicPages(db: Db, organisationIds: Iterable<string>, at: Date): Promise<void> {
  const ids = [...new Set(organisationIds)].sort();
  if (!ids.length) return;
  await sql`insert into public_page_versions (organisation_id, version, changed_at)
    select id, 1, ${at}::timestamptz from unnest(${ids}::uuid[]) as id order by id
    ${RAISE}`.execute(db);
}

/** Raises the version of every kommun of these promise sets: their pages show the sets. */
export async function bumpPublicPagesOfSets(db: Db, setIds: Iterable<string>, at: Date): Promise<void> {
  const ids = [...new Set(setIds)];
  if (!ids.length) return;
  await sql`insert into public_page_versions (organisation_id, version, changed_at)
    select distinct m.organisation_id, 1, ${at}::timestamptz from promise_set_municipalities m
    where m.promise_set_id = any(${ids}::uuid[]) and m.organisation_id is not null
    order by m.organisation_id
    ${RAISE}`.execute(db);
}
