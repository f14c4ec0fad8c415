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
import { addToPieces, areaKommunRows, insertChunk, transactionNow, type PieceSum } from './queries/intake.ts';

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
  const found = await areaKommunRows(db, ids);
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
  const createdAt = new Date(await transactionNow(trx)).toISOString();
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
        actor.label,
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
