/** The English words of the app's first chunk; the same shape as sv-first.ts. */
import type { FirstMessages } from './sv-first.ts';
import { enCommon } from './en-common.ts';
import { enActivities } from './en-activities.ts';
import { enPromises } from './en-promises.ts';

export const enFirst: FirstMessages = {
  ...enCommon,
  ...enActivities,
  ...enPromises,
};
