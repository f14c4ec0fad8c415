/** Statistik: BRÅ, Polisen and SCB figures per kommun, imported and read as series. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { statisticsRoutes } from './routes.ts';

export const statisticsFeature: ServerFeature = {
  name: 'statistics',
  routes: [statisticsRoutes],
  actions: actionsOn('statistics'),
  migrations: ['0005_statistics'],
};
