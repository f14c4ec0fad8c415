/** The SQL of a kommun's language switch setting (src/db/migrations/0031_public_languages.ts). */
import type { Db } from '../../db/connect.ts';

export function kommunRow(db: Db, id: string) {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'code', 'slug'])
    .where('id', '=', id)
    .where('kind', '=', 'municipality')
    .executeTakeFirst();
}

export async function switchChoice(db: Db, organisationId: string): Promise<boolean | null> {
  const row = await db
    .selectFrom('public_language_settings')
    .select('switch_on')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ? row.switch_on : null;
}

export async function saveSwitchChoice(db: Db, organisationId: string, choice: boolean | null, at: Date) {
  if (choice === null) {
    await db.deleteFrom('public_language_settings').where('organisation_id', '=', organisationId).execute();
    return;
  }
  await db
    .insertInto('public_language_settings')
    .values({ organisation_id: organisationId, switch_on: choice, updated_at: at })
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ switch_on: choice, updated_at: at }))
    .execute();
}

/** The kommun's code and own choice, for the public pages (by slug). */
export function publicSwitchRow(db: Db, slug: string) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('public_language_settings as s', 's.organisation_id', 'o.id')
    .select(['o.code', 's.switch_on'])
    .where('o.kind', '=', 'municipality')
    .where('o.slug', '=', slug)
    .executeTakeFirst();
}

/** The kommun's code and own choice, for what a new survey is offered in (by organisation id). */
export function switchRowById(db: Db, organisationId: string) {
  return db
    .selectFrom('organisations as o')
    .leftJoin('public_language_settings as s', 's.organisation_id', 'o.id')
    .select(['o.code', 's.switch_on'])
    .where('o.kind', '=', 'municipality')
    .where('o.id', '=', organisationId)
    .executeTakeFirst();
}
