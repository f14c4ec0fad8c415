/**
 * Keeps activity_pieces (see migration 0004) equal to the activities they
 * sum. Each refresh recomputes the touched pieces from the activities
 * themselves, in the same transaction as the change, so the sums never drift,
 * and first bumps the commitment's progress_versions row (migrations 0012,
 * 0016), which is also its lock; a rebuild bumps every commitment's row and
 * the one standing for the whole set.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import { activityPiece } from '../../../db/sql/pieces.ts';

/**
 * Bumps the progress version of the commitments `where` selects, in id
 * order, before their pieces are touched: the version row is each
 * commitment's lock (migration 0016), always taken first and in the same
 * order, so writers of pieces never deadlock.
 */
export async function lockCommitments(db: Db, where: RawBuilder<unknown>): Promise<void> {
  await sql`insert into progress_versions (promise_set_id, commitment_id)
    select promise_set_id, id from commitments where ${where} order by id
    on conflict (promise_set_id, commitment_id) do update set version = progress_versions.version + 1`.execute(db);
}

/** Recomputes the pieces of one commitment that hold the given dates. */
export async function refreshPieces(db: Db, commitmentId: string, dates: string[]): Promise<void> {
  if (!dates.length) return;
  await lockCommitments(db, sql`id = ${commitmentId}`);
  await sql`
    with c as (
      select c.id, c.promise_set_id, c.target->>'per' as per, p.period_from, p.period_to
      from commitments c join promise_sets p on p.id = c.promise_set_id where c.id = ${commitmentId}
    ), starts as (
      select distinct ${activityPiece(sql`d`, sql`c.per`)} as s from c, unnest(${dates}::date[]) d
    ), agg as (
      select a.commitment_id, ${activityPiece(sql`a.date`, sql`c.per`)} as piece_start, a.promise_set_id,
        sum(a.quantity) as quantity, sum((a.outcomes->>'part')::numeric) as part, sum((a.outcomes->>'whole')::numeric) as whole,
        max(a.date) as last_date
      from activities a, c
      where a.commitment_id = c.id and ${activityPiece(sql`a.date`, sql`c.per`)} in (select s from starts)
        and (c.period_from is null or a.date >= c.period_from) and (c.period_to is null or a.date <= c.period_to)
      group by 1, 2, 3
    ), gone as (
      delete from activity_pieces ap where ap.commitment_id = ${commitmentId}
        and ap.piece_start in (select s from starts) and ap.piece_start not in (select piece_start from agg)
    )
    insert into activity_pieces (commitment_id, piece_start, promise_set_id, quantity, part, whole, last_date)
    select * from agg
    on conflict (commitment_id, piece_start) do update set quantity = excluded.quantity, part = excluded.part,
      whole = excluded.whole, last_date = excluded.last_date, updated_at = clock_timestamp()`.execute(db);
}

/** Rebuilds every piece of a promise set (after its period or its targets change), or of all sets when `setId` is null. */
export async function rebuildPieces(db: Db, setId: string | null): Promise<void> {
  const which = setId ? sql`a.promise_set_id = ${setId}` : sql`true`;
  await lockCommitments(db, setId ? sql`promise_set_id = ${setId}` : sql`true`);
  await (setId
    ? sql`delete from activity_pieces where promise_set_id = ${setId}`
    : sql`delete from activity_pieces`
  ).execute(db);
  await sql`insert into progress_versions (promise_set_id) select id from promise_sets where ${setId ? sql`id = ${setId}` : sql`true`}
    on conflict (promise_set_id, commitment_id) do update set version = progress_versions.version + 1`.execute(db);
  await sql`
    insert into activity_pieces (commitment_id, piece_start, promise_set_id, quantity, part, whole, last_date)
    select a.commitment_id, ${activityPiece(sql`a.date`, sql`c.target->>'per'`)}, a.promise_set_id, sum(a.quantity),
      sum((a.outcomes->>'part')::numeric), sum((a.outcomes->>'whole')::numeric), max(a.date)
    from activities a join commitments c on c.id = a.commitment_id join promise_sets p on p.id = a.promise_set_id
    where ${which}
      and (p.period_from is null or a.date >= p.period_from) and (p.period_to is null or a.date <= p.period_to)
    group by 1, 2, 3`.execute(db);
}
