/** Löften › a promise set: its facts, actions by status, downloads, genomförandeplan, prose and signatures. */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, type Localized } from '../../i18n/i18n.tsx';
import { usePromiseSet, type StoredPromiseSet } from '../../api/promises.ts';
import { focusPageHeading, PageHeading } from '../../ui/PageHeading.tsx';
import { Notice } from '../../ui/Notice.tsx';
import { Loading, LoadError } from '../../ui/QueryState.tsx';
import { PromiseStatusTag } from '../../ui/StatusTag.tsx';
import { useRouteNotice } from '../../ui/useRouteNotice.ts';
import { Downloads, SetActions, type PageNotice } from './SetActions.tsx';
import { PlanView } from './PlanView.tsx';
import { Prose, Signatories } from './Prose.tsx';
import { OutcomesSection } from '../../outcomes/OutcomesSection.tsx';
import { TranslationsSection } from '../../translations/TranslationsSection.tsx';

type RouteNotice = { kind: 'created' | 'saved' } | { kind: 'newVersion'; version: number };

function routeNoticeText(n: RouteNotice): Localized {
  if (n.kind === 'newVersion') return (t) => t.promisePage.newVersionNotice(n.version);
  return n.kind === 'created' ? (t) => t.promisePage.createdNotice : (t) => t.promisePage.savedNotice;
}

const PAGE_NOTICES: Record<PageNotice, Localized> = {
  agreed: (t) => t.promisePage.agreedNotice,
  published: (t) => t.promisePage.publishedNotice,
  closed: (t) => t.promisePage.closedNotice,
};

function Facts({ set }: { set: StoredPromiseSet }) {
  const { t } = useI18n();
  const p = t.promisePage;
  return (
    <dl className="facts">
      <dt>{p.status}</dt>
      <dd>
        <PromiseStatusTag status={set.status} />
      </dd>
      <dt>{p.version}</dt>
      <dd>{set.version}</dd>
      <dt>{p.period}</dt>
      <dd>{set.period ? t.period.range(set.period.from, set.period.to) : t.period.none}</dd>
      <dt>{p.municipalities}</dt>
      <dd>{set.municipalities.map((m) => m.name).join(', ') || t.none}</dd>
      <dt>{p.policeArea}</dt>
      <dd>{set.policeArea ?? t.none}</dd>
      {set.signedAt && (
        <>
          <dt>{p.signedAt}</dt>
          <dd>{set.signedAt}</dd>
        </>
      )}
    </dl>
  );
}

function SetView({ set }: { set: StoredPromiseSet }) {
  const { t, lang } = useI18n();
  const arrived = useRouteNotice<RouteNotice>();
  const [notice, setNotice] = useState<Localized | null>(() => (arrived ? routeNoticeText(arrived) : null));
  const p = t.promisePage;
  return (
    <>
      <p>
        <Link className="ds-link" to="/loften">
          {p.back}
        </Link>
      </p>
      <PageHeading>{set.title ?? t.promiseList.untitled}</PageHeading>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <Facts set={set} />
      {set.warnings.length > 0 && set.status === 'draft' && (
        <div className="ds-alert" data-color="warning">
          <h2 className="ds-heading" data-size="xs">
            {p.warningsHeading}
          </h2>
          <ul>
            {set.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <SetActions
        set={set}
        onNotice={(n) => {
          setNotice(() => PAGE_NOTICES[n]);
          // The button that was used is gone in the new status: start over from the top.
          focusPageHeading();
        }}
      />
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading" className="ds-heading" data-size="sm">
          {p.planHeading}
        </h2>
        <PlanView set={set} />
      </section>
      <OutcomesSection set={set} />
      {/* Read again when the texts it translates have changed. */}
      <TranslationsSection key={JSON.stringify([set.title, set.focusAreas])} owner="promise-sets" id={set.id} />
      <Prose set={set} />
      <Signatories set={set} />
      <Downloads id={set.id} />
    </>
  );
}

export function PromiseSetPage() {
  const { id = '' } = useParams();
  const set = usePromiseSet(id);
  if (set.isPending) return <Loading />;
  if (set.isError) return <LoadError error={set.error} />;
  return <SetView key={set.data.id} set={set.data} />;
}
