/** Tags for a follow-up's status and a commitment's verdict: words first, colour and icon only support them. */
import { useI18n } from '../i18n/i18n.tsx';
import type { FollowUpStatus, Verdict } from '../api/follow-ups.ts';
import { Mark, type MarkKind } from '../ui/Mark.tsx';

const STATUS_LOOK: Record<FollowUpStatus, string> = {
  draft: 'draft',
  reviewed: 'agreed',
  approved: 'agreed',
  published: 'published',
};
const VERDICT_ICON: Record<Verdict, MarkKind> = {
  uppfyllt: 'check',
  delvis_uppfyllt: 'half',
  ej_uppfyllt: 'cross',
  i_fas: 'dot',
  ligger_efter: 'triangle',
  foljs_upp_i_text: 'pencil',
};

export function FollowUpStatusTag({ status }: { status: FollowUpStatus }) {
  const { t } = useI18n();
  return (
    <span className="status-tag" data-status={STATUS_LOOK[status]}>
      {t.followUps.statuses[status]}
    </span>
  );
}

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  const { t } = useI18n();
  return (
    <span className="status-tag verdict-tag" data-verdict={verdict}>
      <Mark kind={VERDICT_ICON[verdict]} /> {t.followUpPage.verdicts[verdict]}
    </span>
  );
}
