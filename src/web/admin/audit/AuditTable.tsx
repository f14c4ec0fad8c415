/** Audit entries as a table; before/after values are JSON behind a disclosure. */
import { useI18n, formatDateTime } from '../../i18n/i18n.tsx';
import { byId, useOrganisations } from '../../api/queries.ts';
import type { AuditEntry } from '../../api/types.ts';
import { TableScroll } from '../../ui/TableScroll.tsx';

function Change({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (!entry.before && !entry.after) return <>{t.none}</>;
  return (
    <details className="ds-details json-details">
      <summary>{t.audit.show}</summary>
      {entry.before && (
        <>
          <p className="json-label">{t.audit.before}</p>
          <pre>{JSON.stringify(entry.before, null, 2)}</pre>
        </>
      )}
      {entry.after && (
        <>
          <p className="json-label">{t.audit.after}</p>
          <pre>{JSON.stringify(entry.after, null, 2)}</pre>
        </>
      )}
    </details>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useI18n();
  const orgs = byId(useOrganisations().data);
  return (
    <TableScroll label={t.audit.title}>
      <table className="ds-table audit-table" data-border>
        <thead>
          <tr>
            <th scope="col">{t.audit.at}</th>
            <th scope="col">{t.audit.actor}</th>
            <th scope="col">{t.audit.event}</th>
            <th scope="col">{t.audit.type}</th>
            <th scope="col">{t.audit.organisation}</th>
            <th scope="col">{t.audit.change}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{formatDateTime(e.at)}</td>
              <td className="break">{e.actor}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.entityType}</td>
              <td>{e.organisationId ? (orgs.get(e.organisationId)?.name ?? e.organisationId) : t.none}</td>
              <td>
                <Change entry={e} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
