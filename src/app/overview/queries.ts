/**
 * Every query of the staff overview, in one place for review. The use case
 * (overview.ts) decides the reach; these read what it may show.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';

/**
 * Agreed and published promise sets; `reach` (kommuner the actor reads, or
 * 'all') and `scope` (kommuner of the chosen organisation, or 'all') narrow them.
 */
export async function agreedSetIds(
  db: Db,
  reach: ReadonlySet<string> | 'all',
  scope: readonly string[] | 'all',
): Promise<string[]> {
  let q = db.selectFrom('promise_sets as p').select('p.id').where('p.status', 'in', ['agreed', 'published']);
  for (const orgs of [reach, scope]) {
    if (orgs === 'all') continue;
    q = q.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('promise_set_municipalities')
        .select('promise_set_id')
        .where('organisation_id', 'in', [...orgs]),
    );
  }
  return (await q.execute()).map((r) => r.id);
}

export function setHeads(db: Db, ids: string[]) {
  return db
    .selectFrom('promise_sets')
    .select(['id', 'title', 'status', 'period_from', 'period_to'])
    .where('id', 'in', ids)
    .orderBy('title')
    .execute();
}

export function setKommunNames(db: Db, ids: string[]) {
  return db
    .selectFrom('promise_set_municipalities')
    .select(['promise_set_id', 'name'])
    .where('promise_set_id', 'in', ids)
    .orderBy('position')
    .execute();
}

/** The sets' commitments (not removed) in document order, with their focus area's title. */
export function setCommitments(db: Db, ids: string[]) {
  return db
    .selectFrom('commitments as c')
    .innerJoin('focus_areas as f', 'f.id', 'c.focus_area_id')
    .select([
      'c.id',
      'c.promise_set_id',
      'c.text',
      'c.target',
      'f.title as area',
      sql<number>`f.position * 1000 + c.position`.as('pos'),
    ])
    .where('c.promise_set_id', 'in', ids)
    .where('c.removed_at', 'is', null)
    .orderBy('pos')
    .execute();
}
