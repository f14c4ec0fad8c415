/**
 * The staff overview: every commitment of the promise sets in a scope
 * (a kommun, an LPO, a region, or everything the actor reaches) with its
 * progress, and the list of what needs attention.
 */
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import type { Target } from '../../domain/promise-document.ts';
import { addDays, isoWeekMonday, type CommitmentProgress } from '../../domain/progress/index.ts';
import { activityTotals, progressOf } from '../activities/progress.ts';
import { reachOf } from '../access.ts';
import type { Attention, Overview } from '../../contracts/overview.ts';

export type { Attention, OverviewCommitment, OverviewSet } from '../../contracts/overview.ts';

const WEEKS = 26;

function weekly(days: { date: string; quantity?: number }[], at: string): number[] {
  const out = new Array<number>(WEEKS).fill(0);
  // ISO weeks, so a stored piece (one week ∩ one month) never straddles two bars.
  const start = addDays(isoWeekMonday(at), -7 * (WEEKS - 1));
  for (const d of days) {
    if (d.date < start || d.date > at) continue;
    const idx = Math.floor((Date.parse(d.date) - Date.parse(start)) / (7 * 86400_000));
    out[Math.min(WEEKS - 1, idx)]! += d.quantity ?? 1;
  }
  return out;
}

async function setsInScope(deps: Deps, actor: Actor, scopeOrgId: string | null): Promise<string[]> {
  const reach = reachFor(actor, 'promise.read');
  if (reach !== 'all' && reach.size === 0) return [];
  let q = deps.db.selectFrom('promise_sets as p').select('p.id').where('p.status', 'in', ['agreed', 'published']);
  if (reach !== 'all') {
    q = q.where('p.id', 'in', (eb) =>
      eb
        .selectFrom('promise_set_municipalities')
        .select('promise_set_id')
        .where('organisation_id', 'in', [...reach]),
    );
  }
  if (scopeOrgId) {
    const scope = await reachOf(deps.db, scopeOrgId);
    if (scope !== 'all') {
      q = q.where('p.id', 'in', (eb) =>
        eb
          .selectFrom('promise_set_municipalities')
          .select('promise_set_id')
          .where('organisation_id', 'in', [...scope, scopeOrgId]),
      );
    }
  }
  return (await q.execute()).map((r) => r.id);
}

export async function overview(
  deps: Deps,
  actor: Actor,
  input: { scopeOrgId: string | null; at: string },
): Promise<Overview> {
  const ids = await setsInScope(deps, actor, input.scopeOrgId);
  if (!ids.length) return { at: input.at, sets: [], attention: [] };
  const sets = await deps.db
    .selectFrom('promise_sets')
    .select(['id', 'title', 'status', 'period_from', 'period_to'])
    .where('id', 'in', ids)
    .orderBy('title')
    .execute();
  const munis = await deps.db
    .selectFrom('promise_set_municipalities')
    .select(['promise_set_id', 'name'])
    .where('promise_set_id', 'in', ids)
    .orderBy('position')
    .execute();
  const commitments = await deps.db
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
  const totals = await activityTotals(deps.db, ids, input.at);
  const attention: Attention[] = [];
  const out = sets.map((s) => {
    const period = s.period_from ? { from: s.period_from, to: s.period_to } : null;
    const cs = commitments
      .filter((c) => c.promise_set_id === s.id)
      .map((c) => {
        const days = totals.get(c.id) ?? [];
        const target = c.target as unknown as Target;
        const p = progressOf(target, period, days, input.at);
        const current = p.buckets.find((b) => b.from <= input.at && input.at <= b.to) ?? null;
        attention.push(...attentionFor(s.id, c, p, current, input.at));
        return { id: c.id, text: c.text, focusArea: c.area, target, ...p, current, weekly: weekly(days, input.at) };
      });
    return {
      id: s.id,
      title: s.title,
      status: s.status,
      period,
      commitments: cs,
      municipalities: munis.filter((m) => m.promise_set_id === s.id).map((m) => m.name),
    };
  });
  return { at: input.at, sets: out, attention };
}

function attentionFor(
  setId: string,
  c: { id: string; text: string },
  p: CommitmentProgress,
  current: CommitmentProgress['buckets'][number] | null,
  at: string,
): Attention[] {
  const base = { promiseSetId: setId, commitmentId: c.id, text: c.text };
  if (p.status === 'missed' || p.status === 'at_risk') {
    return [
      {
        ...base,
        reason: p.status,
        bucketEnds: current?.to ?? null,
        done: current?.done ?? p.doneToDate,
        required: current?.required ?? p.requiredToDate,
      },
    ];
  }
  if (current && current.status === 'open' && current.to <= addDays(at, 30)) {
    return [
      { ...base, reason: 'bucket_closing', bucketEnds: current.to, done: current.done, required: current.required },
    ];
  }
  return [];
}
