/** Uppföljning: follow-ups of a promise set, their verdicts, review, approval and publishing. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { followUpRoutes } from './routes.ts';

export const followUpsFeature: ServerFeature = {
  name: 'follow-ups',
  routes: [followUpRoutes],
  actions: actionsOn('followup'),
  migrations: ['0008_followups'],
};
