/** A commitment's traffic light: a coloured lamp with an icon, and always the status in words. */
import { useI18n } from '../i18n/i18n.tsx';
import type { CommitmentStatus } from '../api/overview.ts';
import { Mark, type MarkKind } from '../ui/Mark.tsx';
import { statusWord } from '../../domain/progress/status.ts';

const ICONS: Record<CommitmentStatus, MarkKind> = {
  met: 'check',
  on_track: 'dot',
  at_risk: 'triangle',
  missed: 'cross',
  not_measurable: 'pencil',
};

export function StatusBadge({ status }: { status: CommitmentStatus }) {
  const { lang } = useI18n();
  return (
    <span className="traffic-light" data-status={status}>
      <span className="lamp" aria-hidden="true">
        <Mark kind={ICONS[status]} />
      </span>
      {statusWord(status, lang)}
    </span>
  );
}
