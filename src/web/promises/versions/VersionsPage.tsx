/** Löften › a set › Versionshistorik: every version with its reason, and what changed between two of them. */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, formatDateTime } from '../../i18n/i18n.tsx';
import { useDiff, usePromiseSet, useVersions, type VersionSummary } from '../../api/promises.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { SelectField } from '../../ui/fields.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { PromiseStatusTag } from '../../ui/StatusTag.tsx';
import { ChangeList } from './ChangeList.tsx';

function VersionTable({ versions }: { versions: readonly VersionSummary[] }) {
  const { t } = useI18n();
  const v = t.versions;
  return (
    <TableScroll label={v.caption}>
      <table className="ds-table" data-border>
        <caption className="ds-sr-only">{v.caption}</caption>
        <thead>
          <tr>
            {[v.version, v.status, v.reason, v.createdBy, v.createdAt].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {versions.map((r) => (
            <tr key={r.version}>
              <td>{r.version}</td>
              <td>
                <PromiseStatusTag status={r.status} />
              </td>
              <td>{r.reason ?? t.none}</td>
              <td>{r.createdBy}</td>
              <td className="nowrap">{formatDateTime(r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Compare({ id, versions }: { id: string; versions: readonly VersionSummary[] }) {
  const { t } = useI18n();
  const v = t.versions;
  const numbers = [...new Set(versions.map((r) => r.version))];
  const [from, setFrom] = useState(numbers.at(-2) ?? numbers[0]!);
  const [to, setTo] = useState(numbers.at(-1)!);
  const diff = useDiff(id, from, to);
  if (numbers.length < 2) return <p>{v.onlyOne}</p>;
  return (
    <>
      <div className="filters">
        <SelectField id="diff-from" label={v.from} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <SelectField id="diff-to" label={v.to} value={to} onChange={(e) => setTo(Number(e.target.value))}>
          {numbers.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
      </div>
      <div aria-live="polite">
        {from === to ? (
          <p>{v.sameVersion}</p>
        ) : (
          <section aria-labelledby="changes-heading">
            <h3 id="changes-heading" className="ds-heading" data-size="xs">
              {v.changesHeading(from, to)}
            </h3>
            {diff.isPending ? (
              <p>{t.loading}</p>
            ) : diff.isError ? (
              <LoadError error={diff.error} />
            ) : (
              <ChangeList changes={diff.data} />
            )}
          </section>
        )}
      </div>
    </>
  );
}

export function VersionsPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const set = usePromiseSet(id);
  const versions = useVersions(id);
  const v = t.versions;
  return (
    <>
      <p>
        <Link className="ds-link" to={`/loften/${id}`}>
          {v.back}
        </Link>
      </p>
      <PageHeading title={v.title}>
        {v.title}
        {set.data?.title ? `: ${set.data.title}` : ''}
      </PageHeading>
      {versions.isPending ? (
        <Loading />
      ) : versions.isError ? (
        <LoadError error={versions.error} />
      ) : (
        <>
          <VersionTable versions={versions.data} />
          <h2 className="ds-heading" data-size="sm">
            {v.compareHeading}
          </h2>
          <Compare id={id} versions={versions.data} />
        </>
      )}
    </>
  );
}
