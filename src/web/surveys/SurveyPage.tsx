/**
 * Enkäter › a survey: its h1 and a tab bar over the parts (Översikt,
 * Frågor, Index och kategorier, Pappersenkät, Resultat, Fritext), each part its own address so
 * focus moves to the h1 when the user changes part.
 */
import { useState } from 'react';
import { Link, NavLink, useParams } from 'react-router';
import { useI18n, type Localized } from '../i18n/i18n.tsx';
import { textIn, useSurvey, type Survey } from '../api/surveys.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { Notice } from '../ui/Notice.tsx';
import { Loading, LoadError } from '../ui/QueryState.tsx';
import { useRouteNotice } from '../ui/useRouteNotice.ts';
import { SurveyOverview } from './SurveyOverview.tsx';
import { QuestionsEditor } from './QuestionsEditor.tsx';
import { ScoringForm } from './ScoringForm.tsx';
import { CategoriesForm } from './CategoriesForm.tsx';
import { PaperAnswerForm } from './PaperAnswerForm.tsx';
import { ResultsView } from './ResultsView.tsx';
import { FreeTextCoding } from './FreeTextCoding.tsx';

const TABS = [
  { key: 'overview', path: '' },
  { key: 'questions', path: 'fragor' },
  { key: 'index', path: 'index' },
  { key: 'paper', path: 'pappersenkat' },
  { key: 'results', path: 'resultat' },
  { key: 'freeText', path: 'fritext' },
] as const;

function Tab({ survey, tab, onNotice }: { survey: Survey; tab: string; onNotice: (n: Localized) => void }) {
  if (tab === 'fragor') return <QuestionsEditor key={survey.id} survey={survey} onNotice={onNotice} />;
  if (tab === 'index') {
    return (
      <>
        <ScoringForm key={`scoring-${survey.id}`} survey={survey} onNotice={onNotice} />
        <CategoriesForm key={`categories-${survey.id}`} survey={survey} onNotice={onNotice} />
      </>
    );
  }
  if (tab === 'pappersenkat') return <PaperAnswerForm survey={survey} onNotice={onNotice} />;
  if (tab === 'resultat') return <ResultsView survey={survey} />;
  if (tab === 'fritext') return <FreeTextCoding survey={survey} />;
  return <SurveyOverview survey={survey} onNotice={onNotice} />;
}

function View({ survey, tab }: { survey: Survey; tab: string }) {
  const { t, lang } = useI18n();
  const s = t.surveys;
  const arrived = useRouteNotice<'created'>();
  const [notice, setNotice] = useState<Localized | null>(() => (arrived ? (tt: typeof t) => tt.surveys.created : null));
  const base = `/dialog/enkater/${survey.id}`;
  const title = textIn(survey.title, lang);
  const part = TABS.find((x) => x.path === tab) ?? TABS[0];
  return (
    <>
      <p>
        <Link className="ds-link" to="/dialog/enkater">
          {s.back}
        </Link>
      </p>
      <PageHeading title={s.tabTitle(s.tabs[part.key], title)}>{title}</PageHeading>
      <nav className="tab-nav" aria-label={s.partsLabel}>
        <ul>
          {TABS.map((x) => (
            <li key={x.key}>
              <NavLink end to={x.path ? `${base}/${x.path}` : base}>
                {s.tabs[x.key]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Notice>{notice ? notice(t, lang) : null}</Notice>
      <Tab survey={survey} tab={tab} onNotice={(n) => setNotice(() => n)} />
    </>
  );
}

export function SurveyPage() {
  const { id = '', tab = '' } = useParams();
  const survey = useSurvey(id);
  if (survey.isPending) return <Loading />;
  if (survey.isError) return <LoadError error={survey.error} />;
  return <View key={survey.data.id} survey={survey.data} tab={tab} />;
}
