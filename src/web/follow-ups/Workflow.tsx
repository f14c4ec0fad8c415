/**
 * The steps by status: review for the police and for the kommun (draft),
 * approval by leadership (reviewed), publishing (approved). A refused
 * approval says plainly that only leadership can approve. Approval waits
 * until the period has ended (the server answers 409 period_not_ended):
 * until then the page says from which day, instead of the buttons.
 */
import { useState } from 'react';
import { useI18n, formatDateTime, type Localized } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';
import { settle } from '../api/settle.ts';
import { useSingleFlight } from '../api/single-flight.ts';
import { useFollowUpStep, type FollowUp, type Party } from '../api/follow-ups.ts';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import { apiFormErrors, type FormError } from '../ui/form-errors.ts';
import { useParties } from './parties.ts';
import { addDaysIso, todayIso } from '../ui/dates.ts';

const BOTH: readonly Party[] = ['polisen', 'kommunen'];

function stepErrors(error: unknown, step: 'review' | 'approve' | 'publish'): FormError[] {
  if (step === 'approve' && error instanceof ApiError && error.status === 403)
    return [{ message: (t) => t.followUpPage.onlyLeaders }];
  return apiFormErrors(error);
}

export function Signings({ followUp }: { followUp: FollowUp }) {
  const { t } = useI18n();
  const p = t.followUpPage;
  const text = (list: FollowUp['reviews']) =>
    list
      .map((r) => t.followUps.signedBy(r.by, t.followUps.parties[r.party] ?? r.party, formatDateTime(r.at)))
      .join(', ') || p.notYet;
  return (
    <>
      <dt>{p.reviews}</dt>
      <dd>{text(followUp.reviews)}</dd>
      <dt>{p.approvals}</dt>
      <dd>{text(followUp.approvals)}</dd>
      <dt>{p.published}</dt>
      <dd>{followUp.publishedAt ? formatDateTime(followUp.publishedAt) : p.notYet}</dd>
    </>
  );
}

export function Workflow({ followUp, onNotice }: { followUp: FollowUp; onNotice: (n: Localized) => void }) {
  const { t } = useI18n();
  const p = t.followUpPage;
  const step = useFollowUpStep(followUp.id);
  const reviewers = useParties(['coordinator', 'officer', 'admin']);
  const approvers = useParties(['leader', 'admin']);
  const [errors, setErrors] = useState<FormError[]>([]);
  const once = useSingleFlight();
  const run = (kind: 'review' | 'approve' | 'publish', party: Party | undefined, notice: Localized) => {
    setErrors([]);
    once(() =>
      settle(
        step,
        { step: kind, party },
        () => onNotice(notice),
        (error) => setErrors(stepErrors(error, kind)),
      ),
    );
  };
  const reviewParties = (reviewers.length ? reviewers : BOTH).filter(
    (x) => !followUp.reviews.some((r) => r.party === x),
  );
  const approveParties: (Party | undefined)[] =
    approvers.length > 1 ? approvers.filter((x) => !followUp.approvals.some((r) => r.party === x)) : [undefined];
  const busy = step.isPending || undefined;
  const periodRunning = followUp.status === 'reviewed' && todayIso() <= followUp.period.to;
  return (
    <section aria-labelledby="workflow-heading">
      <h2 id="workflow-heading" className="ds-heading" data-size="sm">
        {p.workflowHeading}
      </h2>
      <p>{p.workflowIntro[followUp.status]}</p>
      {periodRunning && <p>{p.approveAfterPeriod(followUp.period.to, addDaysIso(followUp.period.to, 1))}</p>}
      <ErrorSummary errors={errors} />
      <div className="button-row">
        {followUp.status === 'draft' &&
          reviewParties.map((x) => (
            <button
              key={x}
              type="button"
              className="ds-button"
              data-variant="primary"
              aria-busy={busy}
              disabled={step.isPending}
              onClick={() => run('review', x, (tt) => tt.followUpPage.reviewedNotice)}
            >
              {p.review(t.followUps.parties[x]!)}
            </button>
          ))}
        {followUp.status === 'reviewed' &&
          !periodRunning &&
          approveParties.map((x) => (
            <button
              key={x ?? 'any'}
              type="button"
              className="ds-button"
              data-variant="primary"
              aria-busy={busy}
              disabled={step.isPending}
              onClick={() => run('approve', x, (tt) => tt.followUpPage.approvedNotice)}
            >
              {x ? p.approveFor(t.followUps.parties[x]!) : p.approve}
            </button>
          ))}
        {followUp.status === 'approved' && (
          <button
            type="button"
            className="ds-button"
            data-variant="primary"
            aria-busy={busy}
            disabled={step.isPending}
            onClick={() => run('publish', undefined, (tt) => tt.followUpPage.publishedNotice)}
          >
            {p.publish}
          </button>
        )}
      </div>
    </section>
  );
}
