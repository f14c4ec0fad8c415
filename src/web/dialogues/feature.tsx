/** Dialog och enkäter: dialogues, trygghetsvandringar, EST, statistics, surveys and areas under /dialog. */
import type { WebFeature } from '../feature.ts';
import { DialogueRoutes } from './DialogueRoutes.tsx';

export const dialoguesFeature: WebFeature = {
  name: 'dialogues',
  routes: DialogueRoutes(),
  nav: { label: 'dialogue', path: '/dialog' },
};
