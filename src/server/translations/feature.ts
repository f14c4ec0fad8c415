/**
 * Översättningar: staff-written texts of promise sets and follow-ups in
 * Finnish, Meänkieli and English beside the Swedish (issue 18). Uses the
 * promise and follow-up features' actions (promise.write, followup.write).
 */
import type { ServerFeature } from '../feature.ts';
import { translationRoutes } from './routes.ts';

export const translationsFeature: ServerFeature = {
  name: 'translations',
  routes: [translationRoutes],
  actions: [],
  migrations: ['0032_content_translations'],
};
