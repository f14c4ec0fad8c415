/** Dialog: dialogues, trygghetsvandringar and EST reports with their findings and actions. */
import type { ServerFeature } from '../feature.ts';
import { dialogueRoutes } from './routes.ts';

export const dialoguesFeature: ServerFeature = {
  name: 'dialogues',
  // dialogueRoutes registers the walk and EST routes in its own scope.
  routes: [dialogueRoutes],
  actions: ['dialogue.read', 'dialogue.write'],
  migrations: ['0007_dialogues'],
};
