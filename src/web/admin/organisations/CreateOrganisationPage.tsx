/** Administration › Organisationer › Ny: a police region, a lokalpolisområde with its kommuner, or a partner. */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { keys, useApiMutation, useOrganisations } from '../../api/queries.ts';
import type { CreateOrganisationBody, Organisation } from '../../api/types.ts';
import type { PartnerType } from '../../../domain/organisation-kinds.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TextField } from '../../ui/fields.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { KindChoice, KindSpecificFields, type NewOrganisation } from './OrganisationFields.tsx';

const FIELD_IDS = { name: 'org-name', parentId: 'org-parent', partnerType: 'org-partner-type', covers: 'org-covers' };

function useValidate() {
  const { t } = useI18n();
  return (form: NewOrganisation): FormError[] => {
    const errors: FormError[] = [];
    if (!form.name.trim()) errors.push({ fieldId: FIELD_IDS.name, message: (t) => t.required(t.orgForm.name) });
    if (form.kind === 'partner' && !form.parentId) {
      errors.push({ fieldId: FIELD_IDS.parentId, message: (t) => t.chooseRequired(t.kinds.municipality) });
    }
    if (form.kind === 'partner' && !form.partnerType) {
      errors.push({ fieldId: FIELD_IDS.partnerType, message: (t) => t.chooseRequired(t.orgForm.partnerType) });
    }
    return errors;
  };
}

function toBody(form: NewOrganisation): CreateOrganisationBody {
  return {
    kind: form.kind,
    name: form.name.trim(),
    parentId: form.kind === 'region' ? null : form.parentId || null,
    ...(form.kind === 'partner' ? { partnerType: form.partnerType as PartnerType } : {}),
    ...(form.kind === 'police_area' ? { covers: form.covers } : {}),
  };
}

export function CreateOrganisationPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const validate = useValidate();
  const [form, setForm] = useState<NewOrganisation>({
    kind: 'police_area',
    name: '',
    parentId: '',
    partnerType: '',
    covers: [],
  });
  const [errors, setErrors] = useState<FormError[]>([]);
  const create = useApiMutation(
    (input: NewOrganisation) => api<Organisation>('POST', '/api/v1/organisations', toBody(input)),
    [keys.organisations],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(form);
    setErrors(found);
    if (found.length) return;
    create.mutate(form, {
      onSuccess: (org) => navigate(`/admin/organisationer/${org.id}`, { state: { created: org.name } }),
      onError: (error) => setErrors(apiFormErrors(error, FIELD_IDS)),
    });
  };

  return (
    <>
      <p>
        <Link className="ds-link" to="/admin/organisationer">
          {t.orgs.back}
        </Link>
      </p>
      <PageHeading>{t.orgForm.createTitle}</PageHeading>
      <ErrorSummary errors={errors} />
      <form onSubmit={submit} noValidate className="form">
        <KindChoice value={form.kind} onChange={(kind) => setForm({ ...form, kind, parentId: '' })} />
        <TextField
          id={FIELD_IDS.name}
          label={t.orgForm.name}
          value={form.name}
          autoComplete="off"
          onChange={(e) => setForm({ ...form, name: e.target.value })}
          error={fieldError(errors, FIELD_IDS.name)}
        />
        <KindSpecificFields
          form={form}
          onChange={setForm}
          organisations={organisations.data ?? []}
          ids={FIELD_IDS}
          errors={errors}
        />
        <div className="button-row">
          <button type="submit" className="ds-button" data-variant="primary" aria-busy={create.isPending || undefined}>
            {t.orgForm.submit}
          </button>
          <Link className="ds-link" to="/admin/organisationer">
            {t.cancel}
          </Link>
        </div>
      </form>
    </>
  );
}
