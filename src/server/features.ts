/**
 * Every feature of the server, in the order their routes are registered.
 * A new feature is a manifest in its folder (src/server/<feature>/feature.ts)
 * and a line here.
 */
import type { ServerFeature } from './feature.ts';
import { healthFeature } from './health/feature.ts';
import { authFeature } from './auth/feature.ts';
import { adminFeature } from './admin/feature.ts';
import { promisesFeature } from './promises/feature.ts';
import { statisticsFeature } from './statistics/feature.ts';
import { surveysFeature } from './surveys/feature.ts';
import { dialoguesFeature } from './dialogues/feature.ts';
import { followUpsFeature } from './follow-ups/feature.ts';
import { situationFeature } from './situation/feature.ts';
import { activitiesFeature } from './activities/feature.ts';
import { overviewFeature } from './overview/feature.ts';
import { areasFeature } from './areas/feature.ts';
import { outcomesFeature } from './outcomes/feature.ts';
import { privacyFeature } from './privacy/feature.ts';
import { translationsFeature } from './translations/feature.ts';
import { publicLanguagesFeature } from './public-languages/feature.ts';
import { publicFeature } from './public/feature.ts';

export const FEATURES: readonly ServerFeature[] = [
  healthFeature,
  authFeature,
  adminFeature,
  promisesFeature,
  statisticsFeature,
  surveysFeature,
  dialoguesFeature,
  followUpsFeature,
  situationFeature,
  activitiesFeature,
  overviewFeature,
  areasFeature,
  outcomesFeature,
  privacyFeature,
  translationsFeature,
  publicLanguagesFeature,
  publicFeature,
];
