/** Översikt: the start page of the staff app, loaded when opened (quick entry, the app's start on a phone, does without it). */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { lazyPage } from '../ui/lazyPage.tsx';

const OverviewPage = lazyPage(() => import('./OverviewPage.tsx'), 'OverviewPage');

export const overviewFeature: WebFeature = {
  name: 'overview',
  routes: <Route index element={<OverviewPage />} />,
  nav: { label: 'overview', path: '/' },
};
