/** Uppföljning: choose a promise set, see its follow-ups and make one for a period of the cadence. */
import { Link, useSearchParams } from 'react-router';
import { useI18n, formatDateTime } from '../i18n/i18n.tsx';
import { usePromiseSets } from '../api/promises.ts';
import { useFollowUps, type FollowUp } from '../api/follow-ups.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import { FollowUpStatusTag } from './FollowUpStatusTag.tsx';
import { CreateFollowUpForm } from './CreateFollowUpForm.tsx';
import { periodOf } from './period.ts';

function signers(list: FollowUp['reviews'], t: ReturnType<typeof useI18n>['t']): string {
  return (
    list
      .map((r) =>
        t.followUps.signedBy(r.by, t.followUps.parties[r.party] ?? r.party, formatDateTime(r.at).slice(0, 10)),
      )
      .join(', ') || t.none
  );
}

function FollowUpTable({ followUps }: { followUps: readonly FollowUp[] }) {
  const { t } = useI18n();
  const f = t.followUps;
  return (
    <TableScroll label={f.caption}>
      <table className="ds-table" data-border>
        <caption className="ds-sr-only">{f.caption}</caption>
        <thead>
          <tr>
            {[f.period, f.status, f.due, f.reviewed, f.approved].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {followUps.map((x) => {
            const p = periodOf(x.cadence, x.period.from);
            return (
              <tr key={x.id}>
                <td>
                  <Link className="ds-link" to={`/uppfoljning/${x.id}`}>
                    {f.label(x.cadence, p.year, p.index)}
                  </Link>
                </td>
                <td>
                  <FollowUpStatusTag status={x.status} />
                </td>
                <td className="nowrap">{x.dueDate ?? t.none}</td>
                <td>{signers(x.reviews, t)}</td>
                <td>{signers(x.approvals, t)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function FollowUpListPage() {
  const { t } = useI18n();
  const f = t.followUps;
  const [params, setParams] = useSearchParams();
  const sets = usePromiseSets();
  const open = (sets.data ?? []).filter((s) => s.status !== 'draft');
  const setId = open.some((s) => s.id === params.get('lofte')) ? params.get('lofte')! : (open[0]?.id ?? '');
  const followUps = useFollowUps(setId);
  const chosen = open.find((s) => s.id === setId);
  if (sets.isPending)
    return (
      <>
        <PageHeading>{f.title}</PageHeading>
        <Loading />
      </>
    );
  return (
    <>
      <PageHeading>{f.title}</PageHeading>
      <p>{f.intro}</p>
      {sets.isError ? (
        <LoadError error={sets.error} />
      ) : !open.length ? (
        <p>{f.noSets}</p>
      ) : (
        <>
          <div className="filters">
            <SelectField
              id="followup-set"
              label={f.set}
              value={setId}
              onChange={(e) => setParams({ lofte: e.target.value }, { replace: true })}
            >
              {open.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title ?? t.promiseList.untitled}
                </option>
              ))}
            </SelectField>
          </div>
          <h2 className="ds-heading" data-size="sm">
            {f.listHeading}
          </h2>
          {followUps.isPending ? (
            <Loading />
          ) : followUps.isError ? (
            <LoadError error={followUps.error} />
          ) : (
            <>
              <p role="status">{followUps.data.length ? f.count(followUps.data.length) : f.none}</p>
              {followUps.data.length > 0 && <FollowUpTable followUps={followUps.data} />}
            </>
          )}
          {chosen && <CreateFollowUpForm key={chosen.id} setId={chosen.id} period={chosen.period} />}
        </>
      )}
    </>
  );
}
