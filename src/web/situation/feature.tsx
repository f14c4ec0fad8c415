/** Lägesbild: the ranked problem picture of a kommun. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { SituationPage } from './SituationPage.tsx';

export const situationFeature: WebFeature = {
  name: 'situation',
  routes: <Route path="lagesbild" element={<SituationPage />} />,
  nav: { label: 'situation', path: '/lagesbild' },
};
