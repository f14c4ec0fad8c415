/** Tags for a follow-up's status and a commitment's verdict: words first, colour and icon only support them. */
import { useI18n } from '../i18n/i18n.tsx';
import type { FollowUpStatus, Verdict } from '../api/followups.ts';

const STATUS_LOOK: Record<FollowUpStatus, string> = { draft: 'draft', reviewed: 'agreed', approved: 'agreed', published: 'published' };
const VERDICT_ICON: Record<Verdict, string> = { uppfyllt: '✔', delvis_uppfyllt: '◐', ej_uppfyllt: '✖', pagar: '●' };

export function FollowUpStatusTag({ status }: { status: FollowUpStatus }) {
  const { t } = useI18n();
  return <span className="status-tag" data-status={STATUS_LOOK[status]}>{t.followUps.statuses[status]}</span>;
}

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useI18n();
  return (
    <span className="status-tag verdict-tag" data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_ICON[verdict]} </span>{t.followUpPage.verdicts[verdict]}
    </span>
  );
}
