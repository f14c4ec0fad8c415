/**
 * Bulk intake (a batch or a CSV file), set-wise: every row is checked first
 * in TypeScript against its commitment (each loaded once), then the rows go
 * in with a few multi-row statements in one short transaction, the pieces
 * of each commitment are added to once per chunk, not once per row, and one
 * audit entry per kommun records the intake (its count, its commitments and,
 * for a file, the digest of the file). One activity at a time still goes
 * through log_activity() (activities.ts).
 */
import { checkWholeQuantity } from '../../domain/activity-check.ts';
import type { Target } from '../../domain/promise-document.ts';
import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import { AppError, forbidden, notFound } from '../../domain/errors.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import { writeAudit } from '../audit.ts';
import { swedishDay } from '../../domain/calendar.ts';
import { unknownOutcomes } from '../../domain/activity-limits.ts';
import { assertMayLog, assertOpenForActivities, loadCommitments, type CommitmentContext } from './commitment-access.ts';
import { checkActivity } from '../../domain/activity-check.ts';
import type { ActivityInput, ActivityView } from '../../contracts/activities.ts';
import { lockCommitments } from './pieces.ts';
import { activityPiece, ADD_TO_PIECE_ON_CONFLICT } from '../../db/sql/pieces.ts';

/** A row checked against its commitment, ready to store; `places` are area names from a file, made into areas on the fly. */
export interface CheckedRow {
  input: ActivityInput;
  places: string[];
  organisationId: string;
  municipalityId: string | null;
  promiseSetId: string;
}

/** A role that may log activities nowhere (viewer, leader) is refused once, before any row is read. */
export function assertMayLogSomewhere(actor: Actor): void {
  const reach = reachFor(actor, 'activity.write');
  if (reach !== 'all' && reach.size === 0) throw forbidden();
}

export interface RowInput {
  input: ActivityInput;
  places?: string[];
}

/**
 * Rows checked between pauses: reading and checking 100 000 rows takes the
 * process a second or more, and requests arriving meanwhile (on PostgreSQL
 * they need no lock the intake holds) are served in the pauses.
 */
export const SLICE = 2000;
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rows per statement: parameters stay a handful of arrays, and each statement is a few milliseconds on either database. */
const CHUNK = 5000;

/** May the actor log against this commitment? Decided once per commitment of the intake, as a typed error or the organisation logged for. */
async function decideCommitment(
  deps: Deps,
  actor: Actor,
  c: CommitmentContext | undefined,
): Promise<string | AppError> {
  try {
    if (!c) throw notFound('Åtagandet', 'Commitment');
    const org = await assertMayLog(deps.db, actor, c);
    assertOpenForActivities(c);
    return org;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
}

/** Known areas by id and kommun, for the rows that name area ids (the batch API). */
async function areaKommuner(db: Db, rows: RowInput[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.input.areaIds ?? []))];
  if (!ids.length) return new Map();
  const found = await db
    .selectFrom('areas')
    .select(['id', 'municipality_id'])
    .where(sql<boolean>`id = any(${ids}::uuid[])`)
    .execute();
  return new Map(found.map((a) => [a.id, a.municipality_id]));
}

/**
 * Checks every row before anything is written. Returns the checked rows,
 * or the problems by row index (the caller words them as lines or indexes).
 */
export async function checkRows(
  deps: Deps,
  actor: Actor,
  rows: RowInput[],
): Promise<{ checked: CheckedRow[]; problems: { index: number; error: AppError }[] }> {
  const today = swedishDay(deps.now());
  const commitments = await loadCommitments(
    deps.db,
    rows.map((r) => r.input.commitmentId),
  );
  const decisions = new Map<string, string | AppError>();
  for (const id of new Set(rows.map((r) => r.input.commitmentId)))
    decisions.set(id, await decideCommitment(deps, actor, commitments.get(id)));
  const areas = await areaKommuner(deps.db, rows);
  const checked: CheckedRow[] = [];
  const problems: { index: number; error: AppError }[] = [];
  for (const [index, row] of rows.entries()) {
    if (index % SLICE === SLICE - 1) await breathe();
    try {
      checkActivity(row.input, today);
      const decision = decisions.get(row.input.commitmentId)!;
      if (decision instanceof AppError) throw decision;
      const c = commitments.get(row.input.commitmentId)!;
      checkOutcomeNames(row.input, c.followUp);
      checkWholeQuantity(row.input.quantity, c.target as Target);
      if ((row.input.areaIds ?? []).some((a) => !c.municipalityIds.includes(areas.get(a) ?? ''))) {
        throw new AppError(
          'validation_failed',
          'Ett eller flera områden hör inte till medborgarlöftets kommun',
          'One or more areas do not belong to the kommun of the promise set',
        );
      }
      checked.push({
        input: row.input,
        places: row.places ?? [],
        organisationId: decision,
        municipalityId: c.municipalityIds[0] ?? null,
        promiseSetId: c.promiseSetId,
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      problems.push({ index, error: err });
    }
  }
  return { checked, problems };
}

/** Outcomes are the commitment's follow-up indicators (and part/whole for share targets); a misspelt name would be counted nowhere. */
export function checkOutcomeNames(input: ActivityInput, followUp: readonly string[]): void {
  const unknown = unknownOutcomes(input.outcomes ?? {}, followUp);
  if (unknown.length) {
    const names = unknown.map((k) => `"${k}"`).join(', ');
    const known = followUp.length ? followUp.join(', ') : '–';
    throw new AppError(
      'validation_failed',
      `Åtagandet följer inte upp ${names} (det följer upp: ${known})`,
      `The commitment does not follow up ${names} (it follows up: ${known})`,
    );
  }
}

export interface IntakeAudit {
  action: 'activity.batch' | 'activity.import';
  /** What else the entry records: for a file its digest. */
  extra: Record<string, unknown>;
}

/**
 * Stores checked rows in `trx`: activities and their areas in chunks, then
 * the commitments' version rows (their locks, see pieces.ts) and pieces,
 * then the audit entries. `places` are the area ids of each row's named
 * places (placeIds, in a transaction of their own before this one). Returns
 * the stored activities in the order given.
 */
export async function storeRows(
  trx: Db,
  actor: Actor,
  rows: CheckedRow[],
  places: string[][],
  audit: IntakeAudit,
): Promise<ActivityView[]> {
  const {
    rows: [clock],
  } = await sql<{ now: Date | string }>`select now() as now`.execute(trx);
  const createdAt = new Date(clock!.now).toISOString();
  const views = rows.map(
    (r, i): ActivityView => ({
      id: randomUUID(),
      commitmentId: r.input.commitmentId,
      promiseSetId: r.promiseSetId,
      date: r.input.date,
      time: r.input.time ?? null,
      durationMinutes: r.input.durationMinutes ?? null,
      quantity: r.input.quantity ?? 1,
      organisationId: r.organisationId,
      areaIds: [...new Set([...(r.input.areaIds ?? []), ...(places[i] ?? [])])],
      people: r.input.people ?? [],
      outcomes: r.input.outcomes ?? {},
      note: r.input.note ?? null,
      createdBy: actor.label,
      createdAt,
    }),
  );
  const order = views.map((_, i) => i).sort((a, b) => cmp(views[a]!.commitmentId, views[b]!.commitmentId) || a - b);
  const sums: PieceSum[] = [];
  for (let from = 0; from < order.length; from += CHUNK) {
    sums.push(
      ...(await insertChunk(
        trx,
        actor,
        order.slice(from, from + CHUNK).map((i) => views[i]!),
      )),
    );
  }
  await addToPieces(trx, sums);
  await writeIntakeAudit(trx, actor, rows, views, audit);
  return views;
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

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
interface PieceSum {
  c: string;
  s: string;
  p: string;
  q: string;
  part: string | null;
  whole: string | null;
  last: string;
}

/** One chunk: activities in one statement that answers their sums per piece, their areas in a second. */
async function insertChunk(trx: Db, actor: Actor, chunk: ActivityView[]): Promise<PieceSum[]> {
  const cols = [
    column(
      chunk.map((v) => v.id),
      'uuid',
      true,
    ),
    column(
      chunk.map((v) => v.commitmentId),
      'uuid',
    ),
    column(
      chunk.map((v) => v.promiseSetId),
      'uuid',
    ),
    column(
      chunk.map((v) => v.date),
      'date',
    ),
    column(
      chunk.map((v) => v.time),
      'text',
    ),
    column(
      chunk.map((v) => v.durationMinutes),
      'integer',
    ),
    column(
      chunk.map((v) => String(v.quantity)),
      'numeric',
    ),
    column(
      chunk.map((v) => v.organisationId),
      'uuid',
    ),
    column(
      chunk.map((v) => JSON.stringify(v.people)),
      'jsonb',
    ),
    column(
      chunk.map((v) => JSON.stringify(v.outcomes)),
      'jsonb',
    ),
    column(
      chunk.map((v) => v.note),
      'text',
    ),
  ];
  const sent = cols.filter((c) => c.array);
  const names = sent.map((_, i) => sql.raw(`c${i}`));
  const exprs = cols.map((c) => (c.array ? sql.raw(`x.c${sent.indexOf(c)}`) : c.expr));
  const { rows: sums } = await sql<PieceSum>`with ins as (
      insert into activities (id, commitment_id, promise_set_id, date, time, duration_minutes, quantity, organisation_id, people, outcomes, note, created_by)
      select ${sql.join(exprs)}, ${actor.label}
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
async function addToPieces(trx: Db, sums: PieceSum[]): Promise<void> {
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

/**
 * One entry per kommun, not one per row: a 100 000-row file would otherwise
 * write 100 000 entries. The entry names the count, each commitment's count,
 * the dates spanned and, up to 5000 rows (a batch), the ids; a file's digest
 * (SHA-256) ties the entry to the file that was sent.
 */
async function writeIntakeAudit(
  trx: Db,
  actor: Actor,
  rows: CheckedRow[],
  views: ActivityView[],
  audit: IntakeAudit,
): Promise<void> {
  const byKommun = new Map<string | null, number[]>();
  rows.forEach((r, i) => {
    const list = byKommun.get(r.municipalityId);
    if (list) list.push(i);
    else byKommun.set(r.municipalityId, [i]);
  });
  for (const [kommun, indexes] of [...byKommun].sort((a, b) => cmp(a[0] ?? '', b[0] ?? ''))) {
    const mine = indexes.map((i) => views[i]!);
    const perCommitment: Record<string, number> = {};
    for (const v of mine) perCommitment[v.commitmentId] = (perCommitment[v.commitmentId] ?? 0) + 1;
    const dates = mine.map((v) => v.date).sort();
    const after = {
      count: mine.length,
      commitments: perCommitment,
      from: dates[0],
      to: dates[dates.length - 1],
      ...(mine.length <= 5000 ? { ids: mine.map((v) => v.id) } : {}),
      ...audit.extra,
    };
    await writeAudit(trx, actor, {
      action: audit.action,
      entityType: 'activity',
      entityId: null,
      organisationId: kommun,
      before: null,
      after,
    });
  }
}
