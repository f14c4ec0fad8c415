/** Lägesbild: the weighted problem picture, cause analysis and the police's confidential notes. */
import type { ServerFeature } from '../feature.ts';
import { situationRoutes } from './routes.ts';

export const situationFeature: ServerFeature = {
  name: 'situation',
  routes: [situationRoutes],
  actions: ['situation.read', 'situation.write'],
  migrations: ['0010_situation'],
};
