/**
 * The entries of a kommun's Atom feed: its published promise sets, its
 * published follow-ups and, per month, how many activities were done for
 * how many promises (numbers only: no notes, no people, no places).
 */
import type { Deps } from '../deps.ts';
import { followUpLabelSv } from '../../domain/follow-up.ts';
import { MONTH_NAMES_SV } from '../../domain/progress/labels.ts';
import { promiseTiming, type PromiseTiming } from '../../domain/promise-timing.ts';
import { kommunBy, todayOf, type PublicKommun } from './published.ts';
import { longDate } from './words.ts';
import { activityMonths, feedFollowUpRows, feedSetRows } from './queries/published.ts';

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
  const rows = await feedSetRows(deps.db, kommun.id);
  const today = todayOf(deps);
  return rows.map((r) => {
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
  const rows = await feedFollowUpRows(deps.db, kommun.id);
  return rows.map((r) => ({
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
  const rows = await activityMonths(deps.db, kommun.id);
  return rows.map((r) => {
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
