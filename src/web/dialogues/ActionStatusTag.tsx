/** A finding's action as a tag: an icon and the status in words; colour only supports them. */
import { useI18n } from '../i18n/i18n.tsx';
import type { ActionStatus } from '../api/dialogues.ts';
import { Mark, type MarkKind } from '../ui/Mark.tsx';

const ICONS: Record<ActionStatus, MarkKind> = { no_action: 'dash', open: 'dot', overdue: 'triangle', done: 'check' };

export function ActionStatusTag({ status, daysOverdue }: { status: ActionStatus; daysOverdue?: number }) {
  const { t } = useI18n();
  return (
    <span className="status-tag action-tag" data-status={status}>
      <Mark kind={ICONS[status]} />{' '}
      {status === 'overdue' && daysOverdue ? t.findings.overdueDays(daysOverdue) : t.findings.status[status]}
    </span>
  );
}
