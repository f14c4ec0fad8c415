/**
 * The Swedish words the app's first chunk needs (the shell, sign-in, quick
 * entry and what waits on the phone); the rest (sv-more.ts) comes with the
 * first page loaded when opened (ui/lazyPage.tsx). test/architecture/web-bundle.test.ts
 * checks that the modules of the first chunk use only these.
 */
import { svCommon } from './sv-common.ts';
import { svActivities } from './sv-activities.ts';
import { svPromises } from './sv-promises.ts';

export const svFirst = {
  ...svCommon,
  ...svActivities,
  ...svPromises,
};

export type FirstMessages = typeof svFirst;
