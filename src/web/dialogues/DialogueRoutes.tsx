/** The routes of Dialog och enkäter, under /dialog, each page with its own h1 beside the sub-navigation. */
import { Route } from 'react-router';
import { lazyPage } from '../ui/lazyPage.tsx';

const DialogueLayout = lazyPage(() => import('./DialogueLayout.tsx'), 'DialogueLayout');
const DialoguesPage = lazyPage(() => import('./DialoguesPage.tsx'), 'DialoguesPage');
const NewDialoguePage = lazyPage(() => import('./NewDialoguePage.tsx'), 'NewDialoguePage');
const DialoguePage = lazyPage(() => import('./DialoguePage.tsx'), 'DialoguePage');
const WalksPage = lazyPage(() => import('./walks/WalksPage.tsx'), 'WalksPage');
const PlanWalkPage = lazyPage(() => import('./walks/PlanWalkPage.tsx'), 'PlanWalkPage');
const WalkPage = lazyPage(() => import('./walks/WalkPage.tsx'), 'WalkPage');
const OpenActionsPage = lazyPage(() => import('./walks/OpenActionsPage.tsx'), 'OpenActionsPage');
const EstPage = lazyPage(() => import('./est/EstPage.tsx'), 'EstPage');
const StatisticsPage = lazyPage(() => import('../statistics/StatisticsPage.tsx'), 'StatisticsPage');
const SurveysPage = lazyPage(() => import('../surveys/SurveysPage.tsx'), 'SurveysPage');
const SurveyPage = lazyPage(() => import('../surveys/SurveyPage.tsx'), 'SurveyPage');
const AreasPage = lazyPage(() => import('../areas/AreasPage.tsx'), 'AreasPage');

export function DialogueRoutes() {
  return (
    <Route path="dialog" element={<DialogueLayout />}>
      <Route index element={<DialoguesPage />} />
      <Route path="ny" element={<NewDialoguePage />} />
      <Route path="trygghetsvandringar" element={<WalksPage />} />
      <Route path="trygghetsvandringar/ny" element={<PlanWalkPage />} />
      <Route path="trygghetsvandringar/:id" element={<WalkPage />} />
      <Route path="atgarder" element={<OpenActionsPage />} />
      <Route path="est" element={<EstPage />} />
      <Route path="statistik" element={<StatisticsPage />} />
      <Route path="enkater" element={<SurveysPage />} />
      <Route path="enkater/:id/:tab?" element={<SurveyPage />} />
      <Route path="omraden" element={<AreasPage />} />
      <Route path=":id" element={<DialoguePage />} />
    </Route>
  );
}
