/** One commitment in the overview: traffic light, target, progress in words and as a bar, weekly sparkline, drill-down. */
import { useState } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import type { OverviewCommitment } from '../api/overview.ts';
import { targetText } from '../promises/target-text.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { Sparkline } from './charts/Sparkline.tsx';
import { CommitmentDetail } from './CommitmentDetail.tsx';
import { progressRatio, progressText } from './progress-text.ts';
import { useWaitingEntries } from '../offline/waiting.ts';
import { withWaiting } from './waiting-progress.ts';
import { formatNumber } from '../../domain/reader-text.ts';

/** The figure with what waits on this phone counted in, and said to be not yet sent (issue 16). */
function Progress({ c: sent }: { c: OverviewCommitment }) {
  const { t, lang } = useI18n();
  const { figure, waiting } = withWaiting(sent.shown, useWaitingEntries().data, sent.id);
  const c = { ...sent, shown: figure };
  const ratio = progressRatio(c);
  return (
    <div className="progress">
      <p className="progress-text">
        {progressText(c, lang)}
        {waiting > 0 && (
          <span className="progress-waiting"> {t.overview.waitingIncluded(formatNumber(waiting, lang))}</span>
        )}
      </p>
      {ratio !== null && (
        <div className="progress-bar" aria-hidden="true" data-status={c.shown.status}>
          <span style={{ width: `${Math.round(ratio * 100)}%` }} />
        </div>
      )}
    </div>
  );
}

export function CommitmentCard({ c }: { c: OverviewCommitment }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const detailId = `detail-${c.id}`;
  return (
    <li className="commitment-card" id={`c-${c.id}`} tabIndex={-1} data-status={c.shown.status}>
      <p className="muted small">{c.focusArea}</p>
      <h3 id={`h-${c.id}`} className="ds-heading card-text" data-size="2xs">
        {c.text}
      </h3>
      <div className="card-row">
        <StatusBadge status={c.shown.status} />
        <span className="muted">{t.activities.sheetTarget(targetText(c.target, t))}</span>
      </div>
      <Progress c={c} />
      <Sparkline weekly={c.weekly} />
      <p className="muted small">
        {c.lastActivityDate ? t.overview.lastActivity(c.lastActivityDate) : t.overview.noActivity}
      </p>
      <button
        type="button"
        className="ds-button"
        data-variant="secondary"
        aria-expanded={open}
        aria-controls={detailId}
        aria-describedby={`h-${c.id}`}
        onClick={() => setOpen(!open)}
      >
        {t.overview.showDetails}
      </button>
      <div id={detailId}>{open && <CommitmentDetail c={c} />}</div>
    </li>
  );
}
