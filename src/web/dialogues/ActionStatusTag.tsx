/** A finding's action as a tag: an icon and the status in words; colour only supports them. */
import { useI18n } from '../i18n/i18n.tsx';
import type { ActionStatus } from '../api/dialogues.ts';

const ICONS: Record<ActionStatus, string> = { no_action: '–', open: '●', overdue: '▲', done: '✔' };

export function ActionStatusTag({ status, daysOverdue }: { status: ActionStatus; daysOverdue?: number }) {
  const { t } = useI18n();
  return (
    <span className="status-tag action-tag" data-status={status}>
      <span aria-hidden="true">{ICONS[status]} </span>
      {status === 'overdue' && daysOverdue ? t.findings.overdueDays(daysOverdue) : t.findings.status[status]}
    </span>
  );
}
