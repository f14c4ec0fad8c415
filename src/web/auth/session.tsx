/** The signed-in user, kept in the query cache under one key, and the hooks that change it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { api, ApiError, setCsrfToken } from '../api/client.ts';
import { keys } from '../api/queries.ts';
import type { AuthOptions, LoginBody, LoginResult, SessionInfo, User } from '../api/types.ts';
import { Loading } from '../ui/QueryState.tsx';
import { dropSession, keepSession, sessionWhenUnreachable } from '../offline/keep.ts';
import { clearAll } from '../offline/store.ts';

/** What the app keeps of a signed-in person: the account and the session's CSRF token. */
export interface SignedIn {
  user: User;
  csrfToken: string;
}

/**
 * The signed-in person. Kept on the phone each time the server confirms it,
 * so the app opens without a connection (or with the server down) as the
 * same person, for quick entry; the server decides again once it answers.
 */
async function fetchSession(): Promise<SignedIn | null> {
  try {
    const session = await api<SessionInfo>('GET', '/api/v1/auth/session');
    // An API token has no user: the staff app is for people.
    if (!session.user) return null;
    setCsrfToken(session.csrfToken);
    if (signOutPending()) {
      // Signed out without a connection: the server's session ends now, before anyone uses it.
      await api<void>('POST', '/api/v1/auth/logout');
      setSignOutPending(false);
      setCsrfToken(null);
      return null;
    }
    await keepSession(session.user, session.csrfToken);
    return { user: session.user, csrfToken: session.csrfToken };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setSignOutPending(false);
      await dropSession();
      return null;
    }
    const saved = await sessionWhenUnreachable(error);
    if (!saved) throw error;
    setCsrfToken(saved.csrfToken);
    return { user: saved.user, csrfToken: saved.csrfToken };
  }
}

/**
 * A sign-out the server did not hear (no connection): the session cookie
 * cannot be removed by the page, so the next opening ends the session first.
 */
const SIGN_OUT_PENDING = 'lofte.signOutPending';

function signOutPending(): boolean {
  try {
    return localStorage.getItem(SIGN_OUT_PENDING) === '1';
  } catch {
    return false;
  }
}

function setSignOutPending(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(SIGN_OUT_PENDING, '1');
    else localStorage.removeItem(SIGN_OUT_PENDING);
  } catch {
    // No storage: nothing to remember.
  }
}

const SIGN_IN_LOST = {
  code: 'invalid_credentials',
  message: 'Inloggningen gick inte igenom. Försök igen.',
  messageEn: 'The sign-in did not go through. Please try again.',
};

export function useSession() {
  // 'always': without a connection the phone's copy answers, so the query must run offline too.
  return useQuery({
    queryKey: keys.session,
    queryFn: fetchSession,
    staleTime: 5 * 60_000,
    retry: false,
    networkMode: 'always',
  });
}

/** The signed-in user; only for components rendered inside <RequireAuth>. */
export function useCurrentUser(): User {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside RequireAuth');
  return data.user;
}

export function useAuthOptions() {
  return useQuery({
    queryKey: ['auth-options'],
    queryFn: () => api<AuthOptions>('GET', '/api/v1/auth/options'),
    staleTime: Infinity,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation<SignedIn, ApiError, LoginBody>({
    mutationFn: async (input) => {
      const { user, csrfToken } = await api<LoginResult>('POST', '/api/v1/auth/login', input);
      // Null only when the account was disabled in the same instant: the sign-in did not take.
      if (!user) throw new ApiError(401, SIGN_IN_LOST);
      return { user, csrfToken };
    },
    onSuccess: (session) => {
      setSignOutPending(false);
      setCsrfToken(session.csrfToken);
      void keepSession(session.user, session.csrfToken);
      // Nothing cached for an earlier user may show for this one.
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] && q.queryKey[0] !== 'auth-options' });
      client.setQueryData(keys.session, session);
    },
  });
}

/**
 * Signs out and goes to the sign-in page. Clearing the session and moving
 * happen in the same tick, so the guard never sees a signed-out user on a
 * protected page.
 */
export function useSignOut() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation<void, ApiError, void>({
    mutationFn: () => api<void>('POST', '/api/v1/auth/logout'),
    // Offline too: the phone is cleared even when the server cannot be told.
    networkMode: 'always',
    onSettled: async (_data, error) => {
      if (error) setSignOutPending(true);
      // Nothing of this person stays on the phone: session, commitments, waiting entries.
      await clearAll().catch(() => undefined);
      setCsrfToken(null);
      client.removeQueries();
      client.setQueryData(keys.session, null);
      navigate('/logga-in', { replace: true, state: { signedOut: true } });
    },
  });
}

/** Renders the child routes for a signed-in user; otherwise sends them to the sign-in page and back afterwards. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (!session.data) {
    return <Navigate to="/logga-in" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}
