/**
 * Activities over a promise's period up to a day, logged through the batch
 * use case by the party that answers for each commitment. Most commitments
 * keep pace with what each part of the period asks (met where a part has
 * ended, on track in the running one, now and then a little more); one is
 * behind, so the follow-ups and the public page show all three outcomes.
 */
import type { Deps } from '../deps.ts';
import type { Actor } from '../../domain/access/permissions.ts';
import { addDays, periodBuckets, requiredFor } from '../../domain/progress/index.ts';
import type { PromiseSetDocument } from '../../domain/promise-set.ts';
import { logActivities, type ActivityInput } from '../activities/activities.ts';
import { at } from './clock.ts';

type Commitment = PromiseSetDocument['focusAreas'][number]['commitments'][number];

/** Quantity per activity: hours are logged a few at a time, counted things one by one. */
function stepOf(required: number): number {
  return required > 40 ? Math.ceil(required / 30) : 1;
}

/** How much of one part is done: everything it asks, less when behind, at pace in the part still running. */
function amountFor(required: number, span: { from: string; to: string }, upTo: string, share: number): number {
  if (span.to <= upTo) return share < 1 ? Math.floor(required * share) : Math.round(required * share);
  const days = Math.round((Date.parse(span.to) - Date.parse(span.from)) / 86_400_000) + 1;
  const passed = Math.round((Date.parse(upTo) - Date.parse(span.from)) / 86_400_000) + 1;
  return Math.min(required, Math.ceil((required * passed * Math.min(share, 1)) / days));
}

function spread(c: Commitment, span: { from: string; to: string }, amount: number, upTo: string): ActivityInput[] {
  const last = span.to < upTo ? span.to : upTo;
  const days = Math.round((Date.parse(last) - Date.parse(span.from)) / 86_400_000) + 1;
  const step = stepOf(amount);
  const n = Math.ceil(amount / step);
  const out: ActivityInput[] = [];
  for (let k = 0; k < n; k++) {
    const date = addDays(span.from, Math.floor(((k + 0.5) * days) / n));
    const quantity = Math.min(step, amount - k * step);
    if (date <= last && quantity > 0) out.push({ commitmentId: c.id!, date, quantity });
  }
  return out;
}

/** A commitment without a countable target ("löpande"): something done about once a month. */
function ongoing(c: Commitment, period: { from: string; to: string }, upTo: string): ActivityInput[] {
  const out: ActivityInput[] = [];
  for (let d = addDays(period.from, 12); d <= upTo && d <= period.to; d = addDays(d, 30))
    out.push({ commitmentId: c.id!, date: d, quantity: 1 });
  return out;
}

/** The activities of a set up to `upTo`; the commitment at `behind` falls short in every other part. */
export function plannedActivities(set: PromiseSetDocument, upTo: string, behind: number): ActivityInput[] {
  const period = set.period as { from: string; to: string };
  const out: ActivityInput[] = [];
  set.focusAreas
    .flatMap((a) => a.commitments)
    .forEach((c, i) => {
      const t = c.target;
      if (t.kind !== 'count' || t.per === 'shift') {
        out.push(...ongoing(c, period, upTo));
        return;
      }
      const share = i % 4 === 1 ? 1.2 : 1;
      for (const [j, b] of periodBuckets(period, t.per, t.every, upTo).entries()) {
        if (b.from > upTo) break;
        const required = requiredFor(t.count, b.daysInside, b.daysOfBucket);
        // Behind: every other part gets about half done, so parts are missed however small the count.
        const partShare = i === behind && j % 2 === 1 ? 0.5 : share;
        out.push(...spread(c, b, amountFor(required, b, upTo, partShare), upTo));
      }
    });
  return out;
}

/** Parts of the period from short to long: a short part that has ended shows a shortfall soonest. */
const PART_ORDER = ['month', 'quarter', 'tertial', 'halfyear', 'term', 'week', 'year', 'period'];

/** The index of the commitment to leave behind: the countable one judged in the shortest parts (not "i snitt"). */
export function behindIndex(set: PromiseSetDocument): number {
  const rank = (c: Commitment) =>
    c.target.kind === 'count' && !c.target.average && PART_ORDER.includes(c.target.per ?? 'period')
      ? PART_ORDER.indexOf(c.target.per ?? 'period')
      : Number.POSITIVE_INFINITY;
  const all = set.focusAreas.flatMap((a) => a.commitments);
  const best = Math.min(...all.map(rank));
  return Number.isFinite(best) ? all.findIndex((c) => rank(c) === best) : -1;
}

/** Logs the set's activities in batches, each by the party responsible (police first when both are). */
export async function logDemoActivities(
  deps: Deps,
  set: PromiseSetDocument,
  upTo: string,
  loggers: { police: Actor; kommun: Actor },
): Promise<number> {
  const byId = new Map(set.focusAreas.flatMap((a) => a.commitments).map((c) => [c.id!, c]));
  const planned = plannedActivities(set, upTo, behindIndex(set));
  const police = planned.filter((a) => byId.get(a.commitmentId)!.responsible.includes('polisen'));
  const kommun = planned.filter((a) => !byId.get(a.commitmentId)!.responsible.includes('polisen'));
  const clock = at(deps, upTo);
  for (const [actor, rows] of [
    [loggers.police, police],
    [loggers.kommun, kommun],
  ] as const) {
    for (let i = 0; i < rows.length; i += 500) await logActivities(clock, actor, rows.slice(i, i + 500));
  }
  return planned.length;
}
