/** Option lists shared by the admin forms: roles, and organisations grouped by kind. */
import { useI18n } from '../i18n/i18n.tsx';
import type { Organisation } from '../api/types.ts';
import { ROLES } from '../../domain/access/permissions.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../domain/organisation-kinds.ts';

export function RoleOptions() {
  const { t } = useI18n();
  return (
    <>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t.roles[r]}
        </option>
      ))}
    </>
  );
}

/** Organisations as <optgroup>s per kind, in the order platform → region → LPO → kommun → partner. */
export function OrganisationOptions({
  organisations,
  kinds = ORGANISATION_KINDS,
}: {
  organisations: readonly Organisation[];
  kinds?: readonly OrganisationKind[];
}) {
  const { t } = useI18n();
  return (
    <>
      {kinds.map((kind) => {
        const group = organisations.filter((o) => o.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
        if (!group.length) return null;
        return (
          <optgroup key={kind} label={t.kinds[kind]}>
            {group.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
