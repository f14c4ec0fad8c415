/** Aktiviteter: the list and calendar, logging one, uploading a file and the plan. */
import { Route } from 'react-router';
import { lazyPage } from '../ui/lazyPage.tsx';
import type { WebFeature } from '../feature.ts';
import { ActivitiesPage } from './ActivitiesPage.tsx';

const ActivityFormPage = lazyPage(() => import('./ActivityFormPage.tsx'), 'ActivityFormPage');
const UploadPage = lazyPage(() => import('./UploadPage.tsx'), 'UploadPage');
const PlanPage = lazyPage(() => import('./PlanPage.tsx'), 'PlanPage');

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
