/**
 * Every feature of the staff app; the main navigation shows their entries
 * in this order. A new feature is a manifest in its folder
 * (src/web/<feature>/feature.tsx) and a line here.
 */
import type { WebFeature } from './feature.ts';
import { authFeature } from './auth/feature.tsx';
import { overviewFeature } from './overview/feature.tsx';
import { promisesFeature } from './promises/feature.tsx';
import { activitiesFeature } from './activities/feature.tsx';
import { dialoguesFeature } from './dialogues/feature.tsx';
import { situationFeature } from './situation/feature.tsx';
import { followUpsFeature } from './follow-ups/feature.tsx';
import { adminFeature } from './admin/feature.tsx';

export const FEATURES: readonly WebFeature[] = [
  authFeature,
  overviewFeature,
  promisesFeature,
  activitiesFeature,
  dialoguesFeature,
  situationFeature,
  followUpsFeature,
  adminFeature,
];
