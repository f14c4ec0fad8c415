/** Effektmått: outcome indicators of a promise set and whether it made a difference. */
import type { ServerFeature } from '../feature.ts';
import { outcomeRoutes } from './routes.ts';

export const outcomesFeature: ServerFeature = {
  name: 'outcomes',
  routes: [outcomeRoutes],
  actions: [],
  migrations: ['0025_outcome_indicators'],
};
