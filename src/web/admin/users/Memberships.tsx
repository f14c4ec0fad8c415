/**
 * A user's memberships: change the role, remove one, add one. Roles are
 * changed and memberships added only on an account the admin wholly
 * manages; a membership in one's own organisations can always be removed.
 */
import { useState, type FormEvent } from 'react';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { keys, useApiMutation, useOrganisations } from '../../api/queries.ts';
import type { AddMembershipBody, ChangeRoleBody, Membership, MembershipCreated, User } from '../../api/types.ts';
import type { Role } from '../../../domain/access/permissions.ts';
import { SelectField } from '../../ui/fields.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { ConfirmButton } from '../../ui/ConfirmButton.tsx';
import { OrganisationOptions, RoleOptions } from '../../ui/choices.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';

function useMembershipMutations(user: User) {
  const refresh = [keys.users, keys.user(user.id)];
  return {
    change: useApiMutation(
      (input: { id: string } & ChangeRoleBody) =>
        api<void>('PATCH', `/api/v1/memberships/${input.id}`, { role: input.role } satisfies ChangeRoleBody),
      refresh,
    ),
    remove: useApiMutation((id: string) => api<void>('DELETE', `/api/v1/memberships/${id}`), refresh),
    add: useApiMutation(
      (input: Omit<AddMembershipBody, 'userId'>) =>
        api<MembershipCreated>('POST', '/api/v1/memberships', {
          userId: user.id,
          ...input,
        } satisfies AddMembershipBody),
      refresh,
    ),
  };
}

type Mutations = ReturnType<typeof useMembershipMutations>;
type Report = (notice: Localized | null, errors: FormError[]) => void;

function MembershipRow({
  membership: m,
  mutations,
  report,
  mayChangeRole,
  mayRemove,
}: {
  membership: Membership;
  mutations: Mutations;
  report: Report;
  mayChangeRole: boolean;
  mayRemove: boolean;
}) {
  const { t } = useI18n();
  const [role, setRole] = useState<Role>(m.role);
  const fail = (error: unknown) => report(null, apiFormErrors(error));
  const selectId = `role-${m.id}`;
  return (
    <tr>
      <td>{m.organisationName}</td>
      <td>
        {mayChangeRole ? (
          <>
            <label className="ds-sr-only" htmlFor={selectId}>
              {t.memberships.roleIn(m.organisationName)}
            </label>
            <select id={selectId} className="ds-input" value={role} onChange={(e) => setRole(e.target.value as Role)}>
              <RoleOptions />
            </select>
          </>
        ) : (
          t.roles[m.role]
        )}
      </td>
      <td className="actions">
        {mayChangeRole && (
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            disabled={role === m.role}
            onClick={() =>
              mutations.change.mutate(
                { id: m.id, role },
                {
                  onSuccess: () => report((t) => t.memberships.roleChanged(m.organisationName), []),
                  onError: fail,
                },
              )
            }
          >
            {t.memberships.saveRole}
          </button>
        )}
        {mayRemove && (
          <ConfirmButton
            label={t.memberships.removeLabel(m.organisationName)}
            question={t.memberships.removeConfirm(m.organisationName)}
            onConfirm={() =>
              mutations.remove.mutate(m.id, {
                onSuccess: () => report((t) => t.memberships.removed(m.organisationName), []),
                onError: fail,
              })
            }
          >
            {t.memberships.remove}
          </ConfirmButton>
        )}
      </td>
    </tr>
  );
}

function AddMembership({ mutations, report }: { mutations: Mutations; report: Report }) {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!organisationId) found.push({ fieldId: 'add-org', message: (t) => t.chooseRequired(t.userForm.organisation) });
    if (!role) found.push({ fieldId: 'add-role', message: (t) => t.chooseRequired(t.userForm.role) });
    setErrors(found);
    if (found.length || !role) return;
    const name = organisations.data?.find((o) => o.id === organisationId)?.name ?? '';
    mutations.add.mutate(
      { organisationId, role },
      {
        onSuccess: () => {
          setOrganisationId('');
          setRole('');
          report((t) => t.memberships.added(name), []);
        },
        onError: (error) => setErrors(apiFormErrors(error, { organisationId: 'add-org', role: 'add-role' })),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="add-membership-heading">
      <h3 id="add-membership-heading" className="ds-heading" data-size="xs">
        {t.memberships.addHeading}
      </h3>
      <ErrorSummary errors={errors} />
      <SelectField
        id="add-org"
        label={t.userForm.organisation}
        value={organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
        error={fieldError(errors, 'add-org')}
      >
        <option value="">{t.userForm.chooseOrganisation}</option>
        <OrganisationOptions organisations={organisations.data ?? []} />
      </SelectField>
      <SelectField
        id="add-role"
        label={t.userForm.role}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        error={fieldError(errors, 'add-role')}
      >
        <option value="">{t.userForm.chooseRole}</option>
        <RoleOptions />
      </SelectField>
      <button
        type="submit"
        className="ds-button"
        data-variant="secondary"
        aria-busy={mutations.add.isPending || undefined}
      >
        {t.memberships.add}
      </button>
    </form>
  );
}

export function Memberships({ user }: { user: User }) {
  const { t, lang } = useI18n();
  const mutations = useMembershipMutations(user);
  // The organisations the admin reaches; a membership elsewhere is only shown.
  const reached = new Set((useOrganisations().data ?? []).map((o) => o.id));
  const [notice, setNotice] = useState<Localized | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  // A function in setState would be taken as an updater: wrap it.
  const report: Report = (text, found) => {
    setNotice(() => text);
    setErrors(found);
  };
  return (
    <section className="card-section" aria-labelledby="memberships-heading">
      <h2 id="memberships-heading" className="ds-heading" data-size="sm">
        {t.memberships.heading}
      </h2>
      <ErrorSummary errors={errors} />
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      {user.memberships.length === 0 ? (
        <p>{t.memberships.none}</p>
      ) : (
        <TableScroll label={t.memberships.heading}>
          <table className="ds-table" data-border>
            <thead>
              <tr>
                <th scope="col">{t.memberships.organisation}</th>
                <th scope="col">{t.memberships.role}</th>
                <th scope="col">{t.memberships.actions}</th>
              </tr>
            </thead>
            <tbody>
              {user.memberships.map((m) => (
                <MembershipRow
                  key={`${m.id}-${m.role}`}
                  membership={m}
                  mutations={mutations}
                  report={report}
                  mayChangeRole={user.manageable}
                  mayRemove={user.manageable || reached.has(m.organisationId)}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {user.manageable && <AddMembership mutations={mutations} report={report} />}
    </section>
  );
}
