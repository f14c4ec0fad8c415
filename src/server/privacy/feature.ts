/**
 * Personal data (GDPR, issue 17): export and erasure of a staff user's data,
 * a kommun's retention periods and its register of processing. Uses the
 * admin feature's actions (user.manage unbounded, organisation.read/update).
 */
import type { ServerFeature } from '../feature.ts';
import { privacyRoutes } from './routes.ts';

export const privacyFeature: ServerFeature = {
  name: 'privacy',
  routes: [privacyRoutes],
  actions: [],
  migrations: ['0028_privacy'],
};
