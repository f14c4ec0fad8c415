/** Lägesbild: the weighted problem picture, cause analysis, the police's confidential notes, and the åtgärdsplan decided from it. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { situationRoutes } from './routes.ts';

export const situationFeature: ServerFeature = {
  name: 'situation',
  routes: [situationRoutes],
  actions: actionsOn('situation'),
  migrations: ['0010_situation', '0024_action_plans'],
};
