/** Administration: only for holders of an admin role; a sub-navigation over its four pages. */
import { NavLink } from 'react-router';
import { PageOutlet } from '../ui/lazyPage.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useCurrentUser } from '../auth/session.tsx';
import { isAdmin } from '../api/types.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

const PAGES = [
  { key: 'organisations', path: '/admin/organisationer' },
  { key: 'users', path: '/admin/anvandare' },
  { key: 'tokens', path: '/admin/api-nycklar' },
  { key: 'audit', path: '/admin/handelselogg' },
] as const;

export function AdminLayout() {
  const { t } = useI18n();
  const user = useCurrentUser();
  if (!isAdmin(user)) {
    return (
      <>
        <PageHeading>{t.admin.title}</PageHeading>
        <div className="ds-alert" data-color="warning">
          {t.admin.forbidden}
        </div>
      </>
    );
  }
  return (
    <div className="admin">
      <nav className="sub-nav" aria-label={t.admin.subNav}>
        <ul>
          {PAGES.map((p) => (
            <li key={p.key}>
              <NavLink to={p.path}>{t.admin[p.key]}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="admin-content">
        <PageOutlet />
      </div>
    </div>
  );
}
