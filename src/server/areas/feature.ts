/** Områden: a kommun's areas, their usage, renaming, merging and deleting. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { areaRoutes } from './routes.ts';

export const areasFeature: ServerFeature = {
  name: 'areas',
  routes: [areaRoutes],
  actions: actionsOn('area'),
  migrations: ['0015_areas'],
};
