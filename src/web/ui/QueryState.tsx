/** What to show while data loads or when loading failed. */
import { useI18n } from '../i18n/i18n.tsx';
import { ApiError } from '../api/client.ts';

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t.loading}
    </p>
  );
}

export function LoadError({ error }: { error: unknown }) {
  const { t, pick } = useI18n();
  const text =
    error instanceof ApiError ? pick({ message: error.message, messageEn: error.messageEn }) : t.unexpectedError;
  return (
    <div className="ds-alert" data-color="danger" role="alert">
      {text}
    </div>
  );
}
