/**
 * Administration › Användare › Ny användare: e-mail, name and a first role.
 * No password: the person gets a link by e-mail and chooses it themselves.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { keys, useApiMutation, useOrganisations } from '../../api/queries.ts';
import type { CreatedUser, CreateUserBody } from '../../api/types.ts';
import type { Role } from '../../../domain/access/permissions.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { OrganisationOptions, RoleOptions } from '../../ui/choices.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';

interface NewUser {
  email: string;
  name: string;
  organisationId: string;
  role: Role | '';
}

const EMPTY: NewUser = { email: '', name: '', organisationId: '', role: '' };
const FIELD_IDS = { email: 'user-email', name: 'user-name', organisationId: 'user-org', role: 'user-role' };

function useValidate() {
  const { t } = useI18n();
  return (form: NewUser): FormError[] => {
    const errors: FormError[] = [];
    if (!form.email.trim()) errors.push({ fieldId: FIELD_IDS.email, message: (t) => t.required(t.users.email) });
    if (!form.name.trim()) errors.push({ fieldId: FIELD_IDS.name, message: (t) => t.required(t.users.name) });
    if (!form.organisationId)
      errors.push({ fieldId: FIELD_IDS.organisationId, message: (t) => t.chooseRequired(t.userForm.organisation) });
    if (!form.role) errors.push({ fieldId: FIELD_IDS.role, message: (t) => t.chooseRequired(t.userForm.role) });
    return errors;
  };
}

export function CreateUserPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const validate = useValidate();
  const [form, setForm] = useState<NewUser>(EMPTY);
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useApiMutation(
    (input: NewUser) =>
      api<CreatedUser>('POST', '/api/v1/users', {
        email: input.email.trim(),
        name: input.name.trim(),
        organisationId: input.organisationId,
        // Checked by useValidate before the form is sent.
        role: input.role as Role,
      } satisfies CreateUserBody),
    [keys.users],
  );
  const set = (key: keyof NewUser) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(form);
    setErrors(found);
    if (found.length) return;
    create.mutate(form, {
      onSuccess: (user) =>
        navigate(`/admin/anvandare/${user.id}`, {
          state: { created: user.name, invitedTo: user.invitationSent ? user.email : null },
        }),
      onError: (error) => setErrors(apiFormErrors(error, FIELD_IDS)),
    });
  };

  return (
    <>
      <PageHeading>{t.userForm.createTitle}</PageHeading>
      <p>{t.userForm.intro}</p>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id={FIELD_IDS.email}
          label={t.users.email}
          type="email"
          autoComplete="off"
          value={form.email}
          onChange={set('email')}
          error={fieldError(errors, FIELD_IDS.email)}
        />
        <TextField
          id={FIELD_IDS.name}
          label={t.users.name}
          autoComplete="off"
          value={form.name}
          onChange={set('name')}
          error={fieldError(errors, FIELD_IDS.name)}
        />
        <SelectField
          id={FIELD_IDS.organisationId}
          label={t.userForm.organisation}
          value={form.organisationId}
          onChange={set('organisationId')}
          error={fieldError(errors, FIELD_IDS.organisationId)}
        >
          <option value="">{t.userForm.chooseOrganisation}</option>
          <OrganisationOptions organisations={organisations.data ?? []} />
        </SelectField>
        <SelectField
          id={FIELD_IDS.role}
          label={t.userForm.role}
          value={form.role}
          onChange={set('role')}
          error={fieldError(errors, FIELD_IDS.role)}
        >
          <option value="">{t.userForm.chooseRole}</option>
          <RoleOptions />
        </SelectField>
        <div className="button-row">
          <button type="submit" className="ds-button" data-variant="primary" aria-busy={create.isPending || undefined}>
            {t.userForm.submit}
          </button>
          <Link className="ds-link" to="/admin/anvandare">
            {t.cancel}
          </Link>
        </div>
      </form>
    </>
  );
}
