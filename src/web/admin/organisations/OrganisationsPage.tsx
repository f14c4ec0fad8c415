/** Administration › Organisationer: every organisation the admin can see, filtered by kind and name. */
import { useDeferredValue, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { byId, useOrganisations } from '../../api/queries.ts';
import type { Organisation } from '../../api/types.ts';
import { ORGANISATION_KINDS, type OrganisationKind } from '../../../domain/organisation-kinds.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';

function OrganisationTable({ shown, all }: { shown: Organisation[]; all: Organisation[] }) {
  const { t } = useI18n();
  const orgs = byId(all);
  return (
    <TableScroll label={t.orgs.title}>
      <table className="ds-table" data-border>
        <thead>
          <tr>
            <th scope="col">{t.orgs.name}</th>
            <th scope="col">{t.orgs.kind}</th>
            <th scope="col">{t.orgs.code}</th>
            <th scope="col">{t.orgs.parent}</th>
            <th scope="col">{t.orgs.active}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((o) => (
            <tr key={o.id}>
              <td>
                {o.kind === 'platform' ? (
                  o.name
                ) : (
                  <Link className="ds-link" to={`/admin/organisationer/${o.id}`}>
                    {o.name}
                  </Link>
                )}
              </td>
              <td>
                {t.kinds[o.kind]}
                {o.partnerType ? ` (${t.partnerTypes[o.partnerType].toLowerCase()})` : ''}
              </td>
              <td>{o.code ?? t.none}</td>
              <td>{o.parentId ? (orgs.get(o.parentId)?.name ?? t.none) : t.none}</td>
              <td>{o.active ? t.yes : t.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function OrganisationsPage() {
  const { t } = useI18n();
  const organisations = useOrganisations();
  const [kind, setKind] = useState<OrganisationKind | ''>('');
  const [search, setSearch] = useState('');
  const q = useDeferredValue(search.trim().toLowerCase());
  const all = organisations.data ?? [];
  const shown = all.filter((o) => (!kind || o.kind === kind) && (!q || o.name.toLowerCase().includes(q)));
  return (
    <>
      <PageHeading>{t.orgs.title}</PageHeading>
      <p>{t.orgs.intro}</p>
      <p>
        <Link className="ds-button" data-variant="primary" to="/admin/organisationer/ny">
          {t.orgs.create}
        </Link>
      </p>
      <div className="filters" role="search" aria-label={t.orgs.filterHeading}>
        <SelectField
          id="org-kind"
          label={t.orgs.filterKind}
          value={kind}
          onChange={(e) => setKind(e.target.value as OrganisationKind | '')}
        >
          <option value="">{t.orgs.allKinds}</option>
          {ORGANISATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          id="org-search"
          type="search"
          label={t.orgs.search}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <LoadError error={organisations.error} />
      ) : (
        <>
          <p role="status">{t.orgs.count(shown.length)}</p>
          {shown.length === 0 ? <p>{t.orgs.noneFound}</p> : <OrganisationTable shown={shown} all={all} />}
        </>
      )}
    </>
  );
}
