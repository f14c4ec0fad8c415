/**
 * The start page after sign-in: every commitment in the chosen scope as a
 * traffic light with progress, what needs attention, activity per day over
 * the year, and (at the foot) the user's organisations and roles.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useCurrentUser } from '../auth/session.tsx';
import { useOverview, type OverviewSet } from '../api/overview.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { ScopePicker } from './ScopePicker.tsx';
import { AttentionList } from './AttentionList.tsx';
import { CommitmentCard } from './CommitmentCard.tsx';
import { ActivityHeatmap } from './charts/Heatmap.tsx';
import { Memberships } from './Memberships.tsx';

function SetSection({ set }: { set: OverviewSet }) {
  const { t } = useI18n();
  const title = set.title ?? t.promiseList.untitled;
  const period = set.period ? t.period.range(set.period.from, set.period.to) : t.period.none;
  return (
    <section aria-labelledby={`set-${set.id}`} className="overview-set">
      <h2 id={`set-${set.id}`} className="ds-heading" data-size="sm">
        <Link className="ds-link" to={`/loften/${set.id}`}>
          {title}
        </Link>
      </h2>
      <p className="muted">{t.overview.setFacts(set.municipalities.join(', '), period)}</p>
      <ul className="commitment-cards">
        {set.commitments.map((c) => (
          <CommitmentCard key={c.id} c={c} />
        ))}
      </ul>
    </section>
  );
}

function ScopeContent({ organisationId }: { organisationId: string }) {
  const { t } = useI18n();
  const overview = useOverview(organisationId);
  const sets = overview.data?.sets;
  const setIds = useMemo(() => new Set((sets ?? []).map((s) => s.id)), [sets]);
  const titles = useMemo(() => new Map((sets ?? []).map((s) => [s.id, s.title ?? ''])), [sets]);
  const targets = useMemo(
    () => new Map((sets ?? []).flatMap((s) => s.commitments.map((c) => [c.id, c.target] as const))),
    [sets],
  );
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <LoadError error={overview.error} />;
  if (!overview.data.sets.length) return <p>{t.overview.noSets}</p>;
  return (
    <>
      <AttentionList attention={overview.data.attention} titles={titles} targets={targets} />
      {overview.data.sets.map((s) => (
        <SetSection key={s.id} set={s} />
      ))}
      <ActivityHeatmap setIds={setIds} />
    </>
  );
}

export function OverviewPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const [scope, setScope] = useState('');
  return (
    <>
      <PageHeading>{t.overview.title}</PageHeading>
      <p className="lead">{t.overview.welcome(user.name)}</p>
      <ScopePicker value={scope} onChange={setScope} />
      <ScopeContent organisationId={scope} />
      <Memberships user={user} />
    </>
  );
}
