/**
 * Which public pages a statistics import changes: the published promise sets
 * with a crime outcome indicator (the public kommun page shows its numbers,
 * src/app/outcomes/results.ts) whose kommun, or the kommun's län or the whole
 * country (the indicator's comparison), got new or changed figures.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';

/** A kommunkod's first two digits are its län's code; "00" is Riket. */
const RIKET = '00';

/**
 * Those sets' ids: the import raises the public page version of their
 * kommuner (bumpPublicPagesOfSets, app/public/queries/versions.ts), so their
 * public pages' ETag changes; the sets themselves are not touched (staff
 * would read a moved updated_at as a change of the set).
 */
export async function setsShowingStatistics(trx: Db, codes: ReadonlySet<string>): Promise<string[]> {
  if (!codes.size) return [];
  const list = [...codes];
  let q = trx
    .selectFrom('promise_sets as p')
    .select('p.id')
    .where('p.published_at', 'is not', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('outcome_indicators as i')
          .select(sql`1`.as('one'))
          .whereRef('i.promise_set_id', '=', 'p.id')
          .where('i.kind', '=', 'crime'),
      ),
    );
  // Riket's figures are every kommun's comparison.
  if (!codes.has(RIKET)) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('promise_set_municipalities as m')
          .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
          .select(sql`1`.as('one'))
          .whereRef('m.promise_set_id', '=', 'p.id')
          .where((w) => w.or([w('o.code', 'in', list), w(sql<string>`left(o.code, 2)`, 'in', list)])),
      ),
    );
  }
  const rows = await q.orderBy('p.id').execute();
  return rows.map((r) => r.id);
}

/** The kommuner of the sets (slug, kommunkod) and the police areas (LPO) covering them: whose stored pages go. */
export async function pagesOfSets(
  db: Db,
  setIds: string[],
): Promise<{ kommuner: { slug: string | null; code: string | null }[]; lpoSlugs: (string | null)[] }> {
  if (!setIds.length) return { kommuner: [], lpoSlugs: [] };
  const kommuner = await db
    .selectFrom('promise_set_municipalities as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.slug', 'o.code'])
    .where('m.promise_set_id', 'in', setIds)
    .distinct()
    .execute();
  if (!kommuner.length) return { kommuner: [], lpoSlugs: [] };
  const lpos = await db
    .selectFrom('organisation_coverage as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .select('o.slug')
    .distinct()
    .where('o.kind', '=', 'police_area')
    .where(
      'c.covered_id',
      'in',
      kommuner.map((k) => k.id),
    )
    .execute();
  return { kommuner, lpoSlugs: lpos.map((l) => l.slug) };
}
