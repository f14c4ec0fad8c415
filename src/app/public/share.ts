/**
 * Something to share: a suggested social-media text and the words of an
 * image card, for a published follow-up or a performed activity. An
 * activity is told by its date, amount and promise only: never its notes,
 * the people in it, who logged it or where exactly.
 */
import type { Deps } from '../deps.ts';
import { activityTotals, progressOf } from '../activities/progress.ts';
import { publishedFollowUp } from './follow-ups.ts';
import { isUuid, kommunBy, todayOf, type PublicKommun } from './published.ts';
import { longDate, progressLine, type Lang } from './words.ts';
import { formatAmount } from '../../domain/reader-text.ts';
import { followUpHeadline } from '../../domain/progress/status.ts';
import { sharedActivity } from './queries/published.ts';

export interface ShareCard {
  kommunName: string;
  /** The period or day, e.g. "Första halvåret 2019". */
  when: string;
  /** The big line, e.g. "3 uppfyllda, 4 i fas, 1 ligger efter" (followUpHeadline). */
  headline: string;
  detail: string | null;
}

export interface Share {
  kommun: PublicKommun;
  /** Path of the page the share links to. */
  path: string;
  text: string;
  card: ShareCard;
}

const truncate = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);
/** A sentence quoted inside another loses its own full stop. */
const quoted = (s: string, n: number) => truncate(s.trim().replace(/[.!]+$/, ''), n);

export async function followUpShare(deps: Deps, slug: string, id: string, locale: Lang): Promise<Share | undefined> {
  const kommun = await kommunBy(deps, { slug });
  const f = kommun?.active ? await publishedFollowUp(deps, kommun.id, id) : undefined;
  if (!kommun || !f) return undefined;
  const path = `/kommun/${kommun.slug}/uppfoljning/${f.id}`;
  const url = `${deps.config.publicBaseUrl}${path}`;
  const sv = locale === 'sv';
  // The same headline as the follow-up page, the reports and the e-mail.
  const headline = followUpHeadline(f.counts, locale);
  const detail = sv
    ? `${f.total} ${f.total === 1 ? 'löfte' : 'löften'}`
    : `${f.total} ${f.total === 1 ? 'promise' : 'promises'}`;
  const label = sv ? f.label : f.labelEn;
  const text = sv
    ? `Så gick det med medborgarlöftet i ${kommun.name} ${f.label.toLowerCase()}: ${headline.toLowerCase()}. Läs uppföljningen: ${url}`
    : `How the citizen promise in ${kommun.name} went, ${f.labelEn.toLowerCase()}: ${headline}. Read the follow-up: ${url}`;
  return { kommun, path, text, card: { kommunName: kommun.name, when: label, headline, detail } };
}

export async function activityShare(deps: Deps, slug: string, id: string, locale: Lang): Promise<Share | undefined> {
  const kommun = await kommunBy(deps, { slug });
  if (!kommun?.active || !isUuid(id)) return undefined;
  const at = todayOf(deps);
  const a = await sharedActivity(deps.db, kommun.id, id, at);
  if (!a) return undefined;
  const period = a.period_from ? { from: a.period_from, to: a.period_to } : null;
  const totals = await activityTotals(deps.db, [a.promise_set_id], at);
  const progress = progressOf(a.target, period, totals.get(a.commitment_id) ?? [], at);
  const sv = locale === 'sv';
  const line = progressLine(a.target, progress, at, locale, a.period_from);
  const quantity = formatAmount(Number(a.quantity), a.target.kind === 'none' ? null : a.target.unit, locale);
  const did = sv
    ? `Den ${longDate(a.date, 'sv')} gjorde vi ${quantity === '1' ? 'en insats' : `${quantity} insatser`} för löftet ”${quoted(a.text, 160)}”.`
    : `On ${longDate(a.date, 'en')} we did ${quantity === '1' ? 'one activity' : `${quantity} activities`} for the promise “${quoted(a.text, 160)}”.`;
  const path = `/kommun/${kommun.slug}`;
  const text = `${did} ${sv ? `Hittills: ${line}.` : `So far: ${line}.`} ${deps.config.publicBaseUrl}${path}`;
  return {
    kommun,
    path,
    text,
    card: { kommunName: kommun.name, when: longDate(a.date, locale), headline: line, detail: truncate(a.text, 110) },
  };
}
