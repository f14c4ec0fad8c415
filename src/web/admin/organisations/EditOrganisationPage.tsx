/** Administration › Organisationer › one organisation: name, "uses the service", partner type, covered kommuner. */
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { api } from '../../api/client.ts';
import { byId, keys, useApiMutation, useOrganisation, useOrganisations } from '../../api/queries.ts';
import type { Organisation, UpdateOrganisationBody } from '../../api/types.ts';
import type { PartnerType } from '../../../domain/organisation-kinds.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { SwitchField, TextField } from '../../ui/fields.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { apiFormErrors, fieldError, type FormError } from '../../ui/form-errors.ts';
import { PartnerTypeSelect } from './OrganisationFields.tsx';
import { MunicipalityPicker } from './MunicipalityPicker.tsx';
import { OrganisationFacts } from './OrganisationFacts.tsx';
import { PrivacySettingsForm } from './PrivacySettingsForm.tsx';
import { PublicLanguagesForm } from './PublicLanguagesForm.tsx';

interface Draft {
  name: string;
  active: boolean;
  partnerType: PartnerType | '';
  covers: string[];
}

function toPatch(org: Organisation, draft: Draft): UpdateOrganisationBody {
  return {
    ...(org.kind !== 'municipality' ? { name: draft.name.trim() } : {}),
    active: draft.active,
    ...(org.kind === 'partner' && draft.partnerType ? { partnerType: draft.partnerType } : {}),
    ...(org.kind === 'police_area' ? { covers: draft.covers } : {}),
  };
}

function EditForm({ org, all }: { org: Organisation; all: readonly Organisation[] }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>({
    name: org.name,
    active: org.active,
    partnerType: org.partnerType ?? '',
    covers: org.covers,
  });
  const [errors, setErrors] = useState<FormError[]>([]);
  const save = useApiMutation(
    (d: Draft) => api<Organisation>('PATCH', `/api/v1/organisations/${org.id}`, toPatch(org, d)),
    [keys.organisations],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FormError[] = draft.name.trim()
      ? []
      : [{ fieldId: 'edit-org-name', message: (t) => t.required(t.orgForm.name) }];
    setErrors(found);
    if (found.length) return;
    save.mutate(draft, {
      onError: (error) =>
        setErrors(
          apiFormErrors(error, { name: 'edit-org-name', partnerType: 'edit-partner-type', covers: 'edit-covers' }),
        ),
    });
  };
  const municipalities = all.filter((o) => o.kind === 'municipality');
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorSummary errors={errors} />
      <TextField
        id="edit-org-name"
        label={t.orgForm.name}
        value={draft.name}
        readOnly={org.kind === 'municipality'}
        hint={org.kind === 'municipality' ? t.orgForm.municipalityName : undefined}
        onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        error={fieldError(errors, 'edit-org-name')}
      />
      <SwitchField
        id="edit-active"
        label={t.orgs.active}
        hint={t.orgForm.activeHint}
        checked={draft.active}
        onChange={(e) => setDraft({ ...draft, active: e.target.checked })}
      />
      {org.kind === 'partner' && (
        <PartnerTypeSelect
          id="edit-partner-type"
          value={draft.partnerType}
          error={fieldError(errors, 'edit-partner-type')}
          onChange={(partnerType) => setDraft({ ...draft, partnerType })}
        />
      )}
      {org.kind === 'police_area' && (
        <MunicipalityPicker
          id="edit-covers"
          municipalities={municipalities}
          selected={draft.covers}
          onChange={(covers) => setDraft({ ...draft, covers })}
          error={fieldError(errors, 'edit-covers')}
        />
      )}
      <button type="submit" className="ds-button" data-variant="primary" aria-busy={save.isPending || undefined}>
        {t.save}
      </button>
      <Notice>{save.isSuccess ? t.saved : null}</Notice>
    </form>
  );
}

export function EditOrganisationPage() {
  const { t } = useI18n();
  const id = useParams().id ?? '';
  const created = (useLocation().state as { created?: string } | null)?.created;
  const org = useOrganisation(id);
  const all = useOrganisations();
  const title = org.data ? t.orgForm.editTitle(org.data.name) : t.orgs.title;
  return (
    <>
      <p>
        <Link className="ds-link" to="/admin/organisationer">
          {t.orgs.back}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <Notice>{created ? t.orgForm.created(created) : null}</Notice>
      {org.isPending || all.isPending ? (
        <Loading />
      ) : org.isError ? (
        <LoadError error={org.error} />
      ) : (
        <>
          <OrganisationFacts org={org.data} orgs={byId(all.data)} />
          <EditForm key={org.data.id} org={org.data} all={all.data ?? []} />
          {org.data.kind === 'municipality' && <PrivacySettingsForm key={`privacy-${org.data.id}`} id={org.data.id} />}
          {org.data.kind === 'municipality' && (
            <PublicLanguagesForm key={`languages-${org.data.id}`} id={org.data.id} />
          )}
        </>
      )}
    </>
  );
}
