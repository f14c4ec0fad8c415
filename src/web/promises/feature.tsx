/** Löften: the list, import, the editor, a set's page and its versions. */
import { Route } from 'react-router';
import { lazyPage } from '../ui/lazyPage.tsx';
import type { WebFeature } from '../feature.ts';

const PromiseListPage = lazyPage(() => import('./PromiseListPage.tsx'), 'PromiseListPage');
const ImportPage = lazyPage(() => import('./import/ImportPage.tsx'), 'ImportPage');
const NewPromisePage = lazyPage(() => import('./editor/EditorPages.tsx'), 'NewPromisePage');
const EditPromisePage = lazyPage(() => import('./editor/EditorPages.tsx'), 'EditPromisePage');
const PromiseSetPage = lazyPage(() => import('./page/PromiseSetPage.tsx'), 'PromiseSetPage');
const VersionsPage = lazyPage(() => import('./versions/VersionsPage.tsx'), 'VersionsPage');

export const promisesFeature: WebFeature = {
  name: 'promises',
  routes: (
    <Route path="loften">
      <Route index element={<PromiseListPage />} />
      <Route path="las-in" element={<ImportPage />} />
      <Route path="ny" element={<NewPromisePage />} />
      <Route path=":id" element={<PromiseSetPage />} />
      <Route path=":id/redigera" element={<EditPromisePage />} />
      <Route path=":id/versioner" element={<VersionsPage />} />
    </Route>
  ),
  nav: { label: 'promises', path: '/loften' },
};
