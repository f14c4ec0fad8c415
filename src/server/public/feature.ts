/**
 * The public pages: the kommun pages, national overview, open data, feeds,
 * share cards and subscriptions. Its migrations: the page cache and
 * subscriptions, and the outbox whose consumers keep them and send the mails.
 */
import type { ServerFeature } from '../feature.ts';
import { publicRoutes } from './routes.ts';

export const publicFeature: ServerFeature = {
  name: 'public',
  // publicRoutes adds the kommun, overview, open data, subscription, embed and share routes to its scope.
  routes: [publicRoutes],
  actions: [],
  migrations: ['0009_public', '0022_domain_events', '0034_public_page_versions'],
};
