/** Organisation, role and a name for a new API token. */
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { keys, useApiMutation, useOrganisations } from '../../api/queries.ts';
import type { CreatedToken, CreateTokenBody } from '../../api/types.ts';
import type { Role } from '../../../domain/access/permissions.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { OrganisationOptions, RoleOptions } from '../../ui/choices.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';

const FIELD_IDS = { organisationId: 'token-org', role: 'token-role', name: 'token-name' };

export function CreateTokenForm({ onCreated }: { onCreated: (token: string) => void }) {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useApiMutation(
    (input: CreateTokenBody) => api<CreatedToken>('POST', '/api/v1/tokens', input),
    [keys.tokens],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = [];
    if (!organisationId)
      found.push({ fieldId: FIELD_IDS.organisationId, message: (t) => t.chooseRequired(t.tokens.organisation) });
    if (!role) found.push({ fieldId: FIELD_IDS.role, message: (t) => t.chooseRequired(t.tokens.role) });
    setErrors(found);
    if (found.length || !role) return;
    create.mutate(
      { organisationId, role, name: name.trim() },
      {
        onSuccess: (result) => onCreated(result.token),
        onError: (error) => setErrors(apiFormErrors(error, FIELD_IDS)),
      },
    );
  };

  return (
    <section className="card-section" aria-labelledby="create-token-heading">
      <h2 id="create-token-heading" className="ds-heading" data-size="sm">
        {t.tokens.createHeading}
      </h2>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate className="form">
        <SelectField
          id={FIELD_IDS.organisationId}
          label={t.tokens.organisation}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={fieldError(errors, FIELD_IDS.organisationId)}
        >
          <option value="">{t.userForm.chooseOrganisation}</option>
          <OrganisationOptions organisations={organisations.data ?? []} />
        </SelectField>
        <SelectField
          id={FIELD_IDS.role}
          label={t.tokens.role}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          error={fieldError(errors, FIELD_IDS.role)}
        >
          <option value="">{t.userForm.chooseRole}</option>
          <RoleOptions />
        </SelectField>
        <TextField
          id={FIELD_IDS.name}
          label={t.tokens.name}
          hint={t.tokens.nameHint}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(errors, FIELD_IDS.name)}
        />
        <button type="submit" className="ds-button" data-variant="primary" aria-busy={create.isPending || undefined}>
          {t.tokens.submit}
        </button>
      </form>
    </section>
  );
}
