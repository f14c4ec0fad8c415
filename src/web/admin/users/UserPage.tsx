/** Administration › Användare › one user: name, account status, password and memberships. */
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useUser } from '../../api/queries.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { AccountStatus, NameForm, PasswordForm } from './UserSettings.tsx';
import { Memberships } from './Memberships.tsx';

export function UserPage() {
  const { t } = useI18n();
  const id = useParams().id ?? '';
  const created = (useLocation().state as { created?: string } | null)?.created;
  const user = useUser(id);
  return (
    <>
      <p><Link className="ds-link" to="/admin/anvandare">{t.users.back}</Link></p>
      <PageHeading title={user.data?.name ?? t.users.title}>{user.data?.name ?? t.users.title}</PageHeading>
      <Notice>{created ? t.userForm.created(created) : null}</Notice>
      {user.isPending ? <Loading /> : user.isError ? <LoadError error={user.error} /> : (
        <>
          <p className="break">{user.data.email}</p>
          <section className="card-section" aria-labelledby="details-heading">
            <h2 id="details-heading" className="ds-heading" data-size="sm">{t.userPage.detailsHeading}</h2>
            <NameForm user={user.data} />
          </section>
          <Memberships user={user.data} />
          <section className="card-section" aria-labelledby="account-heading">
            <h2 id="account-heading" className="ds-heading" data-size="sm">{t.userPage.accountHeading}</h2>
            <AccountStatus user={user.data} />
          </section>
          <section className="card-section" aria-labelledby="password-heading">
            <h2 id="password-heading" className="ds-heading" data-size="sm">{t.userPage.passwordHeading}</h2>
            <PasswordForm user={user.data} />
          </section>
        </>
      )}
    </>
  );
}
