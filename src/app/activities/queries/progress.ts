/** Queries of progress (progress.ts computes it and keeps the answers). */
import { sql } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import { activityPiece } from '../../../db/sql/pieces.ts';
import type { Target } from '../../../domain/promise-document.ts';

/**
 * Per commitment of the sets: finished pieces from activity_pieces, and the
 * piece holding `at` (one week ∩ month; per day for `per: day` targets)
 * summed from the activities themselves, oldest last date first.
 */
export async function pieceRows(db: Db, setIds: string[], at: string) {
  const current = activityPiece(at, null);
  const rows = await sql<{ commitment_id: string; last: string; q: string; part: string | null; whole: string | null }>`
    select commitment_id, last_date::text as last, quantity as q, part, whole
    from activity_pieces where promise_set_id in (${sql.join(setIds)}) and piece_start < ${current}
    union all
    select a.commitment_id, max(a.date)::text, sum(a.quantity), sum((a.outcomes->>'part')::numeric), sum((a.outcomes->>'whole')::numeric)
    from activities a join commitments c on c.id = a.commitment_id join promise_sets p on p.id = a.promise_set_id
    where a.promise_set_id in (${sql.join(setIds)}) and a.date >= ${current} and a.date <= ${at}
      and (p.period_from is null or a.date >= p.period_from) and (p.period_to is null or a.date <= p.period_to)
    group by a.commitment_id, case when c.target->>'per' = 'day' then a.date end
    order by last`.execute(db);
  return rows.rows;
}

/** Just what progress needs, in one query: the period, the kommuner (for access) and each commitment's target, in order. */
export async function progressInputs(db: Db, id: string) {
  const row = await sql<{
    period_from: string | null;
    period_to: string | null;
    orgs: string[];
    commitments: { id: string; target: Target }[];
  }>`
    select p.period_from::text, p.period_to::text,
      array(select organisation_id from promise_set_municipalities m where m.promise_set_id = p.id and organisation_id is not null) as orgs,
      coalesce((select json_agg(json_build_object('id', c.id, 'target', c.target) order by f.position, c.position)
        from commitments c join focus_areas f on f.id = c.focus_area_id
        where c.promise_set_id = p.id and c.removed_at is null), '[]') as commitments
    from promise_sets p where p.id = ${id}`.execute(db);
  return row.rows[0];
}

/**
 * The set's kommuner, the stamp of what progress counts (`build` the code's
 * identity, the set's change time, its progress versions) and the cached
 * answer for `at`: its stamp, and its body only when that differs from `known`.
 */
export async function cacheProbe(db: Db, id: string, at: string, known: string | null, build: string) {
  const row = await sql<{ orgs: string[]; stamp: string; cached_stamp: string | null; body: string | null }>`
    select array(select organisation_id from promise_set_municipalities m where m.promise_set_id = p.id and organisation_id is not null) as orgs,
      ${build} || '|' || p.updated_at::text || '|' || coalesce((select sum(v.version) from progress_versions v where v.promise_set_id = p.id), 0)::text as stamp,
      c.stamp as cached_stamp, case when c.stamp is distinct from ${known} then c.body end as body
    from promise_sets p left join progress_cache c on c.promise_set_id = p.id and c.at = ${at}::date
    where p.id = ${id}`.execute(db);
  return row.rows[0];
}

export async function storeProgressCache(db: Db, id: string, at: string, stamp: string, body: string): Promise<void> {
  await db
    .insertInto('progress_cache')
    .values({ promise_set_id: id, at, stamp, body })
    .onConflict((oc) => oc.columns(['promise_set_id', 'at']).doUpdateSet({ stamp, body, created_at: new Date() }))
    .execute();
}
