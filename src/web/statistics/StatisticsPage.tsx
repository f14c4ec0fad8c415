/**
 * Dialog › Statistik: import files from BRÅ, Polisen and SCB, a kommun's series over the years with its trend,
 * and the kommun's survey results from outside (Polisens trygghetsmätning, Brå's NTU, SCB's medborgarundersökning).
 */
import { useI18n } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { Loading } from '../ui/QueryState.tsx';
import { KommunSelect, kommunName, useKommunChoice } from '../ui/kommun-choice.tsx';
import { ImportForm } from './ImportForm.tsx';
import { SeriesView } from './SeriesView.tsx';
import { OutsideImportForm } from './OutsideImportForm.tsx';
import { OutsideSurveyList } from './OutsideSurveyList.tsx';

export function StatisticsPage() {
  const { t } = useI18n();
  const s = t.statistics;
  const kommun = useKommunChoice();
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p>{s.intro}</p>
      <section aria-labelledby="stat-series-heading">
        <h2 id="stat-series-heading" className="ds-heading" data-size="sm">
          {s.seriesHeading}
        </h2>
        <div className="filters">
          <KommunSelect id="stat-kommun" choice={kommun} />
        </div>
        {kommun.isPending ? <Loading /> : kommun.code ? <SeriesView key={kommun.code} kommun={kommun.code} /> : null}
        {kommun.code && <p className="muted small">{s.seriesNote(kommunName(kommun, kommun.code))}</p>}
      </section>
      <section aria-labelledby="stat-import-heading">
        <h2 id="stat-import-heading" className="ds-heading" data-size="sm">
          {s.importHeading}
        </h2>
        <p>{s.importIntro}</p>
        <ImportForm />
      </section>
      <section aria-labelledby="outside-heading">
        <h2 id="outside-heading" className="ds-heading" data-size="sm">
          {t.outside.heading}
        </h2>
        <p>{t.outside.intro}</p>
        {kommun.code && (
          <>
            <h3 className="ds-heading" data-size="xs">
              {t.outside.listHeading(kommunName(kommun, kommun.code))}
            </h3>
            <OutsideSurveyList key={kommun.code} kommun={kommun.code} />
            <h3 className="ds-heading" data-size="xs">
              {t.outside.importHeading}
            </h3>
            <p>{t.outside.importIntro}</p>
            <OutsideImportForm key={`form-${kommun.code}`} kommun={kommun.code} />
          </>
        )}
      </section>
    </>
  );
}
