/**
 * What the printed follow-up needs beyond the staff view: who signed the
 * promise set (name and title), and the activities of the period per
 * commitment with their date, places and the organisation that did them
 * (Polisen, the kommun, a partner), for "who did what" and the appendix.
 * Never a note or a person named in an activity. The public version
 * (`audience: 'public'`) leaves out the places, as the public feed does,
 * and the signatories' names: parties and titles only.
 */
import { followUpOutcomes } from '../outcomes/public.ts';
import type { OutcomeView } from '../../contracts/outcomes.ts';
import type { Db } from '../../db/connect.ts';
import type { FollowUpView } from './view.ts';
import { followUpLinkSentences, type FollowUpLinks } from '../action-plans/links.ts';
import { activityPlaceNames, periodActivities, setSignatories } from './queries.ts';

export type ActivityParty = 'polisen' | 'kommunen' | 'partner' | 'annan';

/** One activity of the period as the report lists it. */
export interface FollowUpActivityLine {
  commitmentId: string;
  date: string;
  /** Area names; empty when none was given or in the public version. */
  places: string[];
  /** The name of the organisation that logged it (the police area, the kommun, a partner); null when unknown. */
  organisation: string | null;
  party: ActivityParty;
}

/** A signatory of the promise set; `name` is null in the public version. */
export interface FollowUpSignatory {
  name: string | null;
  role: string;
  party: string | null;
}

export interface FollowUpReportExtras {
  /** The public version leaves out places and names. */
  audience: ReportAudience;
  signatories: FollowUpSignatory[];
  activityLog: FollowUpActivityLine[];
  /** The title of each review and approval (same order as the view's), where the signer signed the promise set. */
  titles: { reviews: (string | null)[]; approvals: (string | null)[] };
  /** "Problemet Narkotika besvaras av löfte 3 och åtgärd 2", per kommun's lägesbild the promises answer. */
  problemLinks: FollowUpLinks[];
  /** "Har det gjort skillnad?": the set's outcome indicators over the follow-up's period. */
  outcomes: OutcomeView[];
}

export type FollowUpReportInput = FollowUpView & Partial<FollowUpReportExtras>;

export type ReportAudience = 'internal' | 'public';

const PARTY_OF_KIND: Record<string, ActivityParty> = {
  police_area: 'polisen',
  municipality: 'kommunen',
  partner: 'partner',
};

/** The activities of the follow-up's period for its commitments, by date. */
async function activityLog(db: Db, view: FollowUpView, audience: ReportAudience): Promise<FollowUpActivityLine[]> {
  const commitments = view.items.map((i) => i.commitmentId);
  if (commitments.length === 0) return [];
  const rows = await periodActivities(db, view.promiseSetId, commitments, view.period);
  const places = new Map<string, string[]>();
  if (audience === 'internal' && rows.length > 0) {
    const named = await activityPlaceNames(
      db,
      rows.map((r) => r.id),
    );
    for (const p of named) places.set(p.activity_id, [...(places.get(p.activity_id) ?? []), p.name]);
  }
  return rows.map((r) => ({
    commitmentId: r.commitment_id,
    date: r.date,
    places: places.get(r.id) ?? [],
    organisation: r.name,
    party: (r.kind && PARTY_OF_KIND[r.kind]) || 'annan',
  }));
}

type Signed = { name: string; role: string; party: string | null };

async function promiseSignatories(db: Db, view: FollowUpView): Promise<Signed[]> {
  const list = ((await setSignatories(db, view.promiseSetId)) ?? []) as {
    name?: string;
    role?: string;
    party?: string | null;
  }[];
  return list
    .map((s) => ({ name: (s.name ?? '').trim(), role: (s.role ?? '').trim(), party: s.party ?? null }))
    .filter((s) => s.name !== '' || s.role !== '');
}

/** "Karin Lind <karin@kalix.se>" (how a signature names its user) → "karin lind". */
const nameKey = (by: string) =>
  by
    .replace(/<[^>]*>/g, '')
    .trim()
    .toLocaleLowerCase('sv');

/** A signer's title: the role under which the same person signed the promise set, for the same party. */
function titleOf(signed: Signed[], signing: { party: string; by: string }): string | null {
  const key = nameKey(signing.by);
  const match = signed.find((s) => s.role !== '' && nameKey(s.name) === key && (!s.party || s.party === signing.party));
  return match?.role ?? null;
}

/** The follow-up with what its report prints beyond the view. */
export async function followUpReportInput(
  db: Db,
  view: FollowUpView,
  audience: ReportAudience,
): Promise<FollowUpReportInput & FollowUpReportExtras> {
  const [log, signed, problemLinks, outcomes] = await Promise.all([
    activityLog(db, view, audience),
    promiseSignatories(db, view),
    followUpLinkSentences(db, view.promiseSetId, Number(view.period.to.slice(0, 4))),
    followUpOutcomes(db, view.promiseSetId, view.period),
  ]);
  return {
    ...view,
    audience,
    activityLog: log,
    signatories: signed.map((s) => ({ ...s, name: audience === 'public' || s.name === '' ? null : s.name })),
    titles: {
      reviews: view.reviews.map((r) => titleOf(signed, r)),
      approvals: view.approvals.map((a) => titleOf(signed, a)),
    },
    problemLinks,
    outcomes,
  };
}
