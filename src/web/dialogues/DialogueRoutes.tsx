/** The routes of Dialog och enkäter, under /dialog, each page with its own h1 beside the sub-navigation. */
import { Route } from 'react-router';
import { DialogueLayout } from './DialogueLayout.tsx';
import { DialoguesPage } from './DialoguesPage.tsx';
import { NewDialoguePage } from './NewDialoguePage.tsx';
import { DialoguePage } from './DialoguePage.tsx';
import { WalksPage } from './walks/WalksPage.tsx';
import { PlanWalkPage } from './walks/PlanWalkPage.tsx';
import { WalkPage } from './walks/WalkPage.tsx';
import { OpenActionsPage } from './walks/OpenActionsPage.tsx';
import { EstPage } from './est/EstPage.tsx';
import { StatisticsPage } from '../statistics/StatisticsPage.tsx';
import { SurveysPage } from '../surveys/SurveysPage.tsx';
import { SurveyPage } from '../surveys/SurveyPage.tsx';
import { AreasPage } from '../areas/AreasPage.tsx';

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
