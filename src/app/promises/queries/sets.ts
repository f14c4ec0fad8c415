/** Queries of promise sets' lifecycle, versions and lists (promise-sets.ts and versions.ts hold the rules). */
import type { Db } from '../../../db/connect.ts';
import type { PromiseStatus } from '../../../domain/promise-set.ts';
import type { PromiseSetQuery, StoredPromiseSet } from '../../../contracts/promises.ts';

export function organisationIdByCode(db: Db, code: string) {
  return db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow();
}

/** The organisations of the kommuner a set covers (a kommun not yet an organisation has none). */
export async function setOrganisationIds(db: Db, setId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('promise_set_municipalities')
    .select('organisation_id')
    .where('promise_set_id', '=', setId)
    .execute();
  return rows.map((r) => r.organisation_id).filter((x): x is string => !!x);
}

/** Stores the set as it is now under its version (again, when the version did not change). */
export async function upsertVersionSnapshot(
  trx: Db,
  doc: StoredPromiseSet,
  reason: string | null,
  createdBy: string,
): Promise<void> {
  await trx
    .insertInto('promise_set_versions')
    .values({
      promise_set_id: doc.id,
      version: doc.version,
      status: doc.status,
      document: JSON.stringify(doc),
      reason,
      created_by: createdBy,
    })
    .onConflict((oc) =>
      oc.columns(['promise_set_id', 'version']).doUpdateSet({
        document: JSON.stringify(doc),
        status: doc.status,
        reason,
        created_by: createdBy,
      }),
    )
    .execute();
}

export function insertDraftSet(trx: Db) {
  return trx
    .insertInto('promise_sets')
    .values({ status: 'draft', version: 1, signatories: '[]', sections: '{}', warnings: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function setVersionNumber(trx: Db, id: string, version: number): Promise<void> {
  await trx.updateTable('promise_sets').set({ version }).where('id', '=', id).execute();
}

/** The set's status and version, its row locked until the transaction ends. */
export async function lockSetRow(trx: Db, id: string): Promise<{ status: PromiseStatus; version: number }> {
  const row = await trx
    .selectFrom('promise_sets')
    .select(['status', 'version'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return { status: row.status as PromiseStatus, version: row.version };
}

/** Moves the set to `to` only from one of the states `from`; undefined when it was in none of them. */
export function moveSetStatus(
  trx: Db,
  id: string,
  from: PromiseStatus[],
  to: PromiseStatus,
  at: Date,
  extra: { signatories?: string; signed_at?: string; published_at?: Date },
) {
  return trx
    .updateTable('promise_sets')
    .set({ status: to, updated_at: at, ...extra })
    .where('id', '=', id)
    .where('status', 'in', from)
    .returning('id')
    .executeTakeFirst();
}

/**
 * Sets covering the organisations in reach ('all' for every one), filtered,
 * newest change first; then by id, so sets changed at the same moment keep one order.
 */
export function setRows(db: Db, reach: ReadonlySet<string> | 'all', filter: PromiseSetQuery) {
  let q = db.selectFrom('promise_sets as p').selectAll('p').orderBy('p.updated_at', 'desc').orderBy('p.id');
  if (reach !== 'all') {
    q = q.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('promise_set_municipalities')
        .select('promise_set_id')
        .where('organisation_id', 'in', [...reach]),
    );
  }
  if (filter.kommun) {
    q = q.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('promise_set_municipalities as m')
        .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
        .select('m.promise_set_id')
        .where('o.code', '=', filter.kommun!),
    );
  }
  if (filter.status) q = q.where('p.status', '=', filter.status);
  return q.execute();
}

/** The kommuner (name and kommunkod) of the sets, in document order. */
export function setKommuner(db: Db, ids: string[]) {
  return db
    .selectFrom('promise_set_municipalities as m')
    .leftJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['m.promise_set_id', 'm.name', 'o.code'])
    .where('m.promise_set_id', 'in', ids)
    .orderBy('m.position')
    .execute();
}

/** How many commitments (not removed) each set has. */
export function commitmentCounts(db: Db, ids: string[]) {
  return db
    .selectFrom('commitments')
    .select(['promise_set_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('promise_set_id', 'in', ids)
    .where('removed_at', 'is', null)
    .groupBy('promise_set_id')
    .execute();
}

export function versionRows(db: Db, setId: string) {
  return db
    .selectFrom('promise_set_versions')
    .select(['version', 'status', 'reason', 'created_by', 'created_at'])
    .where('promise_set_id', '=', setId)
    .orderBy('version')
    .execute();
}

export function versionDocument(db: Db, setId: string, version: number) {
  return db
    .selectFrom('promise_set_versions')
    .select('document')
    .where('promise_set_id', '=', setId)
    .where('version', '=', version)
    .executeTakeFirst();
}
