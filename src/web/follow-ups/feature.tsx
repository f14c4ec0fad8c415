/** Uppföljning: the list of follow-ups and one follow-up. */
import { Route } from 'react-router';
import { lazyPage } from '../ui/lazyPage.tsx';
import type { WebFeature } from '../feature.ts';

const FollowUpListPage = lazyPage(() => import('./FollowUpListPage.tsx'), 'FollowUpListPage');
const FollowUpPage = lazyPage(() => import('./FollowUpPage.tsx'), 'FollowUpPage');

export const followUpsFeature: WebFeature = {
  name: 'follow-ups',
  routes: (
    <>
      <Route path="uppfoljning" element={<FollowUpListPage />} />
      <Route path="uppfoljning/:id" element={<FollowUpPage />} />
    </>
  ),
  nav: { label: 'followUp', path: '/uppfoljning' },
};
