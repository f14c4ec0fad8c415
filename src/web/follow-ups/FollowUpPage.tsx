/**
 * Uppföljning › one follow-up: its facts and signatures, the workflow by
 * status, the draft form (or the report as it reads once reviewed), the
 * downloads and the carry-over of unfinished commitments.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { followUpExports, useFollowUp, type FollowUp } from '../api/follow-ups.ts';
import { focusPageHeading, PageHeading } from '../ui/PageHeading.tsx';
import { Notice } from '../ui/Notice.tsx';
import { DownloadList } from '../ui/DownloadList.tsx';
import { FollowUpOutcomes } from '../outcomes/FollowUpOutcomes.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { useRouteNotice } from '../ui/useRouteNotice.ts';
import { FollowUpStatusTag } from './FollowUpStatusTag.tsx';
import { Signings, Workflow } from './Workflow.tsx';
import { FollowUpForm } from './FollowUpForm.tsx';
import { FollowUpReadOnly } from './FollowUpReadOnly.tsx';
import { CarryOver } from './CarryOver.tsx';
import { TranslationsSection } from '../translations/TranslationsSection.tsx';
import { periodOf } from './period.ts';
import { countVerdicts, followUpHeadline } from '../../domain/progress/status.ts';

function Downloads({ id }: { id: string }) {
  const { t } = useI18n();
  const p = t.followUpPage;
  return <DownloadList id="fu-downloads-heading" heading={p.downloadsHeading} hrefs={followUpExports(id)} labels={p} />;
}

function View({ followUp }: { followUp: FollowUp }) {
  const { t, lang } = useI18n();
  const p = t.followUpPage;
  const arrived = useRouteNotice<'created'>();
  const [notice, setNotice] = useState<Localized | null>(() =>
    arrived ? (tt: typeof t) => tt.followUps.created : null,
  );
  const period = periodOf(followUp.cadence, followUp.period.from);
  const label = t.followUps.label(followUp.cadence, period.year, period.index);
  return (
    <>
      <p>
        <Link className="ds-link" to={`/uppfoljning?lofte=${followUp.promiseSetId}`}>
          {p.back}
        </Link>
      </p>
      <PageHeading>{p.heading(followUp.promiseSetTitle ?? t.promiseList.untitled, label)}</PageHeading>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <dl className="facts">
        <dt>{p.status}</dt>
        <dd>
          <FollowUpStatusTag status={followUp.status} />
        </dd>
        <dt>{p.period}</dt>
        <dd>{t.period.range(followUp.period.from, followUp.period.to)}</dd>
        <dt>{p.due}</dt>
        <dd>{followUp.dueDate ?? t.none}</dd>
        <Signings followUp={followUp} />
        <dt>{p.result}</dt>
        {/* The headline of the public page, the reports and the e-mail, in the same words. */}
        <dd>{followUpHeadline(countVerdicts(followUp.items.map((i) => i.verdict)), lang)}</dd>
      </dl>
      <Workflow
        followUp={followUp}
        onNotice={(n) => {
          setNotice(() => n);
          focusPageHeading();
        }}
      />
      {followUp.status === 'draft' ? (
        <FollowUpForm key={followUp.id} followUp={followUp} />
      ) : (
        <FollowUpReadOnly followUp={followUp} />
      )}
      <FollowUpOutcomes promiseSetId={followUp.promiseSetId} followUpId={followUp.id} />
      {/* Read again when the texts it translates have changed. */}
      <TranslationsSection
        key={JSON.stringify([followUp.summary, followUp.citizensSaid, followUp.nextSteps, followUp.items])}
        owner="follow-ups"
        id={followUp.id}
      />
      <Downloads id={followUp.id} />
      {followUp.items.some((i) => i.verdict !== 'uppfyllt') && <CarryOver followUp={followUp} />}
    </>
  );
}

export function FollowUpPage() {
  const { id = '' } = useParams();
  const followUp = useFollowUp(id);
  if (followUp.isPending) return <Loading />;
  if (followUp.isError) return <LoadError error={followUp.error} />;
  return <View key={followUp.data.id} followUp={followUp.data} />;
}
