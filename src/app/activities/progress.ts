import type { Deps } from '../deps.ts';
import type { Db } from '../../db/connect.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import type { Target } from '../../domain/promise-document.ts';
import { computeProgress, type ActivityInput, type CommitmentProgress } from '../../domain/progress/index.ts';
import { can } from '../../domain/access/permissions.ts';
import { notFound } from '../../domain/errors.ts';
import { buildIdentity } from '../build-stamp.ts';
import type { SetProgress } from '../../contracts/progress.ts';
import { cacheProbe as probeCache, pieceRows, progressInputs, storeProgressCache } from './queries/progress.ts';

export type { SetProgress } from '../../contracts/progress.ts';

/**
 * Activities summed into pieces no bucket boundary can cut (one ISO week ∩
 * one calendar month, or one day for `per: day` targets; see
 * activity_pieces). Finished pieces come from the table kept by pieces.ts;
 * the piece holding `at` is summed from the activities themselves, so a
 * question about any past day is exact. Outcomes named `part` and `whole`
 * feed share targets.
 */
export async function activityTotals(db: Db, setIds: string[], at: string): Promise<Map<string, ActivityInput[]>> {
  const map = new Map<string, ActivityInput[]>();
  if (!setIds.length) return map;
  const rows = await pieceRows(db, setIds, at);
  for (const r of rows) {
    const piece: ActivityInput = { date: r.last, quantity: Number(r.q) };
    if (r.part !== null) piece.part = Number(r.part);
    if (r.whole !== null) piece.whole = Number(r.whole);
    const list = map.get(r.commitment_id);
    if (list) list.push(piece);
    else map.set(r.commitment_id, [piece]);
  }
  return map;
}

export function progressOf(
  target: Target,
  period: { from: string; to: string | null } | null,
  days: ActivityInput[],
  at: string,
): CommitmentProgress {
  if (!period) {
    // Without a promise period nothing can be required; what was done still counts.
    const inRange = days.filter((d) => d.date <= at);
    return {
      status: 'not_measurable',
      doneToDate: inRange.reduce((n, d) => n + (d.quantity ?? 1), 0),
      requiredToDate: 0,
      lastActivityDate: inRange.at(-1)?.date ?? null,
      buckets: [],
    };
  }
  return computeProgress({ target, period, activities: days, at });
}

/**
 * Cache check in one query: the set's kommuner (for access), its stamp
 * (a fingerprint of the progress code, so a deploy that changes a rule
 * never serves old answers; the set's own updated_at; and its progress
 * versions, one per commitment, which every change to its activity pieces
 * bumps in the same transaction — see pieces.ts and migration 0016),
 * and the cached answer for that day, if any. The answer's text comes back
 * only when it differs from what this process already holds (`known`).
 */
function cacheProbe(db: Db, id: string, at: string, known: string | null) {
  return probeCache(db, id, at, known, buildIdentity());
}

/** Answers this process has served, by database, set and day: a hit saves sending the text from the database again. */
const held = new WeakMap<Db, Map<string, { stamp: string; body: string }>>();
const HOLD = 500;

function heldAnswers(db: Db): Map<string, { stamp: string; body: string }> {
  let map = held.get(db);
  if (!map) held.set(db, (map = new Map()));
  return map;
}

function hold(map: Map<string, { stamp: string; body: string }>, key: string, stamp: string, body: string): void {
  map.delete(key);
  if (map.size >= HOLD) map.delete(map.keys().next().value!);
  map.set(key, { stamp, body });
}

/** The progress answer as JSON text: served from the cache while nothing that counts has changed. */
export async function promiseSetProgressJson(deps: Deps, actor: Actor, id: string, at: string): Promise<string> {
  const answers = heldAnswers(deps.db);
  const key = `${id}|${at}`;
  const mine = answers.get(key) ?? null;
  const probe = await cacheProbe(deps.db, id, at, mine?.stamp ?? null);
  if (!probe || !probe.orgs.some((o) => can(actor, 'promise.read', o)))
    throw notFound('Medborgarlöftet', 'Promise set');
  if (probe.cached_stamp === probe.stamp) {
    if (mine && mine.stamp === probe.stamp) return mine.body;
    if (probe.body !== null) {
      hold(answers, key, probe.stamp, probe.body);
      return probe.body;
    }
  }
  const set = (await progressInputs(deps.db, id))!;
  const period = set.period_from ? { from: set.period_from, to: set.period_to } : null;
  const totals = await activityTotals(deps.db, [id], at);
  const commitments = set.commitments.map((c) => ({
    id: c.id,
    ...progressOf(c.target, period, totals.get(c.id) ?? [], at),
  }));
  const body = JSON.stringify({ promiseSetId: id, at, commitments } satisfies SetProgress);
  await storeProgressCache(deps.db, id, at, probe.stamp, body);
  hold(answers, key, probe.stamp, body);
  return body;
}

/** Progress of an already loaded set without an actor: for public pages of published sets. */
export async function progressOfLoadedSet(
  db: Db,
  set: {
    id: string;
    period: { from: string; to: string | null } | null;
    focusAreas: { commitments: { id?: string; target: Target }[] }[];
  },
  at: string,
): Promise<Map<string, CommitmentProgress>> {
  const totals = await activityTotals(db, [set.id], at);
  const out = new Map<string, CommitmentProgress>();
  for (const c of set.focusAreas.flatMap((a) => a.commitments)) {
    if (c.id) out.set(c.id, progressOf(c.target, set.period, totals.get(c.id) ?? [], at));
  }
  return out;
}
