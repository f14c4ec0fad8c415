/** Lägesbild: the ranked problem picture of a kommun, and the åtgärdsplan decided from it. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { lazyPage } from '../ui/lazyPage.tsx';

const SituationPage = lazyPage(() => import('./SituationPage.tsx'), 'SituationPage');
const MethodPage = lazyPage(() => import('./MethodPage.tsx'), 'MethodPage');
const ActionPlanPage = lazyPage(() => import('./ActionPlanPage.tsx'), 'ActionPlanPage');

export const situationFeature: WebFeature = {
  name: 'situation',
  routes: (
    <>
      <Route path="lagesbild" element={<SituationPage />} />
      <Route path="lagesbild/metod" element={<MethodPage />} />
      <Route path="lagesbild/atgardsplan" element={<ActionPlanPage />} />
    </>
  ),
  nav: { label: 'situation', path: '/lagesbild' },
};
