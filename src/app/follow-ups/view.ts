import type { Db } from '../../db/connect.ts';
import type { Target } from '../../domain/promise-document.ts';
import { followUpLabelSv, followUpSpan, readVerdict, type Cadence } from '../../domain/follow-up.ts';
import type { FollowUpView } from '../../contracts/follow-ups.ts';
import { followUpItems, followUpWithSet, setMunicipalities } from './queries.ts';

export type { FollowUpItemView, FollowUpView } from '../../contracts/follow-ups.ts';

export async function loadFollowUp(
  db: Db,
  id: string,
): Promise<(FollowUpView & { municipalityIds: string[] }) | undefined> {
  const f = await followUpWithSet(db, id);
  if (!f) return undefined;
  const munis = await setMunicipalities(db, f.promise_set_id);
  const items = await followUpItems(db, id);
  const setPeriod = f.set_from ? { from: f.set_from, to: f.set_to } : null;
  const window = { from: f.period_from, to: f.period_to };
  return {
    id: f.id,
    promiseSetId: f.promise_set_id,
    promiseSetTitle: f.set_title,
    municipalities: munis.map((m) => m.name),
    municipalityIds: munis.map((m) => m.organisation_id).filter((x): x is string => !!x),
    cadence: f.cadence as Cadence,
    label: followUpLabelSv(f.cadence as Cadence, f.period_from),
    period: { from: f.period_from, to: f.period_to },
    status: f.status as FollowUpView['status'],
    summary: f.summary,
    citizensSaid: f.citizens_said,
    nextSteps: f.next_steps,
    dueDate: f.due_date,
    recipients: f.recipients,
    reviews: f.reviews,
    approvals: f.approvals,
    publishedAt: f.published_at?.toISOString() ?? null,
    items: items.map((i) => ({
      commitmentId: i.commitment_id,
      text: i.text,
      focusArea: i.title,
      target: i.target as unknown as Target,
      done: Number(i.done),
      required: i.required === null ? null : Number(i.required),
      span: followUpSpan(i.target as unknown as Target, setPeriod, f.cadence as Cadence, window),
      activities: i.activities,
      proposed: readVerdict(i.proposed),
      verdict: readVerdict(i.verdict ?? i.proposed),
      confirmed: i.verdict !== null,
      comment: i.comment,
    })),
  };
}
