/**
 * The statements of bulk intake (intake.ts): activities and their areas a
 * chunk at a time, answering each chunk's sums per piece, then the pieces
 * added to once per commitment. Parameters stay a handful of arrays.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/connect.ts';
import { activityPiece, ADD_TO_PIECE_ON_CONFLICT } from '../../../db/sql/pieces.ts';
import type { ActivityView } from '../../../contracts/activities.ts';
import { lockCommitments } from './pieces.ts';

/** The transaction's own clock, so every row of an intake has the same creation time. */
export async function transactionNow(trx: Db): Promise<Date | string> {
  const {
    rows: [clock],
  } = await sql<{ now: Date | string }>`select now() as now`.execute(trx);
  return clock!.now;
}

/** Known areas by id and their kommun. */
export async function areaKommunRows(db: Db, ids: string[]) {
  return db
    .selectFrom('areas')
    .select(['id', 'municipality_id'])
    .where(sql<boolean>`id = any(${ids}::uuid[])`)
    .execute();
}

/**
 * A column of a chunk for `unnest`: sent as an array, or as one value when
 * every row has the same one (a file's rows share their organisation, time,
 * duration and people), which halves what goes over the wire.
 */
function column(
  values: unknown[],
  type: string,
  always = false,
): { expr: RawBuilder<unknown>; array: RawBuilder<unknown> | null } {
  const first = values[0] ?? null;
  if (!always && values.every((v) => v === first)) return { expr: sql`${first}::${sql.raw(type)}`, array: null };
  return { expr: sql.raw(''), array: sql`${values}::${sql.raw(type)}[]` };
}

/** A chunk's sum for one piece, as text so adding them up stays exact (numeric, in the database). */
export interface PieceSum {
  c: string;
  s: string;
  p: string;
  q: string;
  part: string | null;
  whole: string | null;
  last: string;
}

/** One chunk: activities in one statement that answers their sums per piece, their areas in a second. */
export async function insertChunk(trx: Db, createdBy: string, chunk: ActivityView[]): Promise<PieceSum[]> {
  const of = (f: (v: ActivityView) => unknown) => chunk.map(f);
  const cols = [
    column(
      of((v) => v.id),
      'uuid',
      true,
    ),
    column(
      of((v) => v.commitmentId),
      'uuid',
    ),
    column(
      of((v) => v.promiseSetId),
      'uuid',
    ),
    column(
      of((v) => v.date),
      'date',
    ),
    column(
      of((v) => v.time),
      'text',
    ),
    column(
      of((v) => v.durationMinutes),
      'integer',
    ),
    column(
      of((v) => String(v.quantity)),
      'numeric',
    ),
    column(
      of((v) => v.organisationId),
      'uuid',
    ),
    column(
      of((v) => JSON.stringify(v.people)),
      'jsonb',
    ),
    column(
      of((v) => JSON.stringify(v.outcomes)),
      'jsonb',
    ),
    column(
      of((v) => v.note),
      'text',
    ),
  ];
  const sent = cols.filter((c) => c.array);
  const names = sent.map((_, i) => sql.raw(`c${i}`));
  const exprs = cols.map((c) => (c.array ? sql.raw(`x.c${sent.indexOf(c)}`) : c.expr));
  const { rows: sums } = await sql<PieceSum>`with ins as (
      insert into activities (id, commitment_id, promise_set_id, date, time, duration_minutes, quantity, organisation_id, people, outcomes, note, created_by)
      select ${sql.join(exprs)}, ${createdBy}
      from unnest(${sql.join(sent.map((c) => c.array!))}) as x(${sql.join(names)})
      returning commitment_id, date, quantity, outcomes
    )
    select i.commitment_id as c, ${activityPiece(sql`i.date`, sql`t.per`)}::text as s,
      t.promise_set_id as p, sum(i.quantity)::text as q, sum((i.outcomes->>'part')::numeric)::text as part,
      sum((i.outcomes->>'whole')::numeric)::text as whole, max(i.date)::text as last
    from ins i
    join (select c.id, c.promise_set_id, c.target->>'per' as per, p.period_from, p.period_to
          from commitments c join promise_sets p on p.id = c.promise_set_id) t on t.id = i.commitment_id
    where (t.period_from is null or i.date >= t.period_from) and (t.period_to is null or i.date <= t.period_to)
    group by 1, 2, 3`.execute(trx);
  const links = chunk.flatMap((v) => v.areaIds.map((a) => [v.id, a] as const));
  if (links.length) {
    const area = column(
      links.map((l) => l[1]),
      'uuid',
    );
    await sql`insert into activity_areas (activity_id, area_id)
      select x.a, ${area.array ? sql.raw('x.b') : area.expr}
      from unnest(${links.map((l) => l[0])}::uuid[]${area.array ? sql`, ${area.array}` : sql``}) as x(a${sql.raw(area.array ? ', b' : '')})`.execute(
      trx,
    );
  }
  return sums;
}

/**
 * The pieces last, with the commitments' locks: the version rows are bumped
 * (in commitment order, as everywhere) only now, so writers to the same
 * commitments wait for this statement and the commit, not for the whole
 * import. The same sums log_activity() adds one at a time (src/db/sql/pieces.ts).
 */
export async function addToPieces(trx: Db, sums: PieceSum[]): Promise<void> {
  const commitmentIds = [...new Set(sums.map((x) => x.c))].sort();
  if (!commitmentIds.length) return;
  await lockCommitments(trx, sql`id = any(${commitmentIds}::uuid[])`);
  const col = (f: (x: PieceSum) => string | null) => sums.map(f);
  await sql`insert into activity_pieces (commitment_id, piece_start, promise_set_id, quantity, part, whole, last_date)
    select x.c, x.s, x.p, sum(x.q), sum(x.part), sum(x.whole), max(x.last)
    from unnest(${col((x) => x.c)}::uuid[], ${col((x) => x.s)}::date[], ${col((x) => x.p)}::uuid[], ${col((x) => x.q)}::numeric[],
      ${col((x) => x.part)}::numeric[], ${col((x) => x.whole)}::numeric[], ${col((x) => x.last)}::date[]) as x(c, s, p, q, part, whole, last)
    group by 1, 2, 3 order by 1, 2
    ${ADD_TO_PIECE_ON_CONFLICT}`.execute(trx);
}
