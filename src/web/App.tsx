/**
 * The routes of the staff app, relative to /app, built from the features'
 * manifests (features.ts). Paths are Swedish, like everything the user reads.
 */
import { Fragment } from 'react';
import { createBrowserRouter, createRoutesFromElements, Route, RouterProvider } from 'react-router';
import { Layout } from './layout/Layout.tsx';
import { NotFoundPage } from './layout/NotFoundPage.tsx';
import { RequireAuth } from './auth/session.tsx';
import { FEATURES } from './features.ts';

/** A data router, so a form with unsaved changes can ask before the user leaves it (useBlocker). */
const router = createBrowserRouter(
  createRoutesFromElements(
    <Route element={<Layout />}>
      {FEATURES.map((f) => (
        <Fragment key={f.name}>{f.openRoutes}</Fragment>
      ))}
      <Route element={<RequireAuth />}>
        {FEATURES.map((f) => (
          <Fragment key={f.name}>{f.routes}</Fragment>
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Route>,
  ),
  { basename: '/app' },
);

export function App() {
  return <RouterProvider router={router} />;
}
