/**
 * A feature as the staff app knows it, declared in one manifest per feature
 * (`src/web/<feature>/feature.tsx`, listed in `src/web/features.ts`): its
 * pages and its place in the main navigation. App.tsx builds the router and
 * MainNav the menu from the list; `test/architecture/features.test.ts`
 * checks the manifests. Its words are its own files in i18n/ (sv-<feature>.ts,
 * en-<feature>.ts), joined in sv.ts and en.ts.
 */
import type { ReactElement } from 'react';
import type { User } from './api/types.ts';
import type { Messages } from './i18n/sv.ts';

/** A word of the main navigation (t.nav), in Swedish and English. */
export type NavKey = Exclude<keyof Messages['nav'], 'label'>;

export interface NavEntry {
  label: NavKey;
  /** Where it leads, relative to /app: the path of one of the feature's routes. */
  path: string;
  /** Whom the entry is shown to; everyone signed in when left out (the pages check access themselves). */
  shownTo?: (user: User) => boolean;
}

export interface WebFeature {
  /** The feature's folder under src/web/. */
  name: string;
  /** Its pages for signed-in users: <Route> elements (a fragment for several), relative to /app. */
  routes?: ReactElement;
  /** Its pages for everyone, signed in or not (sign-in, password links). */
  openRoutes?: ReactElement;
  /** Its entry in the main navigation; the menu keeps the order of the list in features.ts. */
  nav?: NavEntry;
}
