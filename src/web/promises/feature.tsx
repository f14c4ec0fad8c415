/** Löften: the list, import, the editor, a set's page and its versions. */
import { Route } from 'react-router';
import type { WebFeature } from '../feature.ts';
import { PromiseListPage } from './PromiseListPage.tsx';
import { ImportPage } from './import/ImportPage.tsx';
import { EditPromisePage, NewPromisePage } from './editor/EditorPages.tsx';
import { PromiseSetPage } from './page/PromiseSetPage.tsx';
import { VersionsPage } from './versions/VersionsPage.tsx';

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
