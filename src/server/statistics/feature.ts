/** Statistik: BRÅ, Polisen and SCB figures per kommun, imported and read as series. */
import type { ServerFeature } from '../feature.ts';
import { statisticsRoutes } from './routes.ts';

export const statisticsFeature: ServerFeature = {
  name: 'statistics',
  routes: [statisticsRoutes],
  actions: ['statistics.write'],
  migrations: ['0005_statistics'],
};
