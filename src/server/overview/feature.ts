/** Översikt: the staff overview and its "behöver uppmärksamhet" list (reads activities and progress). */
import type { ServerFeature } from '../feature.ts';
import { overviewRoutes } from './routes.ts';

export const overviewFeature: ServerFeature = {
  name: 'overview',
  routes: [overviewRoutes],
  actions: [],
  migrations: [],
};
