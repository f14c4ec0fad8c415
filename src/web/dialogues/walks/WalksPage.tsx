/** Dialog › Trygghetsvandringar: the kommun's walks with their step, and the way to plan a new one. */
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n.tsx';
import { useDialogues, type DialogueSummary } from '../../api/dialogues.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { TableScroll } from '../../ui/TableScroll.tsx';
import { KommunSelect, useKommunChoice } from '../../ui/kommun-choice.tsx';
import { StageTag } from './WalkSteps.tsx';
import { DeletedNotice } from '../DialogueActions.tsx';

function WalkTable({ walks }: { walks: readonly DialogueSummary[] }) {
  const { t } = useI18n();
  const l = t.walkList;
  return (
    <TableScroll label={l.caption}>
      <table className="ds-table" data-border>
        <caption className="ds-sr-only">{l.caption}</caption>
        <thead>
          <tr>
            {[l.date, l.title, l.stage, l.where, l.findings, l.openActions].map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {walks.map((w) => (
            <tr key={w.id}>
              <td className="nowrap">{w.date}</td>
              <td>
                <Link className="ds-link" to={`/dialog/trygghetsvandringar/${w.id}`}>
                  {w.title}
                </Link>
              </td>
              <td>{w.stage && <StageTag stage={w.stage} />}</td>
              <td>{[w.place, w.area?.name].filter(Boolean).join(', ') || t.none}</td>
              <td>{w.findingCount}</td>
              <td>{w.openActions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function WalksPage() {
  const { t } = useI18n();
  const l = t.walkList;
  const kommun = useKommunChoice();
  const walks = useDialogues(kommun.code, 'trygghetsvandring');
  return (
    <>
      <PageHeading>{l.heading}</PageHeading>
      <DeletedNotice />
      <p>{l.intro}</p>
      <div className="button-row">
        <Link className="ds-button" data-variant="primary" to="/dialog/trygghetsvandringar/ny">
          {l.plan}
        </Link>
        <Link className="ds-link" to="/dialog/atgarder">
          {l.toActions}
        </Link>
      </div>
      <div className="filters">
        <KommunSelect id="walks-kommun" choice={kommun} />
      </div>
      {kommun.isPending || (walks.isPending && walks.fetchStatus !== 'idle') ? (
        <Loading />
      ) : walks.isError ? (
        <LoadError error={walks.error} />
      ) : (
        <>
          <p role="status">{walks.data?.length ? l.count(walks.data.length) : l.none}</p>
          {walks.data && walks.data.length > 0 && <WalkTable walks={walks.data} />}
        </>
      )}
    </>
  );
}
