/** Lägesbild: the ranked problem picture of a kommun, and the åtgärdsplan decided from it. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { SituationPage } from './SituationPage.tsx';
import { MethodPage } from './MethodPage.tsx';
import { ActionPlanPage } from './ActionPlanPage.tsx';

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
