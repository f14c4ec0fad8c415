/**
 * Sign-in through the kommun's or the police's own identity provider
 * (OpenID Connect, authorization code flow with PKCE).
 *
 * User matching policy (a product decision, not a technical one):
 * - Accounts are created by admins, because a person is useless here without
 *   memberships anyway. OIDC sign-in therefore never creates an account.
 * - A returning person is found by `users.oidc_subject` = `${issuer}|${sub}`,
 *   so a later change of e-mail at the provider does not lock them out.
 * - Otherwise the provider's e-mail claim is matched (lower-cased) against
 *   existing accounts, but only when the provider vouches for it:
 *   `email_verified` is true, or the provider does not send `email_verified`
 *   at all (several kommun directories only hold verified addresses and omit
 *   the claim). `email_verified: false` never matches. On a match the subject
 *   is stored on the account (audited as `user.oidc_login_linked`).
 * - An account already linked to a different subject is not re-linked: the
 *   address may have been handed to someone else at the provider.
 * - Disabled accounts cannot sign in this way either.
 *
 * The flow's secrets (state, nonce, PKCE verifier) live in `oidc_states`,
 * not in process memory, because the callback may reach another app process
 * than the one that started the sign-in. Each row is single-use and expires
 * after ten minutes.
 */
import * as client from 'openid-client';
import type { Deps } from '../deps.ts';
import type { OidcConfig } from '../../config.ts';
import { writeAudit } from '../audit.ts';
import { actorForUser } from '../access.ts';
import { startSession, type Session } from './auth.ts';
import {
  deleteOidcStatesBefore,
  insertOidcState,
  linkSubject,
  takeOidcState,
  userByEmail,
  userBySubject,
} from './queries.ts';
import { AppError } from '../../domain/errors.ts';

export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
export const OIDC_STATE_VALID_MS = 10 * 60_000;
const SCOPE = 'openid email profile';
const DEFAULT_RETURN_TO = '/app/';

/** What the sign-in page shows (as `?fel=<code>`) when OIDC sign-in did not work out. */
export type OidcFailureCode = 'oidc_failed' | 'oidc_cancelled' | 'oidc_unknown_user' | 'oidc_account_disabled';

export interface OidcFailure {
  ok: false;
  code: OidcFailureCode;
  /** For the server log only; never shown to the user. */
  reason: string;
  cause?: unknown;
}

export type BeginResult = { ok: true; url: string; state: string } | OidcFailure;
export type FinishResult = { ok: true; session: Session; returnTo: string } | OidcFailure;

const fail = (code: OidcFailureCode, reason: string, cause?: unknown): OidcFailure => ({
  ok: false,
  code,
  reason,
  cause,
});

function requireOidc(deps: Deps): OidcConfig {
  if (!deps.config.oidc) {
    throw new AppError(
      'oidc_not_configured',
      'Inloggning via organisationens konto (OIDC) är inte konfigurerad på den här installationen.',
      'Sign-in with an organisation account (OIDC) is not configured on this installation.',
    );
  }
  return deps.config.oidc;
}

/**
 * Only paths inside the staff app: anything else (other hosts, "//host",
 * backslashes that browsers treat as slashes) would make us an open redirect.
 */
export function safeReturnTo(raw: string | undefined): string {
  if (!raw) return DEFAULT_RETURN_TO;
  if (!/^\/app(\/[^\s\\]*)?$/.test(raw) || raw.includes('//')) return DEFAULT_RETURN_TO;
  return raw;
}

/**
 * Plain http is accepted only for a provider on this very machine, which is
 * what the test suite (and a developer's laptop) runs. Everything else must be
 * https, as openid-client insists by default.
 */
function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

// Discovery metadata is configuration, not per-user state: caching it per
// process is safe with many processes. A failed discovery is not cached.
const discovered = new Map<string, Promise<client.Configuration>>();

function providerConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer}\n${oidc.clientId}\n${oidc.clientSecret}`;
  let pending = discovered.get(key);
  if (!pending) {
    const issuer = new URL(oidc.issuer);
    pending = client.discovery(
      issuer,
      oidc.clientId,
      undefined,
      client.ClientSecretBasic(oidc.clientSecret),
      isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    discovered.set(key, pending);
    pending.catch(() => discovered.delete(key));
  }
  return pending;
}

function redirectUri(deps: Deps): string {
  return `${deps.config.publicBaseUrl}${OIDC_CALLBACK_PATH}`;
}

/**
 * Starts a sign-in: stores state, nonce and PKCE verifier, and returns the
 * provider's authorization URL. The caller binds `state` to the browser.
 */
export async function beginOidcSignIn(deps: Deps, input: { returnTo?: string }): Promise<BeginResult> {
  const oidc = requireOidc(deps);
  let configuration: client.Configuration;
  try {
    configuration = await providerConfiguration(oidc);
  } catch (err) {
    return fail('oidc_failed', 'discovery failed', err);
  }
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const now = deps.now();
  // Abandoned sign-ins would otherwise pile up; this is the natural moment to sweep them.
  await deleteOidcStatesBefore(deps.db, new Date(now.getTime() - OIDC_STATE_VALID_MS));
  await insertOidcState(deps.db, {
    state,
    nonce,
    code_verifier: codeVerifier,
    return_to: safeReturnTo(input.returnTo),
    created_at: now,
  });
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri(deps),
    scope: SCOPE,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { ok: true, url: url.href, state };
}

/** Takes the row for `state` out of the table, so a second use of the same callback finds nothing. */
async function consumeState(deps: Deps, state: string) {
  const row = await takeOidcState(deps.db, state);
  if (!row || deps.now().getTime() - row.created_at.getTime() > OIDC_STATE_VALID_MS) return null;
  return row;
}

interface Identity {
  subject: string;
  email: string | null;
}

/** E-mail only when the provider vouches for it (see the policy at the top). */
function vouchedEmail(claims: Readonly<Record<string, unknown>>): string | null {
  if (typeof claims.email !== 'string' || !claims.email.trim()) return null;
  if (claims.email_verified !== undefined && claims.email_verified !== true) return null;
  return claims.email.trim().toLowerCase();
}

/**
 * Exchanges the code and validates the ID token (signature, issuer, audience,
 * expiry, nonce; state and PKCE on the way). Many providers put the e-mail
 * only in userinfo, so that is asked when the ID token lacks it.
 */
async function identify(
  deps: Deps,
  oidc: OidcConfig,
  search: string,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<Identity> {
  const configuration = await providerConfiguration(oidc);
  const currentUrl = new URL(`${redirectUri(deps)}${search}`);
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    pkceCodeVerifier: checks.codeVerifier,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  let email = vouchedEmail(claims);
  if (claims.email === undefined && configuration.serverMetadata().userinfo_endpoint) {
    email = vouchedEmail(await client.fetchUserInfo(configuration, tokens.access_token, claims.sub));
  }
  return { subject: `${oidc.issuer}|${claims.sub}`, email };
}

type Match = { ok: true; userId: string } | OidcFailure;

/** Applies the matching policy; links the subject on a first e-mail match. */
async function matchUser(deps: Deps, identity: Identity): Promise<Match> {
  const bySubject = await userBySubject(deps.db, identity.subject);
  if (bySubject) {
    return bySubject.disabled_at
      ? fail('oidc_account_disabled', 'account disabled')
      : { ok: true, userId: bySubject.id };
  }
  if (!identity.email) return fail('oidc_unknown_user', 'unknown subject and no vouched e-mail');
  const byEmail = await userByEmail(deps.db, identity.email);
  if (!byEmail) return fail('oidc_unknown_user', 'no account with that e-mail');
  if (byEmail.disabled_at) return fail('oidc_account_disabled', 'account disabled');
  if (byEmail.oidc_subject) return fail('oidc_unknown_user', 'account already linked to another subject');
  const linked = await deps.db.transaction().execute(async (trx) => {
    if (!(await linkSubject(trx, byEmail.id, identity.subject, deps.now()))) return false;
    const actor = await actorForUser(trx, byEmail.id);
    if (actor) {
      await writeAudit(trx, actor, {
        action: 'user.oidc_login_linked',
        entityType: 'user',
        entityId: byEmail.id,
        organisationId: actor.grants[0]?.organisationId ?? null,
        before: { oidcSubject: null },
        after: { oidcSubject: identity.subject },
      });
    }
    return true;
  });
  return linked ? { ok: true, userId: byEmail.id } : fail('oidc_failed', 'account was linked concurrently');
}

/**
 * Finishes a sign-in from the provider's redirect. `search` is the callback's
 * query string; `browserState` the state this browser was given when it
 * started, which stops a callback link from being replayed in someone else's
 * browser (login CSRF).
 */
export async function finishOidcSignIn(
  deps: Deps,
  input: { search: string; browserState: string | undefined },
): Promise<FinishResult> {
  const oidc = requireOidc(deps);
  const params = new URLSearchParams(input.search);
  const state = params.get('state');
  if (!state || !input.browserState || state !== input.browserState) {
    return fail('oidc_failed', 'state missing or not started in this browser');
  }
  const row = await consumeState(deps, state);
  if (!row) return fail('oidc_failed', 'state unknown, used or expired');
  if (params.get('error') === 'access_denied') return fail('oidc_cancelled', 'user cancelled at the provider');
  let identity: Identity;
  try {
    identity = await identify(deps, oidc, input.search, { state, nonce: row.nonce, codeVerifier: row.code_verifier });
  } catch (err) {
    return fail('oidc_failed', 'code exchange or ID token validation failed', err);
  }
  const match = await matchUser(deps, identity);
  if (!match.ok) return match;
  return { ok: true, session: await startSession(deps, match.userId), returnTo: safeReturnTo(row.return_to) };
}
