/**
 * Administration › Användare › one user: name, account status, password and
 * memberships. Only an account the admin wholly manages can be changed; the
 * password is never set for someone else (a link is sent instead), only
 * one's own, with the current one.
 */
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useUser } from '../../api/queries.ts';
import type { User } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/session.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { AccountStatus, NameForm, OwnPasswordForm, SendPasswordLink } from './UserSettings.tsx';
import { Memberships } from './Memberships.tsx';
import { PersonalData } from './PersonalData.tsx';

interface Created {
  created?: string;
  invitedTo?: string | null;
}

function CreatedNotice({ state }: { state: Created | null }) {
  const { t } = useI18n();
  if (!state?.created) return <Notice>{null}</Notice>;
  const invitation = state.invitedTo ? t.userForm.invited(state.invitedTo) : t.userForm.notInvited;
  return <Notice>{`${t.userForm.created(state.created)} ${invitation}`}</Notice>;
}

function UserDetails({ user }: { user: User }) {
  const { t } = useI18n();
  const self = useCurrentUser().id === user.id;
  return (
    <>
      <p className="break">{user.email}</p>
      {!user.manageable && !self && (
        <div className="ds-alert" data-color="info">
          <p>{t.userPage.notManaged}</p>
        </div>
      )}
      {user.manageable && (
        <section className="card-section" aria-labelledby="details-heading">
          <h2 id="details-heading" className="ds-heading" data-size="sm">
            {t.userPage.detailsHeading}
          </h2>
          <NameForm user={user} />
        </section>
      )}
      <Memberships user={user} />
      {user.manageable && (
        <section className="card-section" aria-labelledby="account-heading">
          <h2 id="account-heading" className="ds-heading" data-size="sm">
            {t.userPage.accountHeading}
          </h2>
          <AccountStatus user={user} />
        </section>
      )}
      {(self || user.manageable) && (
        <section className="card-section" aria-labelledby="password-heading">
          <h2 id="password-heading" className="ds-heading" data-size="sm">
            {t.userPage.passwordHeading}
          </h2>
          {self ? <OwnPasswordForm user={user} /> : <SendPasswordLink user={user} />}
        </section>
      )}
      <PersonalData user={user} />
    </>
  );
}

export function UserPage() {
  const { t } = useI18n();
  const id = useParams().id ?? '';
  const state = useLocation().state as Created | null;
  const user = useUser(id);
  return (
    <>
      <p>
        <Link className="ds-link" to="/admin/anvandare">
          {t.users.back}
        </Link>
      </p>
      <PageHeading title={user.data?.name ?? t.users.title}>{user.data?.name ?? t.users.title}</PageHeading>
      <CreatedNotice state={state} />
      {user.isPending ? (
        <Loading />
      ) : user.isError ? (
        <LoadError error={user.error} />
      ) : (
        <UserDetails user={user.data} />
      )}
    </>
  );
}
