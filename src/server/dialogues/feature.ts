/** Dialog: dialogues, trygghetsvandringar and EST reports with their findings and actions. */
import { actionsOn, type ServerFeature } from '../feature.ts';
import { dialogueRoutes } from './routes.ts';

export const dialoguesFeature: ServerFeature = {
  name: 'dialogues',
  // dialogueRoutes registers the walk and EST routes in its own scope.
  routes: [dialogueRoutes],
  actions: actionsOn('dialogue'),
  migrations: ['0007_dialogues'],
};
