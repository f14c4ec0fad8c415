/** Uppföljning: the list of follow-ups and one follow-up. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { FollowUpListPage } from './FollowUpListPage.tsx';
import { FollowUpPage } from './FollowUpPage.tsx';

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
