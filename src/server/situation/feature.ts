/** Lägesbild: the weighted problem picture, cause analysis and the police's confidential notes. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { situationRoutes } from './routes.ts';

export const situationFeature: ServerFeature = {
  name: 'situation',
  routes: [situationRoutes],
  actions: actionsOn('situation'),
  migrations: ['0010_situation'],
};
