/**
 * Statistik: BRÅ, Polisen and SCB figures per kommun, imported and read as series; and survey results
 * from outside (Polisens trygghetsmätning, Brå's NTU, SCB's medborgarundersökning) per kommun, whose routes
 * statistics/routes.ts registers.
 */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { statisticsRoutes } from './routes.ts';

export const statisticsFeature: ServerFeature = {
  name: 'statistics',
  routes: [statisticsRoutes],
  actions: actionsOn('statistics'),
  migrations: ['0005_statistics', '0023_outside_surveys', '0026_statistics_regions_markers'],
};
