/** Queries of organisations and what an LPO covers (organisations.ts holds the rules and the audit). */
import type { Db } from '../../../db/connect.ts';
import type { OrganisationKind } from '../../../db/schema.ts';

const COLUMNS = ['id', 'kind', 'name', 'code', 'slug', 'parent_id', 'partner_type', 'active'] as const;

export function coverageRows(db: Db, ids: string[]) {
  return db
    .selectFrom('organisation_coverage')
    .select(['organisation_id', 'covered_id'])
    .where('organisation_id', 'in', ids)
    .execute();
}

/** Organisations in reach ('all' for every one), by kind and name; `q` a part of the name. */
export function organisationRows(
  db: Db,
  reach: ReadonlySet<string> | 'all',
  filter: { kind?: OrganisationKind; q?: string },
) {
  let query = db.selectFrom('organisations').select(COLUMNS).orderBy('kind').orderBy('name');
  if (reach !== 'all') query = query.where('id', 'in', [...reach]);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.q) query = query.where('name', 'ilike', `%${filter.q.replace(/[%_]/g, '')}%`);
  return query.execute();
}

export function organisationRow(db: Db, id: string) {
  return db.selectFrom('organisations').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function organisationRowOrThrow(db: Db, id: string) {
  return db.selectFrom('organisations').select(COLUMNS).where('id', '=', id).executeTakeFirstOrThrow();
}

export function platformRow(db: Db) {
  return db.selectFrom('organisations').select('id').where('kind', '=', 'platform').executeTakeFirstOrThrow();
}

export function organisationKindsOf(db: Db, ids: string[]) {
  return db.selectFrom('organisations').select(['id', 'kind']).where('id', 'in', ids).execute();
}

export function organisationKind(db: Db, id: string) {
  return db.selectFrom('organisations').select(['id', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** Slugs starting with `base`. */
export async function slugsLike(db: Db, base: string): Promise<Set<string | null>> {
  const taken = await db.selectFrom('organisations').select('slug').where('slug', 'like', `${base}%`).execute();
  return new Set(taken.map((t) => t.slug));
}

export function insertOrganisation(
  trx: Db,
  values: {
    kind: OrganisationKind;
    name: string;
    parent_id: string;
    slug: string | null;
    partner_type: string | null;
    active: boolean;
  },
) {
  return trx.insertInto('organisations').values(values).returning(COLUMNS).executeTakeFirstOrThrow();
}

export async function updateOrganisationRow(
  trx: Db,
  id: string,
  values: { name?: string; active?: boolean; partner_type?: string; updated_at: Date },
): Promise<void> {
  await trx.updateTable('organisations').set(values).where('id', '=', id).execute();
}

/** The kommuner the LPO covers become exactly `covers`. */
export async function replaceCoverage(trx: Db, id: string, covers: string[], replace: boolean): Promise<void> {
  if (replace) await trx.deleteFrom('organisation_coverage').where('organisation_id', '=', id).execute();
  if (covers.length) {
    await trx
      .insertInto('organisation_coverage')
      .values(covers.map((c) => ({ organisation_id: id, covered_id: c })))
      .execute();
  }
}

export function activeKommuner(db: Db) {
  return db
    .selectFrom('organisations')
    .select(['name', 'slug', 'code'])
    .where('kind', '=', 'municipality')
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}

export function organisationIdBy(db: Db, by: 'code' | 'id', ref: string) {
  return db.selectFrom('organisations').select('id').where(by, '=', ref).executeTakeFirst();
}
