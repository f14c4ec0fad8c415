/** Which part of the country the overview shows: everything the user reaches, one polisregion, one LPO or one kommun. */
import { useI18n } from '../i18n/i18n.tsx';
import { useOrganisations } from '../api/queries.ts';
import { SelectField } from '../ui/fields.tsx';
import { OrganisationOptions } from '../ui/choices.tsx';

const KINDS = ['region', 'police_area', 'municipality'] as const;

export function ScopePicker({ value, onChange }: { value: string; onChange: (organisationId: string) => void }) {
  const { t } = useI18n();
  const organisations = useOrganisations();
  return (
    <div className="filters">
      <SelectField
        id="overview-scope"
        label={t.overview.scope}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t.overview.scopeAll}</option>
        <OrganisationOptions organisations={organisations.data ?? []} kinds={KINDS} />
      </SelectField>
    </div>
  );
}
