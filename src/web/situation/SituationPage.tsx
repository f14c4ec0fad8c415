/**
 * Lägesbild: for a kommun and year, the problems ranked by a transparent
 * score with its parts per source, each problem's evidence, moving and
 * prioritising with a cause analysis, the four texts, the weights, the
 * police's confidential notes (police only) and the exports.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.tsx';
import { useSituation } from '../api/situation.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { SelectField } from '../ui/fields.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { KommunSelect, kommunName, useKommunChoice } from '../ui/kommun-choice.tsx';
import { todayIso } from '../ui/dates.ts';
import { RankingChart } from './RankingChart.tsx';
import { RankingTable } from './RankingTable.tsx';
import { ProblemList } from './ProblemList.tsx';
import { SituationTextsForm } from './SituationTextsForm.tsx';
import { WeightsForm } from './WeightsForm.tsx';
import { PoliceNotes } from './PoliceNotes.tsx';
import { SituationExports } from './SituationExports.tsx';
import { CrimeSection } from './CrimeSection.tsx';

function Picture({ kommun, year, name }: { kommun: string; year: number; name: string }) {
  const { t } = useI18n();
  const s = t.situation;
  const situation = useSituation(kommun, year);
  if (situation.isPending) return <Loading />;
  if (situation.isError) return <LoadError error={situation.error} />;
  const data = situation.data;
  return (
    <>
      <section aria-labelledby="ranking-heading">
        <h2 id="ranking-heading" className="ds-heading" data-size="sm">
          {s.rankingHeading(name, year)}
        </h2>
        {data.confidentialIncluded && (
          <p className="ds-alert" data-color="warning">
            {s.confidentialIncluded}
          </p>
        )}
        {data.problems.length ? (
          <>
            <RankingChart problems={data.problems} />
            <RankingTable problems={data.problems} />
          </>
        ) : (
          <p>{s.noProblems}</p>
        )}
      </section>
      {data.problems.length > 0 && <ProblemList situation={data} kommun={kommun} />}
      <CrimeSection kommun={kommun} year={year} />
      <SituationTextsForm key={`texts-${kommun}-${year}`} situation={data} kommun={kommun} />
      <WeightsForm key={`weights-${kommun}-${year}-${JSON.stringify(data.weights)}`} situation={data} kommun={kommun} />
      <PoliceNotes kommun={kommun} year={year} />
      <SituationExports kommun={kommun} year={year} />
    </>
  );
}

export function SituationPage() {
  const { t } = useI18n();
  const s = t.situation;
  const kommun = useKommunChoice();
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p>{s.intro}</p>
      <p>
        <Link className="ds-link" to={`/lagesbild/atgardsplan?ar=${year}`}>
          {t.actionPlan.toPlan}
        </Link>
      </p>
      <div className="filters">
        <KommunSelect id="situation-kommun" choice={kommun} />
        <SelectField
          id="situation-year"
          label={s.year}
          value={String(year)}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {kommun.isPending ? (
        <Loading />
      ) : kommun.code ? (
        <Picture kommun={kommun.code} year={year} name={kommunName(kommun, kommun.code)} />
      ) : (
        <p>{s.noKommun}</p>
      )}
    </>
  );
}
