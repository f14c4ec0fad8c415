/**
 * The staff overview: every commitment of the promise sets in a scope
 * (a kommun, an LPO, a region, or everything the actor reaches) with its
 * progress, and the list of what needs attention.
 */
import type { Deps } from '../deps.ts';
import { reachFor, type Actor } from '../../domain/access/permissions.ts';
import type { Target } from '../../domain/promise-document.ts';
import { addDays, isoWeekMonday } from '../../domain/progress/index.ts';
import { shownFigure, type Figure } from '../../domain/progress/figure.ts';
import { activityTotals, progressOf } from '../activities/progress.ts';
import { reachOf } from '../access.ts';
import { agreedSetIds, setCommitments, setHeads, setKommunNames } from './queries.ts';
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
  const scope = scopeOrgId ? await reachOf(deps.db, scopeOrgId) : 'all';
  return agreedSetIds(deps.db, reach, scope === 'all' ? 'all' : [...scope, scopeOrgId!]);
}

export async function overview(
  deps: Deps,
  actor: Actor,
  input: { scopeOrgId: string | null; at: string },
): Promise<Overview> {
  const ids = await setsInScope(deps, actor, input.scopeOrgId);
  if (!ids.length) return { at: input.at, sets: [], attention: [] };
  const sets = await setHeads(deps.db, ids);
  const munis = await setKommunNames(deps.db, ids);
  const commitments = await setCommitments(deps.db, ids);
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
        const shown = shownFigure(target, p, input.at, period?.from ?? null);
        attention.push(...attentionFor(s.id, c, shown, input.at));
        return {
          id: c.id,
          text: c.text,
          focusArea: c.area,
          target,
          ...p,
          current,
          weekly: weekly(days, input.at),
          shown,
        };
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

/**
 * What needs attention, told with the card's own figure (progress/figure.ts),
 * so the list and the card show the same number and the same status: a
 * figure behind or missed, or a part about to end short of what it asks.
 */
function attentionFor(setId: string, c: { id: string; text: string }, shown: Figure, at: string): Attention[] {
  if (shown.required === null) return [];
  const base = {
    promiseSetId: setId,
    commitmentId: c.id,
    text: c.text,
    bucketEnds: shown.span.kind === 'part' ? shown.span.to : null,
    done: shown.done,
    required: shown.required,
    span: shown.span,
  };
  if (shown.status === 'missed' || shown.status === 'at_risk') return [{ ...base, reason: shown.status }];
  const closing = shown.span.kind === 'part' && shown.span.from <= at && shown.span.to <= addDays(at, 30);
  if (shown.status === 'on_track' && closing) return [{ ...base, reason: 'bucket_closing' }];
  return [];
}
