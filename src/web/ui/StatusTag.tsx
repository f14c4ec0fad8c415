/** A promise set's lifecycle status as a tag: the word itself carries the meaning, colour only supports it. */
import { useI18n } from '../i18n/i18n.tsx';
import type { PromiseStatus } from '../api/promises.ts';

export function PromiseStatusTag({ status }: { status: PromiseStatus }) {
  const { t } = useI18n();
  return (
    <span className="status-tag" data-status={status}>
      {t.promiseStatus[status]}
    </span>
  );
}
