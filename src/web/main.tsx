/** Entry point of the staff app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api/client.ts';
import { keys } from './api/queries.ts';
import { I18nProvider } from './i18n/i18n.tsx';
import { App } from './App.tsx';
import { OfflineSync } from './offline/OfflineSync.tsx';
import { registerServiceWorker } from './offline/register.ts';
import { refreshAfterSending } from './offline/waiting.ts';

/** A session that ended elsewhere (expired, signed out in another tab) sends the user to the sign-in page. */
function onSessionLost(error: unknown): void {
  if (error instanceof ApiError && error.code === 'unauthenticated' && queryClient.getQueryData(keys.session)) {
    queryClient.setQueryData(keys.session, null);
  }
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onSessionLost }),
  mutationCache: new MutationCache({ onError: onSessionLost }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

// The service worker sent waiting entries in the background: show what the server now has.
registerServiceWorker(() => void refreshAfterSending(queryClient));

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <App />
        <OfflineSync />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
