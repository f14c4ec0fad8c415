/** Löften: the promise sets the user can see, filtered by status and kommun. */
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PROMISE_STATUS_LIST, usePromiseSets, type PromiseSetSummary, type PromiseStatus } from '../api/promises.ts';
import { useOrganisationsOfKind } from '../api/queries.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { PromiseStatusTag } from '../ui/StatusTag.tsx';
import { formatDateTime } from '../i18n/i18n.tsx';

function SetsTable({ sets }: { sets: readonly PromiseSetSummary[] }) {
  const { t } = useI18n();
  const l = t.promiseList;
  return (
    <TableScroll label={l.caption}>
      <table className="ds-table" data-border>
        <caption className="ds-sr-only">{l.caption}</caption>
        <thead>
          <tr>
            {[l.columnTitle, l.municipalities, l.period, l.status, l.commitments, l.version, l.updated].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id}>
              <td>
                <Link className="ds-link" to={`/loften/${s.id}`}>
                  {s.title ?? l.untitled}
                </Link>
              </td>
              <td>{s.municipalities.map((m) => m.name).join(', ')}</td>
              <td>{s.period ? t.period.range(s.period.from, s.period.to) : t.period.none}</td>
              <td>
                <PromiseStatusTag status={s.status} />
              </td>
              <td>{s.commitments}</td>
              <td>{s.version}</td>
              <td className="nowrap">{formatDateTime(s.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function PromiseListPage() {
  const { t } = useI18n();
  const l = t.promiseList;
  const [status, setStatus] = useState<PromiseStatus | ''>('');
  const [kommun, setKommun] = useState('');
  const municipalities = useOrganisationsOfKind('municipality');
  const sets = usePromiseSets({ status, kommun });
  const kommuner = (municipalities.data ?? []).filter((m) => m.code).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <>
      <PageHeading>{l.title}</PageHeading>
      <p>{l.intro}</p>
      <div className="button-row">
        <Link className="ds-button" data-variant="primary" to="/loften/ny">
          {l.create}
        </Link>
        <Link className="ds-button" data-variant="secondary" to="/loften/las-in">
          {l.importExisting}
        </Link>
      </div>
      <div className="filters">
        <SelectField
          id="filter-status"
          label={l.filterStatus}
          value={status}
          onChange={(e) => setStatus(e.target.value as PromiseStatus | '')}
        >
          <option value="">{l.allStatuses}</option>
          {PROMISE_STATUS_LIST.map((s) => (
            <option key={s} value={s}>
              {t.promiseStatus[s]}
            </option>
          ))}
        </SelectField>
        {kommuner.length > 1 && (
          <SelectField
            id="filter-kommun"
            label={l.filterKommun}
            value={kommun}
            onChange={(e) => setKommun(e.target.value)}
          >
            <option value="">{l.allKommuner}</option>
            {kommuner.map((m) => (
              <option key={m.id} value={m.code!}>
                {m.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {sets.isPending ? (
        <Loading />
      ) : sets.isError ? (
        <LoadError error={sets.error} />
      ) : (
        <>
          <p role="status">{sets.data.length ? l.count(sets.data.length) : l.none}</p>
          {sets.data.length > 0 && <SetsTable sets={sets.data} />}
        </>
      )}
    </>
  );
}
