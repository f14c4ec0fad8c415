/** Parts of the organisation forms: the kind choice and the fields that depend on the kind. */
import { useId } from 'react';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import type { CreateOrganisationBody, Organisation } from '../../api/types.ts';
import { PARTNER_TYPES, type PartnerType } from '../../../domain/organisation-kinds.ts';
import { SelectField } from '../../ui/fields.tsx';
import { fieldError, type FormError } from '../../ui/form-errors.ts';
import { MunicipalityPicker } from './MunicipalityPicker.tsx';

export type CreatableKind = CreateOrganisationBody['kind'];

export interface NewOrganisation {
  kind: CreatableKind;
  name: string;
  parentId: string;
  partnerType: PartnerType | '';
  covers: string[];
}

const CREATABLE: readonly CreatableKind[] = ['police_area', 'partner', 'region'];

export function KindChoice({ value, onChange }: { value: CreatableKind; onChange: (kind: CreatableKind) => void }) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <fieldset className="ds-fieldset" aria-describedby={hintId}>
      <legend className="ds-label">{t.orgForm.kindLegend}</legend>
      <p id={hintId} className="muted">
        {t.orgForm.kindHint}
      </p>
      {CREATABLE.map((kind) => (
        <div className="ds-field" key={kind}>
          <input
            id={`kind-${kind}`}
            type="radio"
            name="kind"
            className="ds-input"
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          <label className="ds-label" htmlFor={`kind-${kind}`}>
            {t.kinds[kind]}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

export function PartnerTypeSelect({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: PartnerType | '';
  onChange: (v: PartnerType) => void;
  error?: Localized | null;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={id}
      label={t.orgForm.partnerType}
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value as PartnerType)}
    >
      {value === '' && <option value="">{t.orgForm.choosePartnerType}</option>}
      {PARTNER_TYPES.map((p) => (
        <option key={p} value={p}>
          {t.partnerTypes[p]}
        </option>
      ))}
    </SelectField>
  );
}

interface KindFieldsProps {
  form: NewOrganisation;
  onChange: (form: NewOrganisation) => void;
  organisations: readonly Organisation[];
  ids: { parentId: string; partnerType: string; covers: string };
  errors: readonly FormError[];
}

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'sv');

export function KindSpecificFields({ form, onChange, organisations, ids, errors }: KindFieldsProps) {
  const { t } = useI18n();
  const municipalities = organisations.filter((o) => o.kind === 'municipality').sort(byName);
  if (form.kind === 'police_area') {
    const regions = organisations.filter((o) => o.kind === 'region').sort(byName);
    return (
      <>
        <SelectField
          id={ids.parentId}
          label={t.orgForm.parentRegion}
          value={form.parentId}
          onChange={(e) => onChange({ ...form, parentId: e.target.value })}
          error={fieldError(errors, ids.parentId)}
        >
          <option value="">{t.orgForm.noRegion}</option>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <MunicipalityPicker
          id={ids.covers}
          municipalities={municipalities}
          selected={form.covers}
          onChange={(covers) => onChange({ ...form, covers })}
          error={fieldError(errors, ids.covers)}
        />
      </>
    );
  }
  if (form.kind === 'partner') {
    return (
      <>
        <SelectField
          id={ids.parentId}
          label={t.orgForm.parentKommun}
          value={form.parentId}
          onChange={(e) => onChange({ ...form, parentId: e.target.value })}
          error={fieldError(errors, ids.parentId)}
        >
          <option value="">{t.orgForm.chooseKommun}</option>
          {municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <PartnerTypeSelect
          id={ids.partnerType}
          value={form.partnerType}
          error={fieldError(errors, ids.partnerType)}
          onChange={(partnerType) => onChange({ ...form, partnerType })}
        />
      </>
    );
  }
  return null;
}
