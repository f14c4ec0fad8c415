/** Aktiviteter: quick entry first (for the phone in the field), then the other ways to log, then the latest activities. */
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { Notice } from '../ui/Notice.tsx';
import { useRouteNotice } from '../ui/useRouteNotice.ts';
import { QuickEntry } from './QuickEntry.tsx';
import { RecentActivities } from './RecentActivities.tsx';
import { WaitingEntries } from '../offline/WaitingEntries.tsx';

export function ActivitiesPage() {
  const { t } = useI18n();
  const a = t.activities;
  const arrived = useRouteNotice<'saved' | 'kept'>();
  return (
    <>
      <PageHeading>{a.title}</PageHeading>
      <Notice color={arrived === 'kept' ? 'info' : 'success'}>
        {arrived === 'saved' ? t.activityForm.saved : arrived === 'kept' ? t.offline.kept : null}
      </Notice>
      <section aria-labelledby="quick-heading">
        <h2 id="quick-heading" className="ds-heading" data-size="sm">
          {a.quickHeading}
        </h2>
        <p>{a.quickIntro}</p>
        <WaitingEntries />
        <QuickEntry />
      </section>
      <nav aria-labelledby="other-ways-heading" className="other-ways">
        <h2 id="other-ways-heading" className="ds-heading" data-size="sm">
          {a.otherWays}
        </h2>
        <ul className="link-list">
          <li>
            <Link className="ds-link" to="/aktiviteter/ny">
              {a.fullForm}
            </Link>
          </li>
          <li>
            <Link className="ds-link" to="/aktiviteter/ladda-upp">
              {a.upload}
            </Link>
          </li>
          <li>
            <Link className="ds-link" to="/aktiviteter/plan">
              {a.plan}
            </Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" tabIndex={-1} className="ds-heading" data-size="sm">
          {a.recentHeading}
        </h2>
        <RecentActivities />
      </section>
    </>
  );
}
