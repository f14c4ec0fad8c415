/**
 * Språk på de publika sidorna (issue 18): the kommun's choice to show the
 * language switch (Svenska, English, Suomi, Meänkieli) on its public pages;
 * on by default inside the administrative areas for Finnish and Meänkieli
 * (src/domain/municipality/minority-languages.ts). Uses the admin feature's
 * actions (organisation.read, organisation.update).
 */
import type { ServerFeature } from '../feature.ts';
import { publicLanguageRoutes } from './routes.ts';

export const publicLanguagesFeature: ServerFeature = {
  name: 'public-languages',
  routes: [publicLanguageRoutes],
  actions: [],
  migrations: ['0031_public_languages'],
};
