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

/**
 * The start page's address is /app/, with the slash: the basename ends in one, so the links to "/" (Översikt, the
 * product name) and the way back after signing in lead there. The server sends /app on to /app/; offline the
 * service worker answers /app with the app (its scope is /app), which moves to /app/ here before routing starts.
 */
const BASENAME = '/app/';
if (window.location.pathname === '/app') {
  const { search, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${BASENAME}${search}${hash}`);
}

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
  { basename: BASENAME },
);

export function App() {
  return <RouterProvider router={router} />;
}
