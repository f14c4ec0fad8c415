/** Health: the load balancer's probes (/healthz, /readyz). */
import type { ServerFeature } from '../feature.ts';
import { healthRoutes } from './routes.ts';

export const healthFeature: ServerFeature = {
  name: 'health',
  routes: [healthRoutes],
  actions: [],
  migrations: [],
};
