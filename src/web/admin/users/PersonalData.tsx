/**
 * A person's data on request, for the platform's admin only: everything
 * stored about them as a download, and the account erased (the server
 * replaces name and e-mail with a pseudonym everywhere).
 */
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { byId, keys, useApiMutation, useOrganisations } from '../../api/queries.ts';
import type { ErasureResult, User } from '../../api/types.ts';
import { useCurrentUser } from '../../auth/session.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { apiFormErrors } from '../../ui/form-errors.ts';

/** Is the signed-in user an admin of the platform organisation (whose reach is unbounded)? */
function usePlatformAdmin(): boolean {
  const me = useCurrentUser();
  const orgs = byId(useOrganisations().data);
  return me.memberships.some((m) => m.role === 'admin' && orgs.get(m.organisationId)?.kind === 'platform');
}

export function PersonalData({ user }: { user: User }) {
  const { t } = useI18n();
  const platformAdmin = usePlatformAdmin();
  const self = useCurrentUser().id === user.id;
  const erase = useApiMutation(
    () => api<ErasureResult>('POST', `/api/v1/users/${user.id}/erase`),
    [keys.users, keys.user(user.id)],
  );
  if (!platformAdmin || self) return null;
  return (
    <section className="card-section" aria-labelledby="personal-data-heading">
      <h2 id="personal-data-heading" className="ds-heading" data-size="sm">
        {t.personalData.heading}
      </h2>
      <p>{t.personalData.intro}</p>
      <p>
        <a className="ds-link" href={`/api/v1/users/${user.id}/personal-data`} download>
          {t.personalData.export}
        </a>
      </p>
      <ErrorSummary errors={erase.isError ? apiFormErrors(erase.error) : []} />
      {!erase.isSuccess && (
        <ConfirmButton
          question={t.personalData.eraseConfirm(user.name)}
          disabled={erase.isPending}
          onConfirm={() => erase.mutate(undefined)}
        >
          {t.personalData.erase}
        </ConfirmButton>
      )}
      <Notice>{erase.data ? t.personalData.erased(erase.data.pseudonym) : null}</Notice>
    </section>
  );
}
