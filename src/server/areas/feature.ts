/** Områden: a kommun's areas, their usage, renaming, merging and deleting. */
import type { ServerFeature } from '../feature.ts';
import { areaRoutes } from './routes.ts';

export const areasFeature: ServerFeature = {
  name: 'areas',
  routes: [areaRoutes],
  actions: ['area.write'],
  migrations: ['0015_areas'],
};
