/**
 * The entries of a kommun's Atom feed: its published promise sets, its
 * published follow-ups and, per month, how many activities were done for
 * how many promises (numbers only: no notes, no people, no places).
 */
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import type { Cadence } from '../../domain/follow-up.ts';
import { followUpLabelSv } from '../../domain/follow-up.ts';
import { MONTH_NAMES_SV } from '../../domain/progress/labels.ts';
import { promiseTiming, type PromiseTiming } from '../../domain/promise-timing.ts';
import { kommunBy, todayOf, type PublicKommun } from './published.ts';
import { longDate } from './words.ts';

export interface FeedEntry {
  /** A stable IRI of the entry. */
  id: string;
  title: string;
  updated: Date;
  /** Path of the public page the entry is about. */
  path: string;
  summary: string;
}

export interface KommunFeed {
  kommun: PublicKommun;
  updated: Date;
  entries: FeedEntry[];
}

/** "lovar … Löftet gäller nu." in the tense of the promise's timing today. */
function setSummary(
  kommun: PublicKommun,
  n: number,
  period: { from: string; to: string | null } | null,
  timing: PromiseTiming,
): string {
  const things = `${n} ${n === 1 ? 'sak' : 'saker'}`;
  const span = period
    ? ` för ${longDate(period.from, 'sv')} – ${period.to ? longDate(period.to, 'sv') : 'tills vidare'}`
    : '';
  const who = `Polisen och ${kommun.name} kommun`;
  if (timing === 'ended') return `${who} lovade ${things}${span}. Löftet gäller inte längre.`;
  if (timing === 'coming') return `${who} lovar ${things}${span}. Löftet börjar gälla ${longDate(period!.from, 'sv')}.`;
  return `${who} lovar ${things}${span}. Löftet gäller nu.`;
}

async function setEntries(deps: Deps, kommun: PublicKommun): Promise<FeedEntry[]> {
  const rows = await sql<{
    id: string;
    title: string | null;
    status: string;
    published_at: Date | string;
    updated_at: Date | string;
    n: number;
    period_from: string | null;
    period_to: string | null;
  }>`
    select p.id, p.title, p.status, p.published_at, p.updated_at, p.period_from::text, p.period_to::text,
      (select count(*)::int from commitments c where c.promise_set_id = p.id and c.removed_at is null) as n
    from promise_sets p where p.published_at is not null and p.status in ('published', 'closed')
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${kommun.id})`.execute(
    deps.db,
  );
  const today = todayOf(deps);
  return rows.rows.map((r) => {
    const published = new Date(r.published_at);
    const updated = new Date(r.updated_at);
    const period = r.period_from ? { from: r.period_from, to: r.period_to } : null;
    const timing = promiseTiming({ period, closed: r.status === 'closed' }, today);
    return {
      id: `urn:uuid:${r.id}`,
      title: `Medborgarlöfte publicerat: ${r.title ?? 'Medborgarlöfte'}`,
      updated: updated > published ? updated : published,
      path: `/kommun/${kommun.slug}`,
      summary: setSummary(kommun, r.n, period, timing),
    };
  });
}

async function followUpEntries(deps: Deps, kommun: PublicKommun): Promise<FeedEntry[]> {
  const rows = await sql<{
    id: string;
    cadence: Cadence;
    period_from: string;
    published_at: Date | string;
    summary: string | null;
  }>`
    select f.id, f.cadence, f.period_from::text, f.published_at, f.summary
    from follow_ups f join promise_sets p on p.id = f.promise_set_id
    where f.status = 'published' and f.published_at is not null and p.published_at is not null and p.status in ('published', 'closed')
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${kommun.id})`.execute(
    deps.db,
  );
  return rows.rows.map((r) => ({
    id: `urn:uuid:${r.id}`,
    title: `Uppföljning: ${followUpLabelSv(r.cadence, r.period_from)}`,
    updated: new Date(r.published_at),
    path: `/kommun/${kommun.slug}/uppfoljning/${r.id}`,
    summary:
      r.summary ??
      `Uppföljningen av medborgarlöftet i ${kommun.name} för ${followUpLabelSv(r.cadence, r.period_from).toLowerCase()}.`,
  }));
}

/** One entry per month with activities (the six latest), counted in the kommun's published sets. */
async function activityEntries(deps: Deps, kommun: PublicKommun, base: string): Promise<FeedEntry[]> {
  const rows = await sql<{ month: string; n: number; promises: number; changed: Date | string }>`
    select to_char(a.date, 'YYYY-MM') as month, count(*)::int as n, count(distinct a.commitment_id)::int as promises,
      max(greatest(a.created_at, a.updated_at)) as changed
    from activities a join promise_sets p on p.id = a.promise_set_id
    where p.status = 'published' and p.published_at is not null
      and p.id in (select promise_set_id from promise_set_municipalities where organisation_id = ${kommun.id})
    group by 1 order by 1 desc limit 6`.execute(deps.db);
  return rows.rows.map((r) => {
    const monthName = `${MONTH_NAMES_SV[Number(r.month.slice(5, 7)) - 1]} ${r.month.slice(0, 4)}`;
    return {
      id: `${base}/kommun/${kommun.slug}/flode.atom#insatser-${r.month}`,
      title: `Gjort i ${monthName}: ${r.n} ${r.n === 1 ? 'insats' : 'insatser'}`,
      updated: new Date(r.changed),
      path: `/kommun/${kommun.slug}`,
      summary: `I ${monthName} gjordes ${r.n} ${r.n === 1 ? 'insats' : 'insatser'} för ${r.promises} av löftena i ${kommun.name}.`,
    };
  });
}

export async function kommunFeed(deps: Deps, slug: string): Promise<KommunFeed | undefined> {
  const kommun = await kommunBy(deps, { slug });
  if (!kommun || !kommun.active) return undefined;
  const base = deps.config.publicBaseUrl;
  const entries = [
    ...(await setEntries(deps, kommun)),
    ...(await followUpEntries(deps, kommun)),
    ...(await activityEntries(deps, kommun, base)),
  ].sort((a, b) => b.updated.getTime() - a.updated.getTime());
  return { kommun, entries, updated: entries[0]?.updated ?? new Date(0) };
}
