/** Dialog › EST: file a weekly report against the checklist, correct or delete filed ones, the merged weekly picture, and the areas most in need. */
import { useI18n } from '../../i18n/i18n.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { Loading } from '../../ui/QueryState.tsx';
import { KommunSelect, useKommunChoice } from '../../ui/kommun-choice.tsx';
import { EstReportForm } from './EstReportForm.tsx';
import { EstSummaryView, EstWeeklyView } from './EstViews.tsx';
import { EstReports, REPORTS_HEADING } from './EstReports.tsx';

export function EstPage() {
  const { t } = useI18n();
  const e = t.est;
  const kommun = useKommunChoice();
  return (
    <>
      <PageHeading>{e.title}</PageHeading>
      <p>{e.intro}</p>
      <div className="filters">
        <KommunSelect id="est-kommun" choice={kommun} />
      </div>
      {kommun.isPending ? (
        <Loading />
      ) : !kommun.code ? null : (
        <>
          <section aria-labelledby="est-report-heading">
            <h2 id="est-report-heading" className="ds-heading" data-size="sm">
              {e.reportHeading}
            </h2>
            <p>{e.reportIntro}</p>
            <EstReportForm key={kommun.code} kommun={kommun.code} />
          </section>
          <section aria-labelledby="est-weekly-heading">
            <h2 id="est-weekly-heading" className="ds-heading" data-size="sm">
              {e.weeklyHeading}
            </h2>
            <EstWeeklyView kommun={kommun.code} />
          </section>
          <section aria-labelledby={REPORTS_HEADING}>
            <h2 id={REPORTS_HEADING} className="ds-heading" data-size="sm" tabIndex={-1}>
              {t.estEdit.listHeading}
            </h2>
            <p>{t.estEdit.listIntro}</p>
            <EstReports key={kommun.code} kommun={kommun.code} />
          </section>
          <section aria-labelledby="est-summary-heading">
            <h2 id="est-summary-heading" className="ds-heading" data-size="sm">
              {e.summaryHeading}
            </h2>
            <p>{e.summaryIntro}</p>
            <EstSummaryView kommun={kommun.code} />
          </section>
        </>
      )}
    </>
  );
}
