/** "Ett utkast från <tid> återställdes", with a way to throw the draft away. */
import { formatDateTime, useI18n } from '../i18n/i18n.tsx';
import type { FormDraft } from './useDraftState.ts';

export function DraftNotice({ draft }: { draft: Pick<FormDraft<unknown>, 'restoredAt' | 'discard'> }) {
  const { t } = useI18n();
  if (!draft.restoredAt) return null;
  return (
    <div className="ds-alert draft-notice" data-color="info">
      <p>{t.forms.draftRestored(formatDateTime(draft.restoredAt))}</p>
      <button type="button" className="ds-button" data-variant="secondary" data-size="sm" onClick={draft.discard}>
        {t.forms.discardDraft}
      </button>
    </div>
  );
}
