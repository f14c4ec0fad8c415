/** Aktiviteter: the list and calendar, logging one, uploading a file and the plan. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { ActivitiesPage } from './ActivitiesPage.tsx';
import { ActivityFormPage } from './ActivityFormPage.tsx';
import { UploadPage } from './UploadPage.tsx';
import { PlanPage } from './PlanPage.tsx';

export const activitiesFeature: WebFeature = {
  name: 'activities',
  routes: (
    <Route path="aktiviteter">
      <Route index element={<ActivitiesPage />} />
      <Route path="ny" element={<ActivityFormPage />} />
      <Route path="ladda-upp" element={<UploadPage />} />
      <Route path="plan" element={<PlanPage />} />
    </Route>
  ),
  nav: { label: 'activities', path: '/aktiviteter' },
};
