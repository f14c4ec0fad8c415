import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t.notFound.title}</PageHeading>
      <p>{t.notFound.text}</p>
      <p>
        <Link className="ds-link" to="/">
          {t.notFound.back}
        </Link>
      </p>
    </>
  );
}
