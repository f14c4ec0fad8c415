/**
 * Published follow-ups (uppföljningar) as citizens see them: the report's
 * texts and each commitment's verdict in words. Reviewers, approvers and
 * recipients stay out; a follow-up that is not `published`, or whose promise
 * set was never published, does not exist here.
 */
import type { Deps } from '../deps.ts';
import type { Target } from '../../domain/promise-document.ts';
import { followUpLabelSv, readVerdict, type Cadence, type Verdict } from '../../domain/follow-up.ts';
import { countVerdicts, type VerdictCounts } from '../../domain/progress/status.ts';
import type { Span } from '../../domain/progress/figure.ts';
import { loadFollowUp, type FollowUpView } from '../follow-ups/view.ts';
import { followUpReportInput, type FollowUpReportInput } from '../follow-ups/report-data.ts';
import { isUuid } from './published.ts';
import { publishedFollowUpRows, setPublishState } from './queries/published.ts';
import { translationsOf } from '../translations/queries.ts';
import { NO_TRANSLATIONS, type Translations } from '../../domain/translations/index.ts';

export type { VerdictCounts };

export interface PublicFollowUpSummary {
  id: string;
  /** The promise set it follows up, so an ended promise can carry its own follow-ups. */
  promiseSetId: string;
  cadence: Cadence;
  label: string;
  labelEn: string;
  period: { from: string; to: string };
  publishedAt: string;
  counts: VerdictCounts;
  total: number;
}

export interface PublicFollowUpItem {
  commitmentId: string;
  focusArea: string;
  text: string;
  target: Target;
  done: number;
  required: number | null;
  /** What done and required count (see followUpSpan). */
  span: Span;
  verdict: Verdict;
  comment: string | null;
}

export interface PublicFollowUp extends PublicFollowUpSummary {
  promiseSetTitle: string | null;
  summary: string | null;
  citizensSaid: string | null;
  nextSteps: string | null;
  items: PublicFollowUpItem[];
  /** Staff's translations of the follow-up's own texts and of its promise set's (title, focus areas, Vad). */
  translations: { followUp: Translations; promiseSet: Translations };
}

const HALF_EN = ['First', 'Second'];

/** "First half of 2019", "Tertial 2 2019", "Quarter 3 2019", "Full year 2019". */
export function followUpLabelEn(cadence: Cadence, from: string): string {
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  switch (cadence) {
    case 'quarter':
      return `Quarter ${Math.ceil(month / 3)} ${year}`;
    case 'tertial':
      return `Tertial ${Math.ceil(month / 4)} ${year}`;
    case 'halfyear':
      return `${HALF_EN[month <= 6 ? 0 : 1]} half of ${year}`;
    case 'year':
      return `Full year ${year}`;
  }
}

/** Published follow-ups of the kommun's published promise sets, newest period first. */
export async function publishedFollowUpsFor(deps: Deps, municipalityId: string): Promise<PublicFollowUpSummary[]> {
  const rows = await publishedFollowUpRows(deps.db, municipalityId);
  return rows.map((r) => {
    const counts = countVerdicts([]);
    // Stored verdicts are read into today's vocabulary (an old `pagar` counts as i fas).
    for (const [v, n] of Object.entries(r.counts ?? {})) counts[readVerdict(v)] += n;
    return {
      id: r.id,
      promiseSetId: r.promise_set_id,
      cadence: r.cadence,
      label: followUpLabelSv(r.cadence, r.period_from),
      labelEn: followUpLabelEn(r.cadence, r.period_from),
      period: { from: r.period_from, to: r.period_to },
      publishedAt: new Date(r.published_at).toISOString().slice(0, 10),
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
    };
  });
}

/** The staff view of a follow-up, if it is published, belongs to this kommun and its promise set was published. */
async function loadPublished(deps: Deps, municipalityId: string, id: string): Promise<FollowUpView | undefined> {
  if (!isUuid(id)) return undefined;
  const f = await loadFollowUp(deps.db, id);
  if (!f || f.status !== 'published' || !f.publishedAt || !f.municipalityIds.includes(municipalityId)) return undefined;
  const set = await setPublishState(deps.db, f.promiseSetId);
  return set?.published_at && ['published', 'closed'].includes(set.status) ? f : undefined;
}

const PARTY_NAME: Record<string, string> = { polisen: 'Polisen', kommunen: 'Kommunen' };

/**
 * The follow-up as the report renderers take it, for the public PDF: who
 * reviewed and approved is told by party (Polisen, Kommunen) and title, not
 * by name, the signatories of the promise by title and party, the
 * activities in the appendix by date and organisation (no places, notes or
 * people), and the mail recipients are left out.
 */
export async function publishedFollowUpReport(
  deps: Deps,
  municipalityId: string,
  id: string,
): Promise<FollowUpReportInput | undefined> {
  const f = await loadPublished(deps, municipalityId, id);
  if (!f) return undefined;
  // Titles are matched by name before the names are replaced; places and signatories' names stay out.
  const report = await followUpReportInput(deps.db, f, 'public');
  const byParty = (r: { party: string; by: string; at: string }) => ({ ...r, by: PARTY_NAME[r.party] ?? r.party });
  return { ...report, recipients: [], reviews: f.reviews.map(byParty), approvals: f.approvals.map(byParty) };
}

/** One published follow-up of this kommun, or undefined. */
export async function publishedFollowUp(
  deps: Deps,
  municipalityId: string,
  id: string,
): Promise<PublicFollowUp | undefined> {
  const f = await loadPublished(deps, municipalityId, id);
  if (!f?.publishedAt) return undefined;
  const counts = countVerdicts(f.items.map((i) => i.verdict));
  const [own, set] = await Promise.all([
    translationsOf(deps.db, 'follow_up', [f.id]),
    translationsOf(deps.db, 'promise_set', [f.promiseSetId]),
  ]);
  return {
    translations: {
      followUp: own.get(f.id) ?? NO_TRANSLATIONS,
      promiseSet: set.get(f.promiseSetId) ?? NO_TRANSLATIONS,
    },
    id: f.id,
    promiseSetId: f.promiseSetId,
    cadence: f.cadence,
    label: f.label,
    labelEn: followUpLabelEn(f.cadence, f.period.from),
    period: f.period,
    publishedAt: f.publishedAt.slice(0, 10),
    counts,
    total: f.items.length,
    promiseSetTitle: f.promiseSetTitle,
    summary: f.summary,
    citizensSaid: f.citizensSaid,
    nextSteps: f.nextSteps,
    items: f.items.map((i) => ({
      commitmentId: i.commitmentId,
      focusArea: i.focusArea,
      text: i.text,
      target: i.target,
      done: i.done,
      required: i.required,
      span: i.span,
      verdict: i.verdict,
      comment: i.comment,
    })),
  };
}
