/**
 * Pages loaded when first opened (issue 16): each becomes a chunk of its
 * own, so the first load on a phone carries only sign-in and quick entry
 * (the installed app's start page). The words of those pages come with the first of them
 * (loadMoreWords). PageOutlet shows an announced loading state while a page's
 * chunk arrives; a chunk that cannot be fetched (no coverage, or a new
 * version of the app replaced it) says so and offers to load the app anew.
 */
import { type ComponentType, lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { loadMoreWords, useI18n } from '../i18n/i18n.tsx';
import { Loading } from './QueryState.tsx';

function PageLoadFailed() {
  const { t } = useI18n();
  return (
    <div className="ds-alert" data-color="danger" role="alert">
      <p>{t.pageLoadFailed}</p>
      <button type="button" className="ds-button" data-variant="secondary" onClick={() => window.location.reload()}>
        {t.reloadApp}
      </button>
    </div>
  );
}

/** A page component from a module imported on first render: `lazyPage(() => import('./XPage.tsx'), 'XPage')`. */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType {
  // The page's words (all but the first chunk's, i18n.tsx) come with its code, in the same round trip.
  return lazy(() =>
    Promise.all([load(), loadMoreWords()]).then(
      ([m]) => ({ default: m[name] as ComponentType }),
      () => ({ default: PageLoadFailed }),
    ),
  );
}

/** The router's outlet with a loading state for pages still on their way. */
export function PageOutlet() {
  return (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
}
