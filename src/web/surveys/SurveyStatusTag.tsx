/** A survey's status as a tag: the word carries the meaning. */
import { useI18n } from '../i18n/i18n.tsx';
import type { Survey } from '../api/surveys.ts';

const LOOK: Record<Survey['status'], string> = { draft: 'draft', open: 'published', closed: 'closed' };

export function SurveyStatusTag({ status }: { status: Survey['status'] }) {
  const { t } = useI18n();
  return (
    <span className="status-tag" data-status={LOOK[status]}>
      {t.surveys.statuses[status]}
    </span>
  );
}
