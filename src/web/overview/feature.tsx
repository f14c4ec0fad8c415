/** Översikt: the start page of the staff app. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { OverviewPage } from './OverviewPage.tsx';

export const overviewFeature: WebFeature = {
  name: 'overview',
  routes: <Route index element={<OverviewPage />} />,
  nav: { label: 'overview', path: '/' },
};
