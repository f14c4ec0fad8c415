/** A commitment's traffic light: a coloured lamp with an icon, and always the status in words. */
import { useI18n } from '../i18n/i18n.tsx';
import type { CommitmentStatus } from '../api/overview.ts';

const ICONS: Record<CommitmentStatus, string> = {
  met: '✔', on_track: '●', at_risk: '▲', missed: '✖', not_measurable: '✎',
};

export function StatusBadge({ status }: { status: CommitmentStatus }) {
  const { t } = useI18n();
  return (
    <span className="traffic-light" data-status={status}>
      <span className="lamp" aria-hidden="true">{ICONS[status]}</span>
      {t.overview.status[status]}
    </span>
  );
}
